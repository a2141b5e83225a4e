#pragma once

#include "core/analysis/comparison/FamilyConstraint.h"

#include <QHash>
#include <QList>

namespace ql {

// What one manual merge or split changed: the constraints it added and removed, and the family
// of each statement involved before and after. The undo command that made the edit keeps it, so
// undo and redo replay exactly this step (VariantFamilies::revert()/reapply()) and the family
// engine keeps no history of its own.
struct FamilyEdit
{
    QList<FamilyConstraint> added;
    QList<FamilyConstraint> removed;
    QHash<qint64, qint64> before; // statement id -> family id
    QHash<qint64, qint64> after;

    bool isEmpty() const
    {
        return added.isEmpty() && removed.isEmpty() && before.isEmpty() && after.isEmpty();
    }
};

} // namespace ql
