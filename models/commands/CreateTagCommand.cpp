#include "models/commands/CreateTagCommand.h"

#include "core/store/Store.h"

namespace ql {

CreateTagCommand::CreateTagCommand(Store* store, const QString& name, const QString& colour)
    : StoreCommand(store, QObject::tr("Create tag"))
{
    m_tag.name = name.simplified();
    m_tag.colour = colour;
    m_tag.kept = true;
}

StoreError CreateTagCommand::apply()
{
    qint64 id = 0;
    const StoreError error = m_store->createTag(m_tag, &id);
    if (!error.isError())
        m_tag.id = id;
    return error;
}

StoreError CreateTagCommand::revert()
{
    return m_store->deleteUnusedTag(m_tag.id);
}

} // namespace ql
