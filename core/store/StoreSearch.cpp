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

// --- search ------------------------------------------------------------------------------------

QList<SearchHit> Store::search(const QString& query, int limit) const
{
    QList<SearchHit> out;
    const QString fts = ftsQuery(query);
    if (fts.isEmpty())
        return out;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT s.article_id, s.id, a.title, COALESCE(sp.name, ''),"
                       " snippet(statements_fts, 0, '[', ']', '…', 24)"
                       " FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid"
                       " JOIN articles a ON a.id = s.article_id LEFT JOIN speakers sp ON sp.id = s.speaker_id"
                       " WHERE statements_fts MATCH ? ORDER BY rank LIMIT ?"));
    q.addBindValue(fts);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            out.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString() });
    }
    q.prepare(QStringLiteral("SELECT a.id, a.title, snippet(articles_fts, 1, '[', ']', '…', 24)"
                             " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
                             " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"));
    q.addBindValue(fts);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            out.append(
                { q.value(0).toLongLong(), 0, q.value(1).toString(), QString(), q.value(2).toString() });
    }
    return out;
}

QList<qint64> Store::searchStatementIds(const QString& query, int limit) const
{
    QList<qint64> out;
    const QString fts = ftsQuery(query);
    if (fts.isEmpty())
        return out;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? LIMIT ?"));
    q.addBindValue(fts);
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}

} // namespace ql
