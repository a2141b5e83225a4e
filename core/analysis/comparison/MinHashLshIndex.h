#pragma once

#include "core/analysis/comparison/LshBucketTable.h"
#include "core/analysis/comparison/SimilarHit.h"
#include "core/analysis/comparison/WeightedJaccard.h"

#include <QHash>
#include <QList>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace ql {

// Near-duplicate index over statements: weighted MinHash signatures of the word sets (single
// words as shingles: variants reorder clauses, which breaks longer shingles), LSH banding for
// candidates, each candidate verified with the exact WeightedJaccard. Stop words are weighted
// in the signatures exactly as in the verification (exponential-race weighted MinHash), so a
// band collides with probability s^rows for a pair of exact similarity s.
//
// Default parameters (48 bands x 5 rows): P(candidate) = 1 - (1 - s^5)^48, i.e. 78.2 % at s = 0.5,
// 97.9 % at s = 0.6, 99.98 % at s = 0.7 and 0.4 % at s = 0.15. Four rows (95.4 % at s = 0.5) let
// unrelated sentences that share common words collide often enough that candidates grew with the
// corpus (~900 per query at 1M); most near-duplicate pairs sit well above 0.5, so the measured
// recall over all pairs >= 0.5 stays above 99 % (synthetic bench, 20,000 statements).
// Bands whose rows are all won by stop words are not indexed (see bandKeys()).
// Hashing uses fixed seeds: results are deterministic across runs and platforms.
// Memory per statement: its token hashes plus one 4-byte chain link per band; no strings kept.
// Not thread-safe for writes; const members may run concurrently.
class MinHashLshIndex
{
public:
    struct Options
    {
        int bands = 48;
        int rows = 5;
        double stopWordWeight = WeightedJaccard::DefaultStopWordWeight;
        std::uint64_t seed = 0x51A7E11E5EEDF00DULL;
    };

    // A statement hashed and ready to insert; prepare() is const, so bulk loads can hash on
    // several threads and insert on one.
    struct Prepared
    {
        qint64 id = 0;
        WeightedJaccard::TokenSet tokens;
        std::vector<std::uint32_t> bandKeys;
    };
    struct Pair
    {
        qint64 a;
        qint64 b;
        double similarity;
    };

    MinHashLshIndex();
    explicit MinHashLshIndex(const Options& options);

    const Options& options() const { return m_options; }
    const WeightedJaccard& measure() const { return m_measure; }

    // Adding an id that is already stored replaces its text.
    void add(qint64 id, QStringView text);
    void add(qint64 id, const QList<NormalizedToken>& tokens);
    Prepared prepare(qint64 id, const QList<NormalizedToken>& tokens) const;
    void add(Prepared&& prepared);
    bool remove(qint64 id);
    // Removes many at once, walking each bucket they were in once: removing n copies of one text
    // one by one walked their shared chains n times (quadratic). Returns how many were stored.
    int remove(const QList<qint64>& ids);
    void reserve(qsizetype statements);
    bool contains(qint64 id) const { return m_slotOf.contains(id); }
    qsizetype size() const { return m_slotOf.size(); }
    QList<qint64> ids() const;

    // Stored statements ranked by exact similarity (descending, ties by id), at most `limit`
    // (all when limit <= 0), only those with similarity >= minSimilarity and > 0.
    QList<SimilarHit> query(QStringView text, int limit, double minSimilarity = 0.0) const;
    // Same, for a stored statement; the statement itself is not listed. Empty if `id` is unknown.
    QList<SimilarHit> similarTo(qint64 id, int limit, double minSimilarity = 0.0) const;
    // Every pair of stored statements the bands propose whose exact similarity is >= minSimilarity,
    // each pair once (a < b), found on `threads` threads by walking the buckets: the bulk path
    // for grouping everything from scratch.
    std::vector<Pair> similarPairs(double minSimilarity, int threads) const;
    // Exact similarity of two stored statements; -1 when either is unknown.
    double similarity(qint64 a, qint64 b) const;
    // How many distinct stored statements the bands propose for `text` (before verification).
    qsizetype candidateCount(QStringView text) const;

    std::size_t memoryBytes() const;

private:
    static constexpr std::uint32_t FreeSlot = 0xFFFFFFFFu;
    static constexpr std::uint32_t SkippedBand = 0u; // band key of a band won by stop words only

    void bandKeys(const std::uint32_t* tokens, std::size_t count, std::uint32_t* keys) const;
    std::vector<std::uint32_t> candidates(const std::uint32_t* tokens, std::size_t count) const;
    QList<SimilarHit> search(const std::uint32_t* tokens, std::size_t count, std::uint32_t exclude, int limit,
        double minSimilarity) const;
    void insert(qint64 id, const WeightedJaccard::TokenSet& set, const std::uint32_t* keys);
    void unlink(std::uint32_t slot);
    void release(std::uint32_t slot);
    void compactTokens();

    Options m_options;
    WeightedJaccard m_measure;
    std::vector<std::uint64_t> m_hashMul; // one multiply-shift hash function per signature row
    std::vector<std::uint64_t> m_hashAdd;
    double m_weightRatio = 4.0; // word weight / stop-word weight
    std::vector<LshBucketTable> m_tables; // one per band
    std::vector<std::uint32_t> m_next; // chain link per (slot, band)
    std::vector<qint64> m_slotIds;
    std::vector<std::uint32_t> m_tokenStart;
    std::vector<std::uint16_t> m_tokenCount;
    std::vector<std::uint32_t> m_tokens;
    std::vector<std::uint32_t> m_freeSlots;
    std::size_t m_garbageTokens = 0;
    QHash<qint64, std::uint32_t> m_slotOf;
};

} // namespace ql
