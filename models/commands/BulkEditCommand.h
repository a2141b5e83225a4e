#pragma once

#include "models/commands/StoreCommand.h"

#include <QUndoCommand>

#include <memory>
#include <vector>

namespace ql {

// One undo step for an edit of many statements at once (set speaker, tag, delete): runs its
// parts in order and, when one fails, takes back those already done, so the store never keeps
// half of a bulk edit.
class BulkEditCommand : public QUndoCommand
{
public:
    explicit BulkEditCommand(const QString& text);

    void add(std::unique_ptr<StoreCommand> part);
    int size() const { return int(m_parts.size()); }

    void redo() override;
    void undo() override;

    const StoreError& lastError() const { return m_lastError; }

private:
    std::vector<std::unique_ptr<StoreCommand>> m_parts;
    StoreError m_lastError;
};

} // namespace ql
