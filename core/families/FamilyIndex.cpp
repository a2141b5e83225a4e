#include "FamilyIndex.h"

#include "store/Store.h"

#include <QSet>

namespace ql {

FamilyIndex::FamilyIndex(Store& store)
    : m_store(store)
{ }

StoreError FamilyIndex::save()
{
    return m_store.saveFamilyState(m_families.exportState());
}

StoreError FamilyIndex::load()
{
    const QList<Statement> statements = m_store.allStatements();
    const FamilyState state = m_store.familyState();
    m_families.restore(statements, state);
    m_textKeyOf.clear();
    for (const Statement& s : statements)
        m_textKeyOf.insert(s.id, VariantFamilies::textKey(s.text));
    // restore() adds statements the saved state did not place: persist that at once.
    if (state.familyOfStatement.size() != statements.size())
        return save();
    return {};
}

StoreError FamilyIndex::sync()
{
    const QList<Statement> statements = m_store.allStatements();
    bool changed = false;
    QSet<qint64> present;
    present.reserve(statements.size());
    for (const Statement& s : statements) {
        present.insert(s.id);
        const quint64 key = VariantFamilies::textKey(s.text);
        const auto known = m_textKeyOf.constFind(s.id);
        if (known != m_textKeyOf.constEnd() && *known == key && m_families.contains(s.id))
            continue;
        m_families.add(s.id, s.text); // a known id is re-added with its new text
        m_textKeyOf.insert(s.id, key);
        changed = true;
    }
    const QList<qint64> indexed = m_textKeyOf.keys();
    for (qint64 id : indexed) {
        if (present.contains(id))
            continue;
        m_families.remove(id);
        m_textKeyOf.remove(id);
        changed = true;
    }
    return changed ? save() : StoreError::none();
}

StoreError FamilyIndex::rebuild()
{
    const QList<Statement> statements = m_store.allStatements();
    m_families.rebuild(statements);
    m_textKeyOf.clear();
    for (const Statement& s : statements)
        m_textKeyOf.insert(s.id, VariantFamilies::textKey(s.text));
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
