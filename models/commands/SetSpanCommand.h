#pragma once

#include "StoreCommand.h"

namespace ql {

// Moves a statement's start/end in its article; the text follows the span.
class SetSpanCommand : public StoreCommand
{
public:
    SetSpanCommand(Store* store, qint64 statementId, int start, int end);

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    qint64 m_statementId;
    int m_start, m_end;
    int m_oldStart = -1, m_oldEnd = -1;
    QString m_oldText;
};

} // namespace ql
