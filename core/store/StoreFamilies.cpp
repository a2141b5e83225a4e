#include "core/store/Store.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/StorePrivate.h"
#include "core/store/StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace ql {

using namespace storesql;

// --- families ----------------------------------------------------------------------------------

FamilyState Store::familyState() const
{
    FamilyState state;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT statement_id, family_id FROM statement_families")))
        while (q.next())
            state.familyOfStatement.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    if (q.exec(QStringLiteral("SELECT key_a, key_b, must_link FROM family_constraints")))
        while (q.next())
            state.constraints.append(
                { q.value(2).toInt() ? FamilyConstraint::Kind::MustLink : FamilyConstraint::Kind::CannotLink,
                    quint64(q.value(0).toLongLong()), quint64(q.value(1).toLongLong()) });
    if (q.exec(QStringLiteral("SELECT value FROM store_meta WHERE key = 'next_family_id'")) && q.next())
        state.nextFamilyId = std::max<qint64>(1, q.value(0).toLongLong());
    return state;
}

StoreError Store::saveFamilyState(const FamilyState& state, const FamilyState* saved)
{
    Transaction tx = d->write(m_batch.open);
    QSqlQuery q(d->db);
    if (!saved && !q.exec(QStringLiteral("DELETE FROM statement_families")))
        return sqlError(QStringLiteral("cannot replace families"), q.lastError().text());
    if (saved) {
        q.prepare(QStringLiteral("DELETE FROM statement_families WHERE statement_id = ?"));
        for (auto it = saved->familyOfStatement.cbegin(); it != saved->familyOfStatement.cend(); ++it) {
            if (state.familyOfStatement.contains(it.key()))
                continue;
            q.bindValue(0, it.key());
            if (!q.exec())
                return sqlError(QStringLiteral("cannot remove family member"), q.lastError().text());
        }
    }
    // Only statements that still exist: a family state may be a moment older than a deletion.
    q.prepare(QStringLiteral("INSERT INTO statement_families(statement_id, family_id)"
                             " SELECT CAST(? AS BIGINT), CAST(? AS BIGINT)"
                             " WHERE EXISTS (SELECT 1 FROM statements WHERE id = ?)"
                             " ON CONFLICT (statement_id) DO UPDATE SET family_id = excluded.family_id"));
    for (auto it = state.familyOfStatement.cbegin(); it != state.familyOfStatement.cend(); ++it) {
        if (saved) {
            const auto before = saved->familyOfStatement.constFind(it.key());
            if (before != saved->familyOfStatement.cend() && *before == it.value())
                continue;
        }
        q.bindValue(0, it.key());
        q.bindValue(1, it.value());
        q.bindValue(2, it.key());
        if (!q.exec())
            return sqlError(QStringLiteral("cannot store family"), q.lastError().text());
    }
    if (!saved || saved->constraints != state.constraints) {
        if (!q.exec(QStringLiteral("DELETE FROM family_constraints")))
            return sqlError(QStringLiteral("cannot replace family constraints"), q.lastError().text());
        q.prepare(QStringLiteral("INSERT INTO family_constraints(key_a, key_b, must_link) VALUES (?, ?, ?) "
                                 "ON CONFLICT DO NOTHING"));
        for (const FamilyConstraint& c : state.constraints) {
            q.bindValue(0, qint64(c.keyA));
            q.bindValue(1, qint64(c.keyB));
            q.bindValue(2, c.kind == FamilyConstraint::Kind::MustLink ? 1 : 0);
            if (!q.exec())
                return sqlError(QStringLiteral("cannot store family constraint"), q.lastError().text());
        }
    }
    q.prepare(QStringLiteral("INSERT INTO store_meta(key, value) VALUES ('next_family_id', ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(state.nextFamilyId));
    if (!q.exec())
        return sqlError(QStringLiteral("cannot store family counter"), q.lastError().text());
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit families"), d->db.lastError().text());
    emit m_notifier->familiesChanged();
    return {};
}

QList<Statement> Store::allStatements() const
{
    QList<Statement> out;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT s.id, s.article_id, s.text, COALESCE(sp.name, ''), s.kind, s.said_on,"
                           " s.said_from, s.said_to, s.said_evidence"
                           " FROM statements s LEFT JOIN speakers sp ON sp.id = s.speaker_id ORDER BY s.id")))
        return out;
    while (q.next()) {
        Statement s;
        s.id = q.value(0).toLongLong();
        s.articleId = q.value(1).toLongLong();
        s.text = q.value(2).toString();
        s.speaker = q.value(3).toString();
        statementKindFromName(q.value(4).toString(), s.kind);
        s.saidOn = dateFrom(q.value(5));
        s.said = saidWindowFrom(q, 6);
        out.append(s);
    }
    return out;
}

QList<StatementRow> Store::statementRowsByIds(const QList<qint64>& ids) const
{
    QList<StatementRow> out;
    if (ids.isEmpty())
        return out;
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id); // integers only: safe to inline
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM statements s JOIN articles a ON a.id = s.article_id"
                               " LEFT JOIN speakers sp ON sp.id = s.speaker_id WHERE s.id IN (%2)"
                               " ORDER BY s.said_on IS NULL, s.said_on, s.id")
                    .arg(statementColumns(), list.join(QLatin1Char(',')))))
        return out;
    while (q.next())
        out.append(statementRowFrom(q));
    return out;
}

QList<StatementRow> Store::transcriptStatements(const QString& speaker, const QDate& around, int days) const
{
    QList<StatementRow> out;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM statements s JOIN articles a ON a.id = s.article_id"
                                 " JOIN speakers sp ON sp.id = s.speaker_id"
                                 " WHERE s.kind = 'transcript' AND sp.name = ?")
                      .arg(statementColumns());
    if (around.isValid())
        sql += QStringLiteral(" AND s.said_on BETWEEN ? AND ?");
    q.prepare(sql + QStringLiteral(" ORDER BY s.article_id, s.start_pos"));
    q.addBindValue(speaker);
    if (around.isValid()) {
        q.addBindValue(around.addDays(-days).toString(Qt::ISODate));
        q.addBindValue(around.addDays(days).toString(Qt::ISODate));
    }
    if (q.exec())
        while (q.next())
            out.append(statementRowFrom(q));
    return out;
}

} // namespace ql
