#include "models/commands/AddStatementCommand.h"

#include "core/store/Store.h"

namespace ql {

AddStatementCommand::AddStatementCommand(Store* store, const Statement& statement, const QStringList& tags)
    : StoreCommand(store, QObject::tr("Add statement"))
    , m_statement(statement)
    , m_tags(tags)
{
    m_statement.id = 0;
}

StoreError AddStatementCommand::apply()
{
    qint64 id = 0;
    const StoreError error = m_store->addStatement(m_statement, m_tags, &id);
    if (!error.isError())
        m_statement.id = id;
    return error;
}

StoreError AddStatementCommand::revert()
{
    StoreError error;
    m_store->removeStatement(m_statement.id, &error);
    return error;
}

} // namespace ql
