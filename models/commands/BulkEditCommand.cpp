#include "models/commands/BulkEditCommand.h"

namespace ql {

BulkEditCommand::BulkEditCommand(const QString& text)
    : QUndoCommand(text)
{ }

void BulkEditCommand::add(std::unique_ptr<StoreCommand> part)
{
    m_parts.push_back(std::move(part));
}

void BulkEditCommand::redo()
{
    m_lastError = {};
    for (std::size_t i = 0; i < m_parts.size(); ++i) {
        m_parts[i]->redo();
        if (m_parts[i]->lastError().isError()) {
            m_lastError = m_parts[i]->lastError();
            for (std::size_t j = i; j-- > 0;)
                m_parts[j]->undo();
            setObsolete(true);
            return;
        }
    }
}

void BulkEditCommand::undo()
{
    m_lastError = {};
    for (std::size_t i = m_parts.size(); i-- > 0;) {
        m_parts[i]->undo();
        if (m_parts[i]->lastError().isError()) {
            m_lastError = m_parts[i]->lastError();
            setObsolete(true);
            return;
        }
    }
}

} // namespace ql
