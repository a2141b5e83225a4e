#pragma once

#include "models/commands/StoreCommand.h"

namespace ql {

// Moves a statement's start/end in its article; the text follows the span.
class SetSpanCommand : public StoreCommand
{
public:
    // `version`: the statement's row version the analyst saw when the edit began (0: the store's
    // version now). The write is refused if the row changed since, and so is undo after another
    // writer's change.
    SetSpanCommand(Store* store, qint64 statementId, int start, int end, qint64 version = 0);

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    qint64 m_statementId;
    int m_start, m_end;
    int m_oldStart = -1, m_oldEnd = -1;
    QString m_oldText;
    qint64 m_version = 0;
};

} // namespace ql
