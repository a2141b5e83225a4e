#pragma once

#include "core/analysis/comparison/FamilyConstraint.h"

#include <QHash>
#include <QList>

namespace ql {

// Everything VariantFamilies needs to come back exactly as it was: persist it in the store.
struct FamilyState
{
    QHash<qint64, qint64> familyOfStatement; // statement id -> family id
    QList<FamilyConstraint> constraints;
    qint64 nextFamilyId = 1; // family ids are never reused
};

} // namespace ql
