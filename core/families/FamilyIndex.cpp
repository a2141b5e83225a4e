#include "core/families/FamilyIndex.h"

#include "core/analysis/comparison/TextNormalizer.h"
#include "core/store/Store.h"

#include <algorithm>
#include <iterator>

namespace ql {

namespace {

void unpack(QList<VariantSignature>&& signatures, std::vector<MinHashLshIndex::Prepared>& prepared,
    std::vector<quint64>& keys)
{
    prepared.resize(size_t(signatures.size()));
    keys.resize(size_t(signatures.size()));
    for (qsizetype i = 0; i < signatures.size(); ++i) {
        VariantSignature& s = signatures[i];
        MinHashLshIndex::Prepared& p = prepared[size_t(i)];
        p.id = s.statementId;
        p.tokens = std::move(s.tokens);
        p.bandKeys = std::move(s.bandKeys);
        keys[size_t(i)] = s.textKey;
    }
}

} // namespace

FamilyIndex::FamilyIndex(Store& store)
    : m_store(store)
{ }

StoreError FamilyIndex::save()
{
    FamilyState state = m_families.exportState();
    const StoreError error = m_store.saveFamilyState(state, m_saved ? &*m_saved : nullptr);
    // After a failed write the store's content is unknown: the next save rewrites everything.
    if (error.isError())
        m_saved.reset();
    else
        m_saved = std::move(state);
    return error;
}

StoreError FamilyIndex::load()
{
    // Keys are written with every statement; this hashes only what an older store or an edit left
    // without them (or everything once, after the hashing changed).
    QList<qint64> hashed;
    if (const StoreError e = m_store.refreshVariantKeys(&hashed); e.isError())
        return e;
    m_lastHashed = int(hashed.size());
    QList<VariantSignature> signatures = m_store.variantSignatures();
    const qsizetype count = signatures.size();
    std::vector<MinHashLshIndex::Prepared> prepared;
    std::vector<quint64> keys;
    unpack(std::move(signatures), prepared, keys);
    FamilyState state = m_store.familyState();
    m_families.restore(std::move(prepared), keys, state);
    const bool unplaced = state.familyOfStatement.size() != count;
    m_saved = std::move(state);
    // restore() adds statements the saved state did not place: persist that at once.
    return unplaced ? save() : StoreError::none();
}

StoreError FamilyIndex::sync()
{
    // New statements come with their keys; an edited text lost its keys and is hashed here.
    QList<qint64> hashed;
    if (const StoreError e = m_store.refreshVariantKeys(&hashed); e.isError())
        return e;
    m_lastHashed = int(hashed.size());
    const QList<qint64> present = m_store.variantStatementIds(); // ascending
    const QList<qint64> known = m_families.index().ids(); // ascending
    QList<qint64> gone;
    QList<qint64> added;
    std::set_difference(
        known.cbegin(), known.cend(), present.cbegin(), present.cend(), std::back_inserter(gone));
    std::set_difference(
        present.cbegin(), present.cend(), known.cbegin(), known.cend(), std::back_inserter(added));
    // A re-hashed id the index knows is an edit: it is added again with its new text.
    for (const qint64 id : std::as_const(hashed))
        if (m_families.contains(id))
            added.append(id);
    m_families.remove(gone);
    if (!added.isEmpty()) {
        std::vector<MinHashLshIndex::Prepared> prepared;
        std::vector<quint64> keys;
        unpack(m_store.variantSignatures(added), prepared, keys);
        m_families.add(std::move(prepared), keys); // a known id is re-added with its new text
    }
    return !gone.isEmpty() || !added.isEmpty() ? save() : StoreError::none();
}

StoreError FamilyIndex::rebuild()
{
    if (const StoreError e = m_store.refreshVariantKeys(); e.isError())
        return e;
    m_families.rebuild(m_store.allStatements());
    return save();
}

qint64 FamilyIndex::merge(qint64 targetFamily, qint64 otherFamily, FamilyEdit* edit, StoreError* error)
{
    const qint64 family = m_families.merge(targetFamily, otherFamily, edit);
    StoreError e = family
        ? save()
        : StoreError::make(StoreError::Code::NotFound,
            QStringLiteral("family %1 or %2 does not exist").arg(targetFamily).arg(otherFamily));
    if (error)
        *error = e;
    return e.isError() ? 0 : family;
}

qint64 FamilyIndex::split(qint64 statementId, FamilyEdit* edit, StoreError* error)
{
    const qint64 family = m_families.split(statementId, edit);
    StoreError e = family ? save()
                          : StoreError::make(StoreError::Code::NotFound,
                              QStringLiteral("statement %1 is in no family").arg(statementId));
    if (error)
        *error = e;
    return e.isError() ? 0 : family;
}

StoreError FamilyIndex::revert(const FamilyEdit& edit)
{
    return m_families.revert(edit) ? save() : StoreError::none();
}

StoreError FamilyIndex::reapply(const FamilyEdit& edit)
{
    return m_families.reapply(edit) ? save() : StoreError::none();
}

QList<StatementRow> FamilyIndex::members(qint64 familyId) const
{
    return m_store.statementRowsByIds(m_families.members(familyId));
}

QList<QPair<double, StatementRow>> FamilyIndex::similar(const QString& text, int limit) const
{
    // The store's band look-up gives the candidates; each is verified with the exact similarity on
    // its stored token set, as the in-memory index would (MinHashLshIndex::query()).
    const MinHashLshIndex& index = m_families.index();
    const MinHashLshIndex::Prepared query = index.prepare(0, TextNormalizer().tokenize(text));
    QList<SimilarHit> hits;
    if (!query.tokens.empty()) {
        for (const VariantSignature& s :
            m_store.variantSignatures(m_store.variantCandidates(query.bandKeys))) {
            const double sim = index.measure().similarity(
                query.tokens.data(), query.tokens.size(), s.tokens.data(), s.tokens.size());
            if (sim > 0.0)
                hits.append({ s.statementId, sim });
        }
    }
    const auto better = [](const SimilarHit& a, const SimilarHit& b) {
        return a.similarity != b.similarity ? a.similarity > b.similarity : a.id < b.id;
    };
    std::sort(hits.begin(), hits.end(), better);
    if (limit > 0 && hits.size() > limit)
        hits.erase(hits.begin() + limit, hits.end());
    QList<qint64> ids;
    for (const SimilarHit& h : std::as_const(hits))
        ids << h.id;
    const QList<StatementRow> rows = m_store.statementRowsByIds(ids);
    QHash<qint64, StatementRow> byId;
    for (const StatementRow& r : rows)
        byId.insert(r.statement.id, r);
    QList<QPair<double, StatementRow>> out;
    for (const SimilarHit& h : std::as_const(hits))
        if (byId.contains(h.id))
            out.append({ h.similarity, byId.value(h.id) });
    return out;
}

} // namespace ql
