#include "FamilyIndex.h"

#include "store/Store.h"

#include <QSet>

namespace ql {

// A plain hash of the raw text: sync() only needs to notice edits, and normalising every
// statement's text on each sync would cost seconds at a million statements.
quint64 FamilyIndex::textHash(const QString& text)
{
    return quint64(qHash(text, 0));
}

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
    const QList<Statement> statements = m_store.allStatements();
    FamilyState state = m_store.familyState();
    m_families.restore(statements, state);
    m_textHashOf.clear();
    for (const Statement& s : statements)
        m_textHashOf.insert(s.id, textHash(s.text));
    const bool unplaced = state.familyOfStatement.size() != statements.size();
    m_saved = std::move(state);
    // restore() adds statements the saved state did not place: persist that at once.
    return unplaced ? save() : StoreError::none();
}

StoreError FamilyIndex::sync()
{
    const QList<Statement> statements = m_store.allStatements();
    QList<Statement> changed; // new, or edited since they were indexed
    QSet<qint64> present;
    present.reserve(statements.size());
    for (const Statement& s : statements) {
        present.insert(s.id);
        const auto known = m_textHashOf.constFind(s.id);
        if (known == m_textHashOf.constEnd() || *known != textHash(s.text) || !m_families.contains(s.id))
            changed.append(s);
    }
    QList<qint64> gone;
    for (auto it = m_textHashOf.cbegin(); it != m_textHashOf.cend(); ++it)
        if (!present.contains(it.key()))
            gone.append(it.key());
    m_families.remove(gone);
    for (const qint64 id : std::as_const(gone))
        m_textHashOf.remove(id);
    const bool removed = !gone.isEmpty();
    m_families.add(changed); // a known id is re-added with its new text
    for (const Statement& s : std::as_const(changed))
        m_textHashOf.insert(s.id, textHash(s.text));
    return removed || !changed.isEmpty() ? save() : StoreError::none();
}

StoreError FamilyIndex::rebuild()
{
    const QList<Statement> statements = m_store.allStatements();
    m_families.rebuild(statements);
    m_textHashOf.clear();
    for (const Statement& s : statements)
        m_textHashOf.insert(s.id, textHash(s.text));
    return save();
}

qint64 FamilyIndex::merge(qint64 targetFamily, qint64 otherFamily, StoreError* error)
{
    const qint64 family = m_families.merge(targetFamily, otherFamily);
    StoreError e = family
        ? save()
        : StoreError::make(StoreError::Code::NotFound,
            QStringLiteral("family %1 or %2 does not exist").arg(targetFamily).arg(otherFamily));
    if (error)
        *error = e;
    return e.isError() ? 0 : family;
}

qint64 FamilyIndex::split(qint64 statementId, StoreError* error)
{
    const qint64 family = m_families.split(statementId);
    StoreError e = family ? save()
                          : StoreError::make(StoreError::Code::NotFound,
                              QStringLiteral("statement %1 is in no family").arg(statementId));
    if (error)
        *error = e;
    return e.isError() ? 0 : family;
}

StoreError FamilyIndex::undoLast()
{
    if (!m_families.undo())
        return StoreError::make(StoreError::Code::NotFound, QStringLiteral("no family edit to undo"));
    return save();
}

StoreError FamilyIndex::redoLast()
{
    if (!m_families.redo())
        return StoreError::make(StoreError::Code::NotFound, QStringLiteral("no family edit to redo"));
    return save();
}

QList<StatementRow> FamilyIndex::members(qint64 familyId) const
{
    return m_store.statementRowsByIds(m_families.members(familyId));
}

QList<QPair<double, StatementRow>> FamilyIndex::similar(const QString& text, int limit) const
{
    const QList<SimilarHit> hits = m_families.similar(text, limit);
    QList<qint64> ids;
    for (const SimilarHit& h : hits)
        ids << h.id;
    const QList<StatementRow> rows = m_store.statementRowsByIds(ids);
    QHash<qint64, StatementRow> byId;
    for (const StatementRow& r : rows)
        byId.insert(r.statement.id, r);
    QList<QPair<double, StatementRow>> out;
    for (const SimilarHit& h : hits)
        if (byId.contains(h.id))
            out.append({ h.similarity, byId.value(h.id) });
    return out;
}

} // namespace ql
