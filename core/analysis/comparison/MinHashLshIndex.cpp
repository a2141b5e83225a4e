#include "core/analysis/comparison/MinHashLshIndex.h"

#include "core/concurrency/ParallelFor.h"

#include <algorithm>
#include <cmath>

namespace ql {

namespace {

std::uint64_t splitMix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

constexpr double kUnit = 1.0 / 9007199254740992.0; // 2^-53

// Token sets longer than this are truncated in storage: statements are sentences,
// and 65535 distinct words is far beyond any of them.
constexpr std::size_t kMaxTokens = 0xFFFF;

} // namespace

MinHashLshIndex::MinHashLshIndex()
    : MinHashLshIndex(Options())
{ }

MinHashLshIndex::MinHashLshIndex(const Options& options)
    : m_options(options)
    , m_measure(options.stopWordWeight)
{
    m_options.bands = std::max(1, m_options.bands);
    m_options.rows = std::max(1, m_options.rows);
    m_weightRatio = m_options.stopWordWeight > 0.0 ? 1.0 / m_options.stopWordWeight : 1e9;
    const int functions = m_options.bands * m_options.rows;
    for (int i = 0; i < functions; ++i) {
        m_hashMul.push_back(splitMix(m_options.seed + 2 * std::uint64_t(i)) | 1u);
        m_hashAdd.push_back(splitMix(m_options.seed + 2 * std::uint64_t(i) + 1));
    }
    m_tables.resize(size_t(m_options.bands));
}

void MinHashLshIndex::bandKeys(const std::uint32_t* tokens, std::size_t count, std::uint32_t* keys) const
{
    // Weighted MinHash by exponential race: element e wins hash i when -ln(U_i(e)) / w(e) is
    // smallest, which makes P(same winner) equal to the weighted Jaccard. With two weight
    // classes only the minimum U of each class matters, compared as U_word > U_stop^(w_word/w_stop).
    const int rows = m_options.rows;
    // The usual weight ratios are whole numbers: multiplying is much cheaper than pow().
    const double ratio = m_weightRatio;
    const int whole = int(ratio);
    const bool integral = double(whole) == ratio && whole >= 1 && whole <= 16;
    const auto raise = [ratio, whole, integral](double u) {
        if (!integral)
            return std::pow(u, ratio);
        double r = u;
        for (int i = 1; i < whole; ++i)
            r *= u;
        return r;
    };
    std::vector<std::uint64_t> mixed(count);
    for (std::size_t t = 0; t < count; ++t)
        mixed[t] = splitMix(tokens[t]);
    for (int band = 0; band < m_options.bands; ++band) {
        std::uint64_t key = splitMix(m_options.seed ^ (std::uint64_t(band) << 32));
        int wordWinners = 0;
        for (int row = 0; row < rows; ++row) {
            const size_t f = size_t(band * rows + row);
            const std::uint64_t mul = m_hashMul[f];
            const std::uint64_t add = m_hashAdd[f];
            // The race is won by the smallest -ln(U)/w, i.e. within a class by the largest U.
            std::uint64_t bestWord = 0, bestStop = 0;
            std::uint32_t wordToken = 0, stopToken = 0;
            bool haveWord = false, haveStop = false;
            for (std::size_t t = 0; t < count; ++t) {
                const std::uint64_t u = (mixed[t] * mul + add) >> 11;
                if (WeightedJaccard::isStopToken(tokens[t])) {
                    if (!haveStop || u > bestStop) {
                        bestStop = u;
                        stopToken = tokens[t];
                        haveStop = true;
                    }
                } else if (!haveWord || u > bestWord) {
                    bestWord = u;
                    wordToken = tokens[t];
                    haveWord = true;
                }
            }
            std::uint32_t winner;
            if (!haveStop) {
                winner = wordToken;
            } else if (!haveWord) {
                winner = stopToken;
            } else {
                // -ln(uWord) < -ln(uStop) * ratio  <=>  uWord > uStop^ratio
                const double uWord = (double(bestWord) + 0.5) * kUnit;
                const double uStop = (double(bestStop) + 0.5) * kUnit;
                winner = uWord > raise(uStop) ? wordToken : stopToken;
            }
            wordWinners += WeightedJaccard::isStopToken(winner) ? 0 : 1;
            key = splitMix(key ^ winner);
        }
        // A band won by stop words alone would put a large share of all statements in one bucket
        // ("the", "to", "we" are everywhere) while saying nothing about what they are about.
        const auto folded = std::uint32_t(key ^ (key >> 32));
        keys[band]
            = wordWinners < std::min(rows, 2) ? SkippedBand : (folded == SkippedBand ? folded - 1 : folded);
    }
}

void MinHashLshIndex::reserve(qsizetype statements)
{
    const auto n = size_t(std::max<qsizetype>(0, statements));
    m_slotIds.reserve(n);
    m_tokenStart.reserve(n);
    m_tokenCount.reserve(n);
    m_next.reserve(n * size_t(m_options.bands));
    m_tokens.reserve(n * 16);
    m_slotOf.reserve(statements);
    for (auto& table : m_tables)
        table.reserve(n);
}

void MinHashLshIndex::add(qint64 id, QStringView text)
{
    Prepared prepared;
    prepared.id = id;
    prepared.tokens = m_measure.tokenSet(text);
    add(std::move(prepared));
}

void MinHashLshIndex::add(qint64 id, const QList<NormalizedToken>& tokens)
{
    add(prepare(id, tokens));
}

MinHashLshIndex::Prepared MinHashLshIndex::prepare(qint64 id, const QList<NormalizedToken>& tokens) const
{
    Prepared prepared;
    prepared.id = id;
    prepared.tokens = m_measure.tokenSet(tokens);
    if (prepared.tokens.size() > kMaxTokens)
        prepared.tokens.resize(kMaxTokens);
    prepared.bandKeys.resize(size_t(m_options.bands));
    if (!prepared.tokens.empty())
        bandKeys(prepared.tokens.data(), prepared.tokens.size(), prepared.bandKeys.data());
    return prepared;
}

void MinHashLshIndex::add(Prepared&& prepared)
{
    if (prepared.tokens.size() > kMaxTokens)
        prepared.tokens.resize(kMaxTokens);
    if (prepared.bandKeys.size() != size_t(m_options.bands)) {
        prepared.bandKeys.assign(size_t(m_options.bands), SkippedBand);
        if (!prepared.tokens.empty())
            bandKeys(prepared.tokens.data(), prepared.tokens.size(), prepared.bandKeys.data());
    }
    insert(prepared.id, prepared.tokens, prepared.bandKeys.data());
}

void MinHashLshIndex::insert(qint64 id, const WeightedJaccard::TokenSet& set, const std::uint32_t* keys)
{
    remove(id);
    std::uint32_t slot;
    if (!m_freeSlots.empty()) {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
    } else {
        slot = std::uint32_t(m_slotIds.size());
        m_slotIds.push_back(0);
        m_tokenStart.push_back(0);
        m_tokenCount.push_back(0);
        m_next.resize(m_next.size() + size_t(m_options.bands), LshBucketTable::Nil);
    }
    m_slotIds[slot] = id;
    m_tokenStart[slot] = std::uint32_t(m_tokens.size());
    m_tokenCount[slot] = std::uint16_t(set.size());
    m_tokens.insert(m_tokens.end(), set.begin(), set.end());
    m_slotOf.insert(id, slot);

    const size_t bands = size_t(m_options.bands);
    for (size_t band = 0; band < bands; ++band) {
        if (set.empty() || keys[band] == SkippedBand) {
            m_next[slot * bands + band] = LshBucketTable::Nil;
            continue;
        }
        m_next[slot * bands + band] = m_tables[band].head(keys[band]);
        m_tables[band].setHead(keys[band], slot);
    }
}

std::vector<MinHashLshIndex::Pair> MinHashLshIndex::similarPairs(double minSimilarity, int threads) const
{
    // Walking a chain from a slot visits exactly the bucket members after it, so every
    // candidate pair is reached from one end per band, without recomputing any signature.
    const size_t bands = size_t(m_options.bands);
    const size_t slotCount = m_slotIds.size();
    std::vector<Pair> pairs = parallelCollect<Pair>(
        slotCount, std::max(1, threads), [this, bands, minSimilarity](size_t slot, std::vector<Pair>& out) {
            if (m_tokenCount[slot] == 0)
                return;
            // One buffer per thread: a slot's candidates are only needed while the slot is scored.
            thread_local std::vector<std::uint32_t> found;
            found.clear();
            for (size_t band = 0; band < bands; ++band) {
                for (std::uint32_t other = m_next[slot * bands + band]; other != LshBucketTable::Nil;
                     other = m_next[size_t(other) * bands + band])
                    found.push_back(other);
            }
            std::sort(found.begin(), found.end());
            found.erase(std::unique(found.begin(), found.end()), found.end());
            const std::uint32_t* tokens = m_tokens.data() + m_tokenStart[slot];
            for (const std::uint32_t other : found) {
                const double sim = m_measure.similarity(
                    tokens, m_tokenCount[slot], m_tokens.data() + m_tokenStart[other], m_tokenCount[other]);
                if (sim > 0.0 && sim >= minSimilarity) {
                    const qint64 a = m_slotIds[slot];
                    const qint64 b = m_slotIds[other];
                    out.push_back({ std::min(a, b), std::max(a, b), sim });
                }
            }
        });
    // A pair sharing several buckets can be reached from both ends.
    std::sort(pairs.begin(), pairs.end(),
        [](const Pair& x, const Pair& y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
    pairs.erase(std::unique(pairs.begin(), pairs.end(),
                    [](const Pair& x, const Pair& y) { return x.a == y.a && x.b == y.b; }),
        pairs.end());
    return pairs;
}

void MinHashLshIndex::unlink(std::uint32_t slot)
{
    const size_t bands = size_t(m_options.bands);
    const std::uint32_t count = m_tokenCount[slot];
    if (count == 0)
        return;
    std::vector<std::uint32_t> keys(bands);
    bandKeys(m_tokens.data() + m_tokenStart[slot], count, keys.data());
    for (size_t band = 0; band < bands; ++band) {
        if (keys[band] == SkippedBand)
            continue;
        std::uint32_t current = m_tables[band].head(keys[band]);
        if (current == slot) {
            m_tables[band].setHead(keys[band], m_next[slot * bands + band]);
            continue;
        }
        while (current != LshBucketTable::Nil) {
            std::uint32_t& link = m_next[size_t(current) * bands + band];
            if (link == slot) {
                link = m_next[slot * bands + band];
                break;
            }
            current = link;
        }
    }
}

bool MinHashLshIndex::remove(qint64 id)
{
    const auto it = m_slotOf.constFind(id);
    if (it == m_slotOf.cend())
        return false;
    const std::uint32_t slot = *it;
    m_slotOf.erase(it);
    unlink(slot);
    release(slot);
    return true;
}

int MinHashLshIndex::remove(const QList<qint64>& ids)
{
    std::vector<std::uint32_t> gone;
    for (const qint64 id : ids) {
        const auto it = m_slotOf.constFind(id);
        if (it == m_slotOf.cend())
            continue;
        gone.push_back(*it);
        m_slotOf.erase(it);
    }
    if (gone.size() <= 2) {
        for (const std::uint32_t slot : gone) {
            unlink(slot);
            release(slot);
        }
        return int(gone.size());
    }
    const size_t bands = size_t(m_options.bands);
    std::vector<std::uint8_t> dropping(m_slotIds.size(), 0);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> buckets; // (band, key)
    std::vector<std::uint32_t> keys(bands);
    for (const std::uint32_t slot : gone) {
        dropping[slot] = 1;
        if (m_tokenCount[slot] == 0)
            continue;
        bandKeys(m_tokens.data() + m_tokenStart[slot], m_tokenCount[slot], keys.data());
        for (size_t band = 0; band < bands; ++band)
            if (keys[band] != SkippedBand)
                buckets.emplace_back(std::uint32_t(band), keys[band]);
    }
    std::sort(buckets.begin(), buckets.end());
    buckets.erase(std::unique(buckets.begin(), buckets.end()), buckets.end());
    // Each bucket's chain is walked once, keeping the gone that stay in their order.
    for (const auto& [band, key] : buckets) {
        std::uint32_t head = LshBucketTable::Nil;
        std::uint32_t* link = &head;
        for (std::uint32_t current = m_tables[band].head(key); current != LshBucketTable::Nil;
             current = m_next[size_t(current) * bands + band]) {
            if (!dropping[current]) {
                *link = current;
                link = &m_next[size_t(current) * bands + band];
            }
        }
        *link = LshBucketTable::Nil;
        m_tables[band].setHead(key, head);
    }
    for (const std::uint32_t slot : gone)
        release(slot);
    return int(gone.size());
}

void MinHashLshIndex::release(std::uint32_t slot)
{
    m_garbageTokens += m_tokenCount[slot];
    m_tokenCount[slot] = 0;
    m_slotIds[slot] = 0;
    m_freeSlots.push_back(slot);
    if (m_garbageTokens > (1u << 20) && m_garbageTokens * 2 > m_tokens.size())
        compactTokens();
}

void MinHashLshIndex::compactTokens()
{
    std::vector<std::uint32_t> compact;
    compact.reserve(m_tokens.size() - m_garbageTokens);
    for (size_t slot = 0; slot < m_slotIds.size(); ++slot) {
        const auto begin = m_tokens.begin() + std::ptrdiff_t(m_tokenStart[slot]);
        const std::uint32_t start = std::uint32_t(compact.size());
        compact.insert(compact.end(), begin, begin + m_tokenCount[slot]);
        m_tokenStart[slot] = start;
    }
    m_tokens.swap(compact);
    m_garbageTokens = 0;
}

QList<qint64> MinHashLshIndex::ids() const
{
    QList<qint64> out;
    out.reserve(m_slotOf.size());
    for (auto it = m_slotOf.cbegin(); it != m_slotOf.cend(); ++it)
        out.append(it.key());
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::uint32_t> MinHashLshIndex::candidates(const std::uint32_t* tokens, std::size_t count) const
{
    std::vector<std::uint32_t> found;
    if (count == 0)
        return found;
    const size_t bands = size_t(m_options.bands);
    std::vector<std::uint32_t> keys(bands);
    bandKeys(tokens, count, keys.data());
    for (size_t band = 0; band < bands; ++band) {
        if (keys[band] == SkippedBand)
            continue;
        for (std::uint32_t slot = m_tables[band].head(keys[band]); slot != LshBucketTable::Nil;
             slot = m_next[size_t(slot) * bands + band])
            found.push_back(slot);
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

QList<SimilarHit> MinHashLshIndex::search(const std::uint32_t* tokens, std::size_t count,
    std::uint32_t exclude, int limit, double minSimilarity) const
{
    QList<SimilarHit> hits;
    for (const std::uint32_t slot : candidates(tokens, count)) {
        if (slot == exclude)
            continue;
        const double sim
            = m_measure.similarity(tokens, count, m_tokens.data() + m_tokenStart[slot], m_tokenCount[slot]);
        if (sim > 0.0 && sim >= minSimilarity)
            hits.append({ m_slotIds[slot], sim });
    }
    const auto better = [](const SimilarHit& a, const SimilarHit& b) {
        return a.similarity != b.similarity ? a.similarity > b.similarity : a.id < b.id;
    };
    if (limit > 0 && hits.size() > limit) {
        std::partial_sort(hits.begin(), hits.begin() + limit, hits.end(), better);
        hits.erase(hits.begin() + limit, hits.end());
    } else {
        std::sort(hits.begin(), hits.end(), better);
    }
    return hits;
}

QList<SimilarHit> MinHashLshIndex::query(QStringView text, int limit, double minSimilarity) const
{
    const WeightedJaccard::TokenSet set = m_measure.tokenSet(text);
    return search(set.data(), set.size(), FreeSlot, limit, minSimilarity);
}

QList<SimilarHit> MinHashLshIndex::similarTo(qint64 id, int limit, double minSimilarity) const
{
    const auto it = m_slotOf.constFind(id);
    if (it == m_slotOf.cend())
        return {};
    const std::uint32_t slot = *it;
    return search(m_tokens.data() + m_tokenStart[slot], m_tokenCount[slot], slot, limit, minSimilarity);
}

double MinHashLshIndex::similarity(qint64 a, qint64 b) const
{
    const auto ia = m_slotOf.constFind(a);
    const auto ib = m_slotOf.constFind(b);
    if (ia == m_slotOf.cend() || ib == m_slotOf.cend())
        return -1.0;
    return m_measure.similarity(m_tokens.data() + m_tokenStart[*ia], m_tokenCount[*ia],
        m_tokens.data() + m_tokenStart[*ib], m_tokenCount[*ib]);
}

qsizetype MinHashLshIndex::candidateCount(QStringView text) const
{
    const WeightedJaccard::TokenSet set = m_measure.tokenSet(text);
    return qsizetype(candidates(set.data(), set.size()).size());
}

std::size_t MinHashLshIndex::memoryBytes() const
{
    std::size_t bytes = m_next.capacity() * 4 + m_slotIds.capacity() * 8 + m_tokenStart.capacity() * 4
        + m_tokenCount.capacity() * 2 + m_tokens.capacity() * 4 + m_freeSlots.capacity() * 4
        + std::size_t(m_slotOf.capacity()) * 24;
    for (const auto& table : m_tables)
        bytes += table.memoryBytes();
    return bytes;
}

} // namespace ql
