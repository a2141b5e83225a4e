#include "models/commands/SetSpanCommand.h"

#include "core/store/Store.h"

namespace ql {

SetSpanCommand::SetSpanCommand(Store* store, qint64 statementId, int start, int end, qint64 version)
    : StoreCommand(store, QObject::tr("Change statement span"))
    , m_statementId(statementId)
    , m_start(start)
    , m_end(end)
{
    if (const auto row = store->statementRow(statementId)) {
        m_oldStart = row->statement.start;
        m_oldEnd = row->statement.end;
        m_oldText = row->statement.text;
        m_version = version > 0 ? version : row->rowVersion;
    }
}

StoreError SetSpanCommand::apply()
{
    return m_store->setStatementSpan(m_statementId, m_start, m_end, nullptr, &m_version);
}

StoreError SetSpanCommand::revert()
{
    // The extractor's text may differ from the raw span (a quote joined across its attribution),
    // so undo restores the old text verbatim rather than re-cutting it.
    return m_store->setStatementSpan(m_statementId, m_oldStart, m_oldEnd, &m_oldText, &m_version);
}

} // namespace ql
