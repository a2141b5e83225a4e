#include "models/commands/DeleteStatementCommand.h"

#include "core/store/Store.h"

namespace ql {

DeleteStatementCommand::DeleteStatementCommand(Store* store, qint64 statementId)
    : StoreCommand(store, QObject::tr("Delete statement"))
    , m_statementId(statementId)
{ }

StoreError DeleteStatementCommand::apply()
{
    StoreError error;
    if (auto snapshot = m_store->removeStatement(m_statementId, &error))
        m_snapshot = *snapshot;
    return error;
}

StoreError DeleteStatementCommand::revert()
{
    return m_store->restoreStatement(m_snapshot);
}

} // namespace ql
