#pragma once

#include "core/analysis/comparison/NormalizedToken.h"

#include <QList>
#include <QStringView>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ql {

// The exact similarity behind "similar statements" and variant families: Jaccard over the sets
// of normalised words, where a stop word counts `stopWordWeight` and any other word counts 1,
// so sentences sharing only "we", "the", "to" stay apart. A token is a 32-bit hash of its
// normalised form whose lowest bit marks stop words. Thread-safe.
class WeightedJaccard
{
public:
    using TokenSet = std::vector<std::uint32_t>;
    static constexpr double DefaultStopWordWeight = 0.25;

    explicit WeightedJaccard(double stopWordWeight = DefaultStopWordWeight);

    double stopWordWeight() const { return m_stopWordWeight; }
    // Sorted, without duplicates.
    TokenSet tokenSet(QStringView text) const;
    TokenSet tokenSet(const QList<NormalizedToken>& tokens) const;
    double similarity(QStringView a, QStringView b) const;
    double similarity(const TokenSet& a, const TokenSet& b) const;
    double similarity(const std::uint32_t* a, std::size_t na, const std::uint32_t* b, std::size_t nb) const;

    static bool isStopToken(std::uint32_t token) { return (token & 1u) != 0; }

private:
    double m_stopWordWeight;
};

} // namespace ql
