#pragma once

#include "core/analysis/comparison/FamilyEdit.h"
#include "models/commands/StoreCommand.h"

namespace ql {

class FamilyIndex;

// Takes one statement (and identical copies of its text) out of its variant family into a family
// of its own. The command keeps what the
// split changed (its FamilyEdit): undo and redo replay that.
class SplitFamilyCommand : public StoreCommand
{
public:
    SplitFamilyCommand(Store* store, FamilyIndex* index, qint64 statementId);

    qint64 resultFamily() const { return m_result; }

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    FamilyIndex* m_index;
    qint64 m_statementId;
    qint64 m_result = 0;
    bool m_applied = false;
    FamilyEdit m_edit;
};

} // namespace ql
