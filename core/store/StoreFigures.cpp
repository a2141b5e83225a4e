#include "core/store/Store.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/StorePrivate.h"
#include "core/store/StoreSql.h"
#include "core/store/Transaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace ql {

using namespace storesql;

// --- figures -----------------------------------------------------------------------------------

QList<Figure> Store::figures(qint64 articleId) const
{
    QList<Figure> out;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    const QString base = QStringLiteral("SELECT %1 FROM figures").arg(figureColumns(QString()));
    if (articleId > 0) {
        q.prepare(base + QStringLiteral(" WHERE article_id = ? ORDER BY start_pos, id"));
        q.addBindValue(articleId);
    } else {
        q.prepare(base + QStringLiteral(" ORDER BY id"));
    }
    if (!q.exec())
        return out;
    while (q.next())
        out.append(figureFrom(q));
    return out;
}

namespace {
// `articleFilter` is empty or " AND f.article_id IN (…)" built from integers only.
QList<FigureRow> readFigureRows(QSqlDatabase& db, const QString& kind, const QString& articleFilter)
{
    QList<FigureRow> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT %1, COALESCE(s.said_on, a.published), COALESCE(sp.name, ''),"
        " CASE WHEN a.publisher <> '' THEN a.publisher ELSE a.title END, COALESCE(s.text, f.text),"
        " COALESCE(a.publisher, '')"
        " FROM figures f JOIN articles a ON a.id = f.article_id"
        " LEFT JOIN statements s ON s.id = f.statement_id LEFT JOIN speakers sp ON sp.id = s.speaker_id"
        " WHERE (? = '' OR f.kind = ?)%2"
        " ORDER BY COALESCE(s.said_on, a.published) IS NULL, COALESCE(s.said_on, a.published), f.id")
                  .arg(figureColumns(QStringLiteral("f.")), articleFilter));
    q.addBindValue(textValue(kind));
    q.addBindValue(textValue(kind));
    if (!q.exec())
        return out;
    while (q.next()) {
        FigureRow r;
        r.figure = figureFrom(q);
        r.date = dateFrom(q.value(14));
        r.speaker = q.value(15).toString();
        r.source = q.value(16).toString();
        r.publisher = q.value(18).toString();
        r.sentence = q.value(17).toString();
        out.append(r);
    }
    return out;
}
} // namespace

// One query for the whole chart: the statement's day wins over the article's, and undated rows come last.
QList<FigureRow> Store::figureRows(const QString& kind) const
{
    return readFigureRows(d->db, kind, QString());
}

QList<FigureRow> Store::figureRowsOfArticles(const QList<qint64>& articleIds, const QString& kind) const
{
    QList<FigureRow> out;
    // Chunks keep each statement's text short whatever the size of the import.
    constexpr qsizetype chunk = 500;
    for (qsizetype i = 0; i < articleIds.size(); i += chunk) {
        QStringList ids;
        for (qsizetype j = i; j < std::min<qsizetype>(articleIds.size(), i + chunk); ++j)
            ids << QString::number(articleIds.at(j));
        out += readFigureRows(
            d->db, kind, QStringLiteral(" AND f.article_id IN (%1)").arg(ids.join(QLatin1Char(','))));
    }
    return out;
}

StoreError Store::setFigureActors(const QHash<qint64, QString>& actorByFigure)
{
    if (actorByFigure.isEmpty())
        return {};
    Transaction tx = d->write(m_batch.open);
    if (!tx.isActive())
        return sqlError(QStringLiteral("cannot start changing who commits"), d->db.lastError().text());
    QSqlQuery find(d->db);
    find.prepare(QStringLiteral("SELECT article_id FROM figures WHERE id = ?"));
    QSqlQuery update(d->db);
    update.prepare(QStringLiteral("UPDATE figures SET actor = ? WHERE id = ?"));
    QSet<qint64> articles;
    for (auto it = actorByFigure.cbegin(); it != actorByFigure.cend(); ++it) {
        find.addBindValue(it.key());
        if (!find.exec())
            return sqlError(QStringLiteral("cannot read figure"), find.lastError().text());
        if (!find.next())
            return StoreError::make(
                StoreError::Code::NotFound, QStringLiteral("figure %1 does not exist").arg(it.key()));
        articles.insert(find.value(0).toLongLong());
        find.finish();
        update.addBindValue(textValue(it.value().simplified()));
        update.addBindValue(it.key());
        if (!update.exec())
            return sqlError(QStringLiteral("cannot change who commits"), update.lastError().text());
    }
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit the change of who commits"), d->db.lastError().text());
    for (const qint64 id : std::as_const(articles))
        emit m_notifier->articleChanged(id);
    return {};
}

} // namespace ql
