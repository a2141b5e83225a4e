#include "core/analysis/comparison/WeightedJaccard.h"

#include "core/analysis/comparison/TextNormalizer.h"

#include <algorithm>

namespace ql {

WeightedJaccard::WeightedJaccard(double stopWordWeight)
    : m_stopWordWeight(stopWordWeight)
{ }

WeightedJaccard::TokenSet WeightedJaccard::tokenSet(QStringView text) const
{
    return tokenSet(TextNormalizer().tokenize(text));
}

WeightedJaccard::TokenSet WeightedJaccard::tokenSet(const QList<NormalizedToken>& tokens) const
{
    TokenSet set;
    set.reserve(size_t(tokens.size()));
    for (const auto& token : tokens) {
        // FNV-1a, then a murmur finaliser so the low bit (reused for the stop flag) is well mixed.
        std::uint64_t hash = 14695981039346656037ULL;
        for (const QChar c : token.text) {
            hash ^= c.unicode();
            hash *= 1099511628211ULL;
        }
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdULL;
        hash ^= hash >> 33;
        const auto folded = std::uint32_t(hash ^ (hash >> 32));
        set.push_back((folded & ~1u) | (token.stopWord ? 1u : 0u));
    }
    std::sort(set.begin(), set.end());
    set.erase(std::unique(set.begin(), set.end()), set.end());
    return set;
}

double WeightedJaccard::similarity(QStringView a, QStringView b) const
{
    return similarity(tokenSet(a), tokenSet(b));
}

double WeightedJaccard::similarity(const TokenSet& a, const TokenSet& b) const
{
    return similarity(a.data(), a.size(), b.data(), b.size());
}

double WeightedJaccard::similarity(
    const std::uint32_t* a, std::size_t na, const std::uint32_t* b, std::size_t nb) const
{
    // Counts per class, weighted once at the end.
    std::size_t interStop = 0, interWord = 0, unionStop = 0, unionWord = 0;
    std::size_t i = 0, j = 0;
    while (i < na && j < nb) {
        if (a[i] == b[j]) {
            (isStopToken(a[i]) ? interStop : interWord) += 1;
            (isStopToken(a[i]) ? unionStop : unionWord) += 1;
            ++i;
            ++j;
        } else if (a[i] < b[j]) {
            (isStopToken(a[i]) ? unionStop : unionWord) += 1;
            ++i;
        } else {
            (isStopToken(b[j]) ? unionStop : unionWord) += 1;
            ++j;
        }
    }
    for (; i < na; ++i)
        (isStopToken(a[i]) ? unionStop : unionWord) += 1;
    for (; j < nb; ++j)
        (isStopToken(b[j]) ? unionStop : unionWord) += 1;
    const double unionWeight = double(unionWord) + m_stopWordWeight * double(unionStop);
    if (unionWeight <= 0.0)
        return 0.0;
    return (double(interWord) + m_stopWordWeight * double(interStop)) / unionWeight;
}

} // namespace ql
