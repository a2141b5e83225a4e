#include "models/commands/EditTagCommand.h"

#include "core/store/Store.h"

namespace ql {

EditTagCommand::EditTagCommand(Store* store, qint64 tagId, const QString& name, const QString& colour)
    : StoreCommand(store, QObject::tr("Edit tag"))
{
    if (const auto record = store->tagRecord(tagId))
        m_before = *record;
    m_before.id = tagId;
    m_after = m_before;
    m_after.name = name.simplified();
    m_after.colour = colour;
    m_after.kept = true;
}

StoreError EditTagCommand::apply()
{
    return m_store->updateTag(m_after);
}

StoreError EditTagCommand::revert()
{
    return m_store->updateTag(m_before);
}

} // namespace ql
