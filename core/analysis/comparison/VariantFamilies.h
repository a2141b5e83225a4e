#pragma once

#include "core/analysis/comparison/DisjointSets.h"
#include "core/analysis/comparison/FamilyConstraint.h"
#include "core/analysis/comparison/FamilyConstraintSet.h"
#include "core/analysis/comparison/FamilyEdit.h"
#include "core/analysis/comparison/FamilyState.h"
#include "core/analysis/comparison/MinHashLshIndex.h"
#include "core/domain/Statement.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace ql {

// Groups statements that are versions of the same line into families: union-find over pairs
// the MinHashLshIndex verifies at WeightedJaccard >= threshold (0.5 by default; single-linkage,
// so "no defence without industry" reaches "no strong defense without a strong defense industry"
// through intermediate wordings). Manual merge/split decisions are kept as must-link/cannot-link
// constraints on text fingerprints and honoured by every later add, rebuild and restore.
//
// Family ids are stable: adding statements keeps the id of the family they join (when two
// families join, the larger one's id survives, ties to the smaller id); rebuild() gives each new
// family the old id most of its members had. Ids are never reused.
// Not thread-safe; rebuild() uses worker threads internally.
class VariantFamilies
{
public:
    struct Options
    {
        double threshold = 0.5;
        int threads = 2;
        MinHashLshIndex::Options index;
    };

    VariantFamilies();
    explicit VariantFamilies(const Options& options);

    const Options& options() const { return m_options; }
    const MinHashLshIndex& index() const { return m_index; }

    // Incremental: indexes the statement and joins it to the families it is similar to.
    // Returns its family id. Adding a known id first removes the old version.
    qint64 add(qint64 statementId, QStringView text);
    void add(const QList<Statement>& statements);
    bool remove(qint64 statementId);
    // Removes many at once (regrouping what is left once); returns how many were known.
    int remove(const QList<qint64>& statementIds);
    // Regroups every statement from scratch (edges found on `threads` threads).
    void rebuild();
    // Replaces the statements with `statements` and groups them from scratch; constraints stay,
    // and families keep the ids most of their members had before.
    void rebuild(const QList<Statement>& statements);
    // Replaces everything with `statements` grouped as `state` says (no similarity search for
    // statements the state places; the others are added incrementally).
    void restore(const QList<Statement>& statements, const FamilyState& state);
    // The same two from statements hashed before (MinHashLshIndex::prepare() with this index's
    // options, and their TextNormalizer fingerprints, in the same order): no text is normalised.
    void restore(std::vector<MinHashLshIndex::Prepared>&& prepared, const std::vector<quint64>& textKeys,
        const FamilyState& state);
    void add(std::vector<MinHashLshIndex::Prepared>&& prepared, const std::vector<quint64>& textKeys);
    FamilyState exportState() const;

    bool contains(qint64 statementId) const { return m_nodeOf.contains(statementId); }
    qsizetype statementCount() const { return m_nodeOf.size(); }
    qint64 familyOf(qint64 statementId) const; // 0 when unknown
    QList<qint64> members(qint64 familyId) const; // ascending statement ids
    QList<qint64> familyIds(int minSize = 1) const; // ascending
    qsizetype familyCount() const { return m_rootOfFamily.size(); }
    QList<SimilarHit> similar(QStringView text, int limit) const { return m_index.query(text, limit); }

    // Manual edits. merge() keeps `targetFamily`'s id and returns it; split() moves the statement
    // (and identical copies of its text) into a family of its own and returns that family's id.
    // Both return 0 when the arguments are unknown. What they changed goes to *edit, which the
    // caller's undo step keeps: revert() takes it back, reapply() does it again (both false for
    // an empty edit).
    qint64 merge(qint64 targetFamily, qint64 otherFamily, FamilyEdit* edit = nullptr);
    qint64 split(qint64 statementId, FamilyEdit* edit = nullptr);
    bool revert(const FamilyEdit& edit);
    bool reapply(const FamilyEdit& edit);
    QList<FamilyConstraint> constraints() const;

    static quint64 textKey(QStringView text);

private:
    struct Edge
    {
        std::uint32_t a;
        std::uint32_t b;
        float similarity;
    };
    static constexpr qint64 NoFamily = 0;

    std::uint32_t newNode(qint64 statementId, quint64 key);
    void joinSimilar(std::uint32_t node);
    void unite(std::uint32_t node, const QList<SimilarHit>& hits);
    // Indexes the statements not known yet (hashing on the worker threads); returns their nodes.
    std::vector<std::uint32_t> indexStatements(const QList<Statement>& statements);
    // Inserts statements hashed before (skipping known ids); returns their nodes.
    std::vector<std::uint32_t> insertPrepared(
        std::vector<MinHashLshIndex::Prepared>&& prepared, const std::vector<quint64>& keys);
    void restoreNodes(const std::vector<std::uint32_t>& nodes, const FamilyState& state);
    // For each node, the first of `nodes` with the same text key (itself when it is the first).
    std::vector<std::uint32_t> firstOfSameText(const std::vector<std::uint32_t>& nodes) const;
    // joinSimilar(), applyMustLinks() and ensureFamily() for each node, searches in parallel.
    void joinAll(const std::vector<std::uint32_t>& nodes);
    // m_options.threads when there are enough items to pay for the threads, else 1.
    int threadsFor(std::size_t items) const;
    void applyMustLinks(std::uint32_t node);
    bool allowed(std::uint32_t rootA, std::uint32_t rootB) const;
    std::uint32_t uniteNodes(std::uint32_t a, std::uint32_t b, qint64 forcedFamily = NoFamily);
    qint64 ensureFamily(std::uint32_t node);
    std::vector<Edge> edgesWithin(
        const std::vector<std::uint32_t>& nodes, const std::vector<std::uint8_t>& inRegion) const;
    void regroup(std::vector<std::uint32_t> nodes, const QHash<qint64, qint64>& hints);
    QHash<qint64, qint64> assignmentOf(const std::vector<std::uint32_t>& nodes) const;
    std::vector<std::uint32_t> nodesOfStatements(const QList<qint64>& statementIds) const;
    void addConstraint(const FamilyConstraint& constraint);
    void trackKey(quint64 key);
    void apply(const FamilyEdit& edit, bool forward);
    void clear();

    Options m_options;
    MinHashLshIndex m_index;
    DisjointSets m_sets;
    std::vector<qint64> m_nodeIds; // 0 for a freed node
    std::vector<quint64> m_nodeKeys;
    std::vector<qint64> m_familyOfRoot; // meaningful at roots only
    std::vector<std::uint32_t> m_freeNodes;
    QHash<qint64, std::uint32_t> m_nodeOf;
    QHash<qint64, std::uint32_t> m_rootOfFamily;
    qint64 m_nextFamilyId = 1;

    FamilyConstraintSet m_constraints;
    QHash<quint64, QList<std::uint32_t>> m_keyNodes; // only keys that appear in constraints
};

} // namespace ql
