#pragma once

#include <QtGlobal>

namespace ql {

// A manual grouping decision. Keys are TextNormalizer fingerprints of the statements' texts,
// not statement ids, so a decision still applies after an article is re-imported with new ids
// (and to every copy of the same line).
struct FamilyConstraint
{
    enum class Kind { MustLink, CannotLink };
    Kind kind = Kind::MustLink;
    quint64 keyA = 0;
    quint64 keyB = 0;

    friend bool operator==(const FamilyConstraint& a, const FamilyConstraint& b)
    {
        return a.kind == b.kind
            && ((a.keyA == b.keyA && a.keyB == b.keyB) || (a.keyA == b.keyB && a.keyB == b.keyA));
    }
};

} // namespace ql
