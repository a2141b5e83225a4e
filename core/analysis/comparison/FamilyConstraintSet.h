#pragma once

#include "core/analysis/comparison/FamilyConstraint.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace ql {

// The analyst's manual grouping decisions, by text key: which keys must share a family and which
// must not. Each link is kept in both directions, so a look-up from either key finds it.
class FamilyConstraintSet
{
public:
    // False (and nothing stored) for a constraint between a key and itself.
    bool add(const FamilyConstraint& constraint);
    void remove(const FamilyConstraint& constraint);
    void clear();

    // The keys `key` is linked to by constraints of `kind` (empty when none).
    const QSet<quint64>& partners(FamilyConstraint::Kind kind, quint64 key) const;
    bool hasCannotLinks() const { return !m_cannotLinks.isEmpty(); }
    // Every constraint once, must-links first, then by keys.
    QList<FamilyConstraint> list() const;

private:
    QHash<quint64, QSet<quint64>>& links(FamilyConstraint::Kind kind)
    {
        return kind == FamilyConstraint::Kind::MustLink ? m_mustLinks : m_cannotLinks;
    }
    const QHash<quint64, QSet<quint64>>& links(FamilyConstraint::Kind kind) const
    {
        return kind == FamilyConstraint::Kind::MustLink ? m_mustLinks : m_cannotLinks;
    }

    QHash<quint64, QSet<quint64>> m_mustLinks;
    QHash<quint64, QSet<quint64>> m_cannotLinks;
};

} // namespace ql
