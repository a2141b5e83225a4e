#include "core/analysis/comparison/FamilyConstraintSet.h"

#include <algorithm>
#include <utility>

namespace ql {

bool FamilyConstraintSet::add(const FamilyConstraint& constraint)
{
    if (constraint.keyA == constraint.keyB)
        return false;
    auto& map = links(constraint.kind);
    map[constraint.keyA].insert(constraint.keyB);
    map[constraint.keyB].insert(constraint.keyA);
    return true;
}

void FamilyConstraintSet::remove(const FamilyConstraint& constraint)
{
    auto& map = links(constraint.kind);
    for (const auto& [from, to] :
        { std::pair(constraint.keyA, constraint.keyB), std::pair(constraint.keyB, constraint.keyA) }) {
        const auto it = map.find(from);
        if (it == map.end())
            continue;
        it->remove(to);
        if (it->isEmpty())
            map.erase(it);
    }
}

void FamilyConstraintSet::clear()
{
    m_mustLinks.clear();
    m_cannotLinks.clear();
}

const QSet<quint64>& FamilyConstraintSet::partners(FamilyConstraint::Kind kind, quint64 key) const
{
    static const QSet<quint64> none;
    const auto& map = links(kind);
    const auto it = map.constFind(key);
    return it == map.cend() ? none : *it;
}

QList<FamilyConstraint> FamilyConstraintSet::list() const
{
    QList<FamilyConstraint> out;
    for (const auto kind : { FamilyConstraint::Kind::MustLink, FamilyConstraint::Kind::CannotLink }) {
        const auto& map = links(kind);
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            for (const quint64 other : it.value()) {
                if (it.key() < other)
                    out.append({ kind, it.key(), other });
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const FamilyConstraint& a, const FamilyConstraint& b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.keyA != b.keyA ? a.keyA < b.keyA : a.keyB < b.keyB;
    });
    return out;
}

} // namespace ql
