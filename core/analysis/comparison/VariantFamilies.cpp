#include "core/analysis/comparison/VariantFamilies.h"

#include "core/analysis/comparison/TextNormalizer.h"
#include "core/concurrency/ParallelFor.h"

#include <algorithm>

namespace ql {

namespace {
constexpr std::uint32_t kNoNode = 0xFFFFFFFFu;
// Below this many statements a worker thread costs more than it saves.
constexpr std::size_t kParallelThreshold = 2000;
} // namespace

VariantFamilies::VariantFamilies()
    : VariantFamilies(Options())
{ }

VariantFamilies::VariantFamilies(const Options& options)
    : m_options(options)
    , m_index(options.index)
{ }

quint64 VariantFamilies::textKey(QStringView text)
{
    return TextNormalizer().fingerprint(text);
}

void VariantFamilies::clear()
{
    m_index = MinHashLshIndex(m_options.index);
    m_sets.clear();
    m_nodeIds.clear();
    m_nodeKeys.clear();
    m_familyOfRoot.clear();
    m_freeNodes.clear();
    m_nodeOf.clear();
    m_rootOfFamily.clear();
    m_nextFamilyId = 1;
    m_constraints.clear();
    m_keyNodes.clear();
}

std::uint32_t VariantFamilies::newNode(qint64 statementId, quint64 key)
{
    std::uint32_t node;
    if (!m_freeNodes.empty()) {
        node = m_freeNodes.back();
        m_freeNodes.pop_back();
        m_sets.reset(node);
        m_nodeIds[node] = statementId;
        m_nodeKeys[node] = key;
        m_familyOfRoot[node] = NoFamily;
    } else {
        node = m_sets.add();
        m_nodeIds.push_back(statementId);
        m_nodeKeys.push_back(key);
        m_familyOfRoot.push_back(NoFamily);
    }
    m_nodeOf.insert(statementId, node);
    const auto tracked = m_keyNodes.find(key);
    if (tracked != m_keyNodes.end())
        tracked->append(node);
    return node;
}

qint64 VariantFamilies::ensureFamily(std::uint32_t node)
{
    const std::uint32_t root = m_sets.find(node);
    if (m_familyOfRoot[root] == NoFamily) {
        const qint64 id = m_nextFamilyId++;
        m_familyOfRoot[root] = id;
        m_rootOfFamily.insert(id, root);
    }
    return m_familyOfRoot[root];
}

std::uint32_t VariantFamilies::uniteNodes(std::uint32_t a, std::uint32_t b, qint64 forcedFamily)
{
    const std::uint32_t ra = m_sets.find(a);
    const std::uint32_t rb = m_sets.find(b);
    if (ra == rb)
        return ra;
    const qint64 fa = m_familyOfRoot[ra];
    const qint64 fb = m_familyOfRoot[rb];
    const std::uint32_t sa = m_sets.setSize(ra);
    const std::uint32_t sb = m_sets.setSize(rb);
    qint64 keep = forcedFamily;
    if (keep == NoFamily) {
        if (fa == NoFamily || fb == NoFamily)
            keep = fa == NoFamily ? fb : fa;
        else if (sa != sb)
            keep = sa > sb ? fa : fb;
        else
            keep = std::min(fa, fb);
    }
    if (fa != NoFamily)
        m_rootOfFamily.remove(fa);
    if (fb != NoFamily)
        m_rootOfFamily.remove(fb);
    const std::uint32_t root = m_sets.unite(ra, rb);
    m_familyOfRoot[root] = keep;
    if (keep != NoFamily)
        m_rootOfFamily.insert(keep, root);
    return root;
}

bool VariantFamilies::allowed(std::uint32_t rootA, std::uint32_t rootB) const
{
    if (!m_constraints.hasCannotLinks())
        return true;
    // Cannot-links are stored in both directions, so scanning the smaller side is enough.
    if (m_sets.setSize(rootA) > m_sets.setSize(rootB))
        std::swap(rootA, rootB);
    for (const std::uint32_t member : m_sets.members(rootA)) {
        for (const quint64 partner :
            m_constraints.partners(FamilyConstraint::Kind::CannotLink, m_nodeKeys[member])) {
            for (const std::uint32_t other : m_keyNodes.value(partner)) {
                if (m_sets.find(other) == rootB)
                    return false;
            }
        }
    }
    return true;
}

void VariantFamilies::joinSimilar(std::uint32_t node)
{
    unite(node, m_index.similarTo(m_nodeIds[node], 0, m_options.threshold));
}

void VariantFamilies::unite(std::uint32_t node, const QList<SimilarHit>& hits)
{
    for (const SimilarHit& hit : hits) {
        const std::uint32_t other = m_nodeOf.value(hit.id, kNoNode);
        if (other == kNoNode)
            continue;
        const std::uint32_t ra = m_sets.find(node);
        const std::uint32_t rb = m_sets.find(other);
        if (ra != rb && allowed(ra, rb))
            uniteNodes(ra, rb);
    }
}

void VariantFamilies::applyMustLinks(std::uint32_t node)
{
    for (const quint64 partner : m_constraints.partners(FamilyConstraint::Kind::MustLink, m_nodeKeys[node])) {
        for (const std::uint32_t other : m_keyNodes.value(partner))
            uniteNodes(node, other);
    }
}

qint64 VariantFamilies::add(qint64 statementId, QStringView text)
{
    remove(statementId);
    const auto tokens = TextNormalizer().tokenize(text);
    m_index.add(statementId, tokens);
    const std::uint32_t node = newNode(statementId, TextNormalizer::fingerprint(tokens));
    joinSimilar(node);
    applyMustLinks(node);
    return ensureFamily(node);
}

void VariantFamilies::add(const QList<Statement>& statements)
{
    for (const Statement& statement : statements)
        remove(statement.id);
    joinAll(indexStatements(statements));
}

bool VariantFamilies::remove(qint64 statementId)
{
    return remove(QList<qint64> { statementId }) == 1;
}

int VariantFamilies::remove(const QList<qint64>& statementIds)
{
    // The families the statements leave are regrouped once, together: removing a few hundred
    // members of one large family one at a time would regroup it a few hundred times.
    std::vector<std::uint32_t> affected;
    std::vector<std::uint32_t> freed;
    std::vector<std::uint8_t> seen;
    QList<qint64> unindexed;
    for (const qint64 statementId : statementIds) {
        const std::uint32_t node = m_nodeOf.value(statementId, kNoNode);
        if (node == kNoNode)
            continue;
        if (seen.empty())
            seen.assign(m_nodeIds.size(), 0);
        if (!seen[node]) {
            for (const std::uint32_t member : m_sets.members(node)) {
                seen[member] = 1;
                affected.push_back(member);
            }
        }
        m_nodeOf.remove(statementId);
        unindexed.append(statementId);
        const auto tracked = m_keyNodes.find(m_nodeKeys[node]);
        if (tracked != m_keyNodes.end())
            tracked->removeAll(node);
        m_nodeIds[node] = 0;
        freed.push_back(node);
    }
    if (freed.empty())
        return 0;
    m_index.remove(unindexed); // in one pass over the buckets they shared
    // The rest of a family may have hung together only through a removed statement.
    regroup(affected, {});
    m_freeNodes.insert(m_freeNodes.end(), freed.begin(), freed.end());
    return int(freed.size());
}

std::vector<VariantFamilies::Edge> VariantFamilies::edgesWithin(
    const std::vector<std::uint32_t>& nodes, const std::vector<std::uint8_t>& inRegion) const
{
    // Copies of one text are joined by an edge to their first copy (similarity 1), and only the
    // first copies search: the hits of any other copy are the same, so their pairs would add
    // n * n edges for n copies and nothing to the grouping.
    const std::vector<std::uint32_t> first = firstOfSameText(nodes);
    std::vector<std::uint32_t> searching;
    std::vector<std::uint32_t> representative(m_nodeIds.size(), kNoNode);
    std::vector<Edge> copies;
    for (size_t i = 0; i < nodes.size(); ++i) {
        representative[nodes[i]] = first[i];
        if (first[i] == nodes[i])
            searching.push_back(nodes[i]);
        else
            copies.push_back({ std::min(nodes[i], first[i]), std::max(nodes[i], first[i]), 1.0f });
    }
    if (searching.size() == nodes.size() && nodes.size() == size_t(m_nodeOf.size())
        && nodes.size() >= kParallelThreshold) {
        // Everything is regrouped: walking the buckets once beats a query per statement.
        std::vector<Edge> edges;
        for (const auto& pair : m_index.similarPairs(m_options.threshold, m_options.threads)) {
            const std::uint32_t a = m_nodeOf.value(pair.a, kNoNode);
            const std::uint32_t b = m_nodeOf.value(pair.b, kNoNode);
            if (a != kNoNode && b != kNoNode && inRegion[a] && inRegion[b])
                edges.push_back({ std::min(a, b), std::max(a, b), float(pair.similarity) });
        }
        return edges;
    }
    const std::vector<Edge> searched = parallelCollect<Edge>(searching.size(), threadsFor(searching.size()),
        [this, &searching, &inRegion, &representative](std::size_t i, std::vector<Edge>& out) {
            const std::uint32_t node = searching[i];
            const auto hits = m_index.similarTo(m_nodeIds[node], 0, m_options.threshold);
            for (const SimilarHit& hit : hits) {
                const std::uint32_t found = m_nodeOf.value(hit.id, kNoNode);
                if (found == kNoNode || !inRegion[found])
                    continue;
                // A hit on a copy stands for its first copy; each pair is found from both
                // ends (and from every copy): keep it once.
                const std::uint32_t other = representative[found];
                if (other != kNoNode && other > node)
                    out.push_back({ node, other, float(hit.similarity) });
            }
        });
    std::vector<Edge> edges = std::move(copies);
    edges.insert(edges.end(), searched.begin(), searched.end());
    std::sort(edges.begin(), edges.end(),
        [](const Edge& x, const Edge& y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
    edges.erase(std::unique(edges.begin(), edges.end(),
                    [](const Edge& x, const Edge& y) { return x.a == y.a && x.b == y.b; }),
        edges.end());
    return edges;
}

void VariantFamilies::regroup(std::vector<std::uint32_t> nodes, const QHash<qint64, qint64>& hints)
{
    // Work on whole families: resetting part of a set would corrupt it.
    std::vector<std::uint8_t> inRegion(m_nodeIds.size(), 0);
    std::vector<std::uint32_t> region;
    for (const std::uint32_t node : nodes) {
        if (inRegion[node])
            continue;
        for (const std::uint32_t member : m_sets.members(node)) {
            inRegion[member] = 1;
            region.push_back(member);
        }
    }
    std::sort(region.begin(), region.end());

    std::vector<qint64> voteOf(m_nodeIds.size(), NoFamily); // the family id each node votes for
    std::vector<std::uint32_t> alive;
    for (const std::uint32_t node : region) {
        if (m_nodeIds[node] != 0) {
            alive.push_back(node);
            voteOf[node] = m_familyOfRoot[m_sets.find(node)];
        }
    }
    for (auto it = hints.cbegin(); it != hints.cend(); ++it) {
        const std::uint32_t node = m_nodeOf.value(it.key(), kNoNode);
        if (node != kNoNode && inRegion[node])
            voteOf[node] = it.value();
    }
    for (const std::uint32_t node : region) {
        const std::uint32_t root = m_sets.find(node);
        if (m_familyOfRoot[root] != NoFamily)
            m_rootOfFamily.remove(m_familyOfRoot[root]);
    }
    for (const std::uint32_t node : region) {
        m_sets.reset(node);
        m_familyOfRoot[node] = NoFamily;
    }

    // Manual merges first, then similarity edges strongest first, so that a cannot-link blocks
    // the weakest link of a chain rather than an arbitrary one.
    for (const std::uint32_t node : alive) {
        for (const quint64 partner :
            m_constraints.partners(FamilyConstraint::Kind::MustLink, m_nodeKeys[node])) {
            for (const std::uint32_t other : m_keyNodes.value(partner)) {
                if (inRegion[other] && m_nodeIds[other] != 0)
                    uniteNodes(node, other);
            }
        }
    }
    std::vector<Edge> edges = edgesWithin(alive, inRegion);
    std::sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) {
        if (x.similarity != y.similarity)
            return x.similarity > y.similarity;
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    for (const Edge& edge : edges) {
        const std::uint32_t ra = m_sets.find(edge.a);
        const std::uint32_t rb = m_sets.find(edge.b);
        if (ra != rb && allowed(ra, rb))
            uniteNodes(ra, rb);
    }

    // Each new family takes the old id most of its members vote for.
    struct Vote
    {
        int count;
        qint64 family;
        std::uint32_t root;
    };
    std::vector<std::uint32_t> roots;
    std::vector<std::pair<std::uint32_t, qint64>> cast; // (new root, family voted for)
    roots.reserve(alive.size());
    for (const std::uint32_t node : alive) {
        const std::uint32_t root = m_sets.find(node);
        roots.push_back(root);
        if (voteOf[node] != NoFamily)
            cast.emplace_back(root, voteOf[node]);
    }
    std::sort(roots.begin(), roots.end());
    roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
    std::sort(cast.begin(), cast.end());
    std::vector<Vote> ballot;
    for (std::size_t i = 0; i < cast.size();) {
        std::size_t j = i;
        while (j < cast.size() && cast[j] == cast[i])
            ++j;
        ballot.push_back({ int(j - i), cast[i].second, cast[i].first });
        i = j;
    }
    std::sort(ballot.begin(), ballot.end(), [](const Vote& x, const Vote& y) {
        if (x.count != y.count)
            return x.count > y.count;
        return x.family != y.family ? x.family < y.family : x.root < y.root;
    });
    for (const Vote& vote : ballot) {
        if (m_familyOfRoot[vote.root] != NoFamily || m_rootOfFamily.contains(vote.family))
            continue;
        m_familyOfRoot[vote.root] = vote.family;
        m_rootOfFamily.insert(vote.family, vote.root);
        m_nextFamilyId = std::max(m_nextFamilyId, vote.family + 1);
    }
    for (const std::uint32_t root : roots)
        ensureFamily(root);
}

void VariantFamilies::rebuild()
{
    std::vector<std::uint32_t> all;
    all.reserve(size_t(m_nodeOf.size()));
    for (auto it = m_nodeOf.cbegin(); it != m_nodeOf.cend(); ++it)
        all.push_back(it.value());
    std::sort(all.begin(), all.end());
    regroup(all, {});
}

void VariantFamilies::rebuild(const QList<Statement>& statements)
{
    const FamilyState previous = exportState();
    clear();
    for (const FamilyConstraint& constraint : previous.constraints)
        addConstraint(constraint);
    m_nextFamilyId = previous.nextFamilyId;
    regroup(indexStatements(statements), previous.familyOfStatement);
}

void VariantFamilies::restore(const QList<Statement>& statements, const FamilyState& state)
{
    clear();
    // Constraints first: newNode() then files each constrained key's nodes as they come.
    for (const FamilyConstraint& constraint : state.constraints)
        addConstraint(constraint);
    restoreNodes(indexStatements(statements), state);
}

void VariantFamilies::restore(std::vector<MinHashLshIndex::Prepared>&& prepared,
    const std::vector<quint64>& textKeys, const FamilyState& state)
{
    clear();
    for (const FamilyConstraint& constraint : state.constraints)
        addConstraint(constraint);
    restoreNodes(insertPrepared(std::move(prepared), textKeys), state);
}

void VariantFamilies::add(
    std::vector<MinHashLshIndex::Prepared>&& prepared, const std::vector<quint64>& textKeys)
{
    for (const MinHashLshIndex::Prepared& p : prepared)
        remove(p.id);
    joinAll(insertPrepared(std::move(prepared), textKeys));
}

void VariantFamilies::restoreNodes(const std::vector<std::uint32_t>& nodes, const FamilyState& state)
{
    m_nextFamilyId = std::max<qint64>(1, state.nextFamilyId);
    std::vector<std::uint32_t> unplaced;
    for (const std::uint32_t node : nodes) {
        const qint64 family = state.familyOfStatement.value(m_nodeIds[node], NoFamily);
        if (family == NoFamily) {
            unplaced.push_back(node);
            continue;
        }
        m_nextFamilyId = std::max(m_nextFamilyId, family + 1);
        const std::uint32_t root = m_rootOfFamily.value(family, kNoNode);
        if (root == kNoNode) {
            m_familyOfRoot[node] = family;
            m_rootOfFamily.insert(family, node);
        } else {
            uniteNodes(root, node, family);
        }
    }
    joinAll(unplaced);
}

std::vector<std::uint32_t> VariantFamilies::indexStatements(const QList<Statement>& statements)
{
    m_index.reserve(m_index.size() + statements.size());
    m_sets.reserve(m_sets.size() + size_t(statements.size()));
    // Normalising and hashing dominate loading: done on the worker threads, inserted on this one.
    const size_t count = size_t(statements.size());
    std::vector<MinHashLshIndex::Prepared> prepared(count);
    std::vector<quint64> keys(count);
    const TextNormalizer normalizer;
    parallelFor(
        count, threadsFor(count),
        [this, &statements, &prepared, &keys, &normalizer](size_t i) {
            const Statement& statement = statements.at(qsizetype(i));
            const auto tokens = normalizer.tokenize(statement.text);
            keys[i] = TextNormalizer::fingerprint(tokens);
            prepared[i] = m_index.prepare(statement.id, tokens);
        },
        64);
    return insertPrepared(std::move(prepared), keys);
}

std::vector<std::uint32_t> VariantFamilies::insertPrepared(
    std::vector<MinHashLshIndex::Prepared>&& prepared, const std::vector<quint64>& keys)
{
    m_index.reserve(m_index.size() + qsizetype(prepared.size()));
    m_sets.reserve(m_sets.size() + prepared.size());
    std::vector<std::uint32_t> nodes;
    nodes.reserve(prepared.size());
    for (size_t i = 0; i < prepared.size(); ++i) {
        const qint64 id = prepared[i].id;
        if (m_nodeOf.contains(id))
            continue;
        m_index.add(std::move(prepared[i]));
        nodes.push_back(newNode(id, keys[i]));
    }
    return nodes;
}

std::vector<std::uint32_t> VariantFamilies::firstOfSameText(const std::vector<std::uint32_t>& nodes) const
{
    std::vector<std::uint32_t> first(nodes.size());
    QHash<quint64, std::uint32_t> seen;
    seen.reserve(qsizetype(nodes.size()));
    for (size_t i = 0; i < nodes.size(); ++i) {
        const auto known = seen.constFind(m_nodeKeys[nodes[i]]);
        if (known == seen.cend()) {
            seen.insert(m_nodeKeys[nodes[i]], nodes[i]);
            first[i] = nodes[i];
        } else {
            first[i] = *known;
        }
    }
    return first;
}

void VariantFamilies::joinAll(const std::vector<std::uint32_t>& nodes)
{
    // Every node is in the index already, so each search sees all the others and the searches
    // are independent: they run on the worker threads, the unions then on this one, in order,
    // exactly as joinSimilar() would make them.
    // Copies of one text (wire copies of an article) find exactly what the first copy finds, so
    // only the first searches and the others join it: n copies cost one search, not n searches
    // of n hits each, which made 2,000 copies of three quotes take half a minute.
    const std::vector<std::uint32_t> first = firstOfSameText(nodes);
    std::vector<size_t> searching;
    for (size_t i = 0; i < nodes.size(); ++i)
        if (first[i] == nodes[i])
            searching.push_back(i);
    std::vector<QList<SimilarHit>> hits(nodes.size());
    parallelFor(searching.size(), threadsFor(searching.size()), [this, &nodes, &hits, &searching](size_t k) {
        hits[searching[k]] = m_index.similarTo(m_nodeIds[nodes[searching[k]]], 0, m_options.threshold);
    });
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (first[i] == nodes[i]) {
            unite(nodes[i], hits[i]);
            hits[i] = {};
        } else {
            const std::uint32_t ra = m_sets.find(nodes[i]);
            const std::uint32_t rb = m_sets.find(first[i]);
            if (ra != rb && allowed(ra, rb))
                uniteNodes(ra, rb);
        }
        applyMustLinks(nodes[i]);
        ensureFamily(nodes[i]);
    }
}

int VariantFamilies::threadsFor(std::size_t items) const
{
    return items >= kParallelThreshold ? std::max(1, m_options.threads) : 1;
}

FamilyState VariantFamilies::exportState() const
{
    FamilyState state;
    state.familyOfStatement.reserve(m_nodeOf.size());
    for (auto it = m_nodeOf.cbegin(); it != m_nodeOf.cend(); ++it)
        state.familyOfStatement.insert(it.key(), m_familyOfRoot[m_sets.find(it.value())]);
    state.constraints = constraints();
    state.nextFamilyId = m_nextFamilyId;
    return state;
}

qint64 VariantFamilies::familyOf(qint64 statementId) const
{
    const std::uint32_t node = m_nodeOf.value(statementId, kNoNode);
    return node == kNoNode ? NoFamily : m_familyOfRoot[m_sets.find(node)];
}

QList<qint64> VariantFamilies::members(qint64 familyId) const
{
    QList<qint64> out;
    const std::uint32_t root = m_rootOfFamily.value(familyId, kNoNode);
    if (root == kNoNode)
        return out;
    for (const std::uint32_t node : m_sets.members(root)) {
        if (m_nodeIds[node] != 0)
            out.append(m_nodeIds[node]);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<qint64> VariantFamilies::familyIds(int minSize) const
{
    QList<qint64> out;
    for (auto it = m_rootOfFamily.cbegin(); it != m_rootOfFamily.cend(); ++it) {
        if (int(m_sets.setSize(it.value())) >= minSize)
            out.append(it.key());
    }
    std::sort(out.begin(), out.end());
    return out;
}

QHash<qint64, qint64> VariantFamilies::assignmentOf(const std::vector<std::uint32_t>& nodes) const
{
    QHash<qint64, qint64> out;
    for (const std::uint32_t node : nodes) {
        if (m_nodeIds[node] != 0)
            out.insert(m_nodeIds[node], m_familyOfRoot[m_sets.find(node)]);
    }
    return out;
}

std::vector<std::uint32_t> VariantFamilies::nodesOfStatements(const QList<qint64>& statementIds) const
{
    std::vector<std::uint32_t> out;
    for (const qint64 id : statementIds) {
        const std::uint32_t node = m_nodeOf.value(id, kNoNode);
        if (node != kNoNode)
            out.push_back(node);
    }
    return out;
}

void VariantFamilies::trackKey(quint64 key)
{
    if (m_keyNodes.contains(key))
        return;
    QList<std::uint32_t> nodes;
    for (std::size_t node = 0; node < m_nodeKeys.size(); ++node) {
        if (m_nodeKeys[node] == key && m_nodeIds[node] != 0)
            nodes.append(std::uint32_t(node));
    }
    m_keyNodes.insert(key, nodes);
}

void VariantFamilies::addConstraint(const FamilyConstraint& constraint)
{
    if (!m_constraints.add(constraint))
        return;
    trackKey(constraint.keyA);
    trackKey(constraint.keyB);
}

QList<FamilyConstraint> VariantFamilies::constraints() const
{
    return m_constraints.list();
}

qint64 VariantFamilies::merge(qint64 targetFamily, qint64 otherFamily, FamilyEdit* done)
{
    const std::uint32_t rootT = m_rootOfFamily.value(targetFamily, kNoNode);
    const std::uint32_t rootO = m_rootOfFamily.value(otherFamily, kNoNode);
    if (rootT == kNoNode || rootO == kNoNode)
        return NoFamily;
    if (rootT == rootO)
        return targetFamily;
    const std::vector<std::uint32_t> target = m_sets.members(rootT);
    const std::vector<std::uint32_t> other = m_sets.members(rootO);
    std::vector<std::uint32_t> both = target;
    both.insert(both.end(), other.begin(), other.end());

    FamilyEdit edit;
    edit.before = assignmentOf(both);
    QSet<quint64> otherKeys;
    for (const std::uint32_t node : other)
        otherKeys.insert(m_nodeKeys[node]);
    QSet<quint64> targetKeys;
    for (const std::uint32_t node : target) {
        const quint64 key = m_nodeKeys[node];
        if (targetKeys.contains(key))
            continue;
        targetKeys.insert(key);
        for (const quint64 partner : m_constraints.partners(FamilyConstraint::Kind::CannotLink, key)) {
            if (otherKeys.contains(partner))
                edit.removed.append({ FamilyConstraint::Kind::CannotLink, key, partner });
        }
    }
    // One link between the earliest statements is enough: each side's own cohesion is
    // already guaranteed by similarity or earlier links.
    const auto earliest = [this](const std::vector<std::uint32_t>& nodes) {
        std::uint32_t best = nodes.front();
        for (const std::uint32_t node : nodes) {
            if (m_nodeIds[node] != 0 && (m_nodeIds[best] == 0 || m_nodeIds[node] < m_nodeIds[best]))
                best = node;
        }
        return best;
    };
    const quint64 keyT = m_nodeKeys[earliest(target)];
    const quint64 keyO = m_nodeKeys[earliest(other)];
    if (keyT != keyO)
        edit.added.append({ FamilyConstraint::Kind::MustLink, keyT, keyO });
    for (const FamilyConstraint& c : edit.removed)
        m_constraints.remove(c);
    for (const FamilyConstraint& c : edit.added)
        addConstraint(c);
    uniteNodes(rootT, rootO, targetFamily);
    edit.after = assignmentOf(both);
    if (done)
        *done = std::move(edit);
    return targetFamily;
}

qint64 VariantFamilies::split(qint64 statementId, FamilyEdit* done)
{
    const std::uint32_t node = m_nodeOf.value(statementId, kNoNode);
    if (node == kNoNode)
        return NoFamily;
    const std::vector<std::uint32_t> family = m_sets.members(node);
    const quint64 key = m_nodeKeys[node];
    QSet<quint64> otherKeys;
    for (const std::uint32_t member : family) {
        if (m_nodeIds[member] != 0 && m_nodeKeys[member] != key)
            otherKeys.insert(m_nodeKeys[member]);
    }
    if (otherKeys.isEmpty())
        return familyOf(statementId);

    FamilyEdit edit;
    edit.before = assignmentOf(family);
    QList<quint64> sorted = otherKeys.values();
    std::sort(sorted.begin(), sorted.end());
    const QSet<quint64> linked = m_constraints.partners(FamilyConstraint::Kind::MustLink, key);
    for (const quint64 other : sorted) {
        edit.added.append({ FamilyConstraint::Kind::CannotLink, key, other });
        if (linked.contains(other))
            edit.removed.append({ FamilyConstraint::Kind::MustLink, key, other });
    }
    for (const FamilyConstraint& c : edit.removed)
        m_constraints.remove(c);
    for (const FamilyConstraint& c : edit.added)
        addConstraint(c);
    QHash<qint64, qint64> hints;
    for (const std::uint32_t member : family) {
        if (m_nodeIds[member] != 0 && m_nodeKeys[member] == key)
            hints.insert(m_nodeIds[member], NoFamily); // the split-off part starts a new family
    }
    regroup(family, hints);
    edit.after = assignmentOf(family);
    if (done)
        *done = std::move(edit);
    return familyOf(statementId);
}

void VariantFamilies::apply(const FamilyEdit& edit, bool forward)
{
    for (const FamilyConstraint& c : forward ? edit.removed : edit.added)
        m_constraints.remove(c);
    for (const FamilyConstraint& c : forward ? edit.added : edit.removed)
        addConstraint(c);
    QList<qint64> statements = edit.before.keys();
    statements.append(edit.after.keys());
    regroup(nodesOfStatements(statements), forward ? edit.after : edit.before);
}

bool VariantFamilies::revert(const FamilyEdit& edit)
{
    if (edit.isEmpty())
        return false;
    apply(edit, false);
    return true;
}

bool VariantFamilies::reapply(const FamilyEdit& edit)
{
    if (edit.isEmpty())
        return false;
    apply(edit, true);
    return true;
}

} // namespace ql
