#pragma once

#include "core/analysis/comparison/FamilyEdit.h"
#include "models/commands/StoreCommand.h"

namespace ql {

class FamilyIndex;

// Joins two variant families by hand; the target family keeps its id. The command keeps what the merge
// changed (its FamilyEdit): undo and redo replay that, so the saved must-link constraint comes
// and goes with them.
class MergeFamiliesCommand : public StoreCommand
{
public:
    MergeFamiliesCommand(Store* store, FamilyIndex* index, qint64 targetFamily, qint64 otherFamily);

    qint64 resultFamily() const { return m_result; }

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    FamilyIndex* m_index;
    qint64 m_targetFamily;
    qint64 m_otherFamily;
    qint64 m_result = 0;
    bool m_applied = false;
    FamilyEdit m_edit;
};

} // namespace ql
