#include "Store.h"

#include "ChangeNotifier.h"
#include "StorePrivate.h"
#include "StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

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

// Deletes one row (cascading to what it owns) and the tags and speakers nobody uses any more, in
// one transaction, so undoing the removal can restore exactly what was there.
QList<FigureRow> Store::figureRows(const QString& kind) const
{
    QList<FigureRow> out;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT %1, COALESCE(s.said_on, a.published), COALESCE(sp.name, ''),"
        " CASE WHEN a.publisher <> '' THEN a.publisher ELSE a.title END, COALESCE(s.text, f.text),"
        " COALESCE(a.publisher, '')"
        " FROM figures f JOIN articles a ON a.id = f.article_id"
        " LEFT JOIN statements s ON s.id = f.statement_id LEFT JOIN speakers sp ON sp.id = s.speaker_id"
        " WHERE (? = '' OR f.kind = ?)"
        " ORDER BY COALESCE(s.said_on, a.published) IS NULL, COALESCE(s.said_on, a.published), f.id")
                  .arg(figureColumns(QStringLiteral("f."))));
    q.addBindValue(textValue(kind));
    q.addBindValue(textValue(kind));
    if (!q.exec())
        return out;
    while (q.next()) {
        FigureRow r;
        r.figure = figureFrom(q);
        r.date = dateFrom(q.value(11));
        r.speaker = q.value(12).toString();
        r.source = q.value(13).toString();
        r.publisher = q.value(15).toString();
        r.sentence = q.value(14).toString();
        out.append(r);
    }
    return out;
}

} // namespace ql
