#include "core/store/StoreSearchPostgres.h"

#include "core/store/StoreSql.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace ql::storesql {

QString tsQuery(const QString& input)
{
    // to_tsvector('simple') splits "NATO's" into "nato" and "s"; the query splits the same way, and
    // only letters and digits reach the tsquery, so no operator can be smuggled in.
    static const QRegularExpression words(
        QStringLiteral("[\\p{L}\\p{N}]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    QSet<QString> seen;
    auto it = words.globalMatch(input);
    while (it.hasNext() && terms.size() < MaxSearchTerms) {
        const QString w = it.next().captured(0).toLower();
        if (seen.contains(w))
            continue;
        seen.insert(w);
        terms << QLatin1Char('\'') + w + QStringLiteral("':*");
    }
    return terms.join(QStringLiteral(" & "));
}

QList<SearchMatch> searchPostgres(QSqlDatabase& db, const QString& query, int limit)
{
    QList<SearchMatch> out;
    const QString ts = tsQuery(query);
    if (ts.isEmpty())
        return out;
    // As on SQLite (StoreSearch.cpp): the best matches (ts_rank) among the newest RankWindow by id,
    // never a rank of every match. Snippets are made by the caller from the text, as on SQLite
    // (ts_headline parsed each whole article again: most of a team search's time).
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT s.article_id, s.id, a.title, COALESCE(sp.name, ''), s.text, s.note, s.start_pos, s.end_pos"
        " FROM (SELECT id FROM statements WHERE search @@ to_tsquery('simple', ?) ORDER BY id DESC LIMIT ?) f"
        " JOIN statements s ON s.id = f.id CROSS JOIN to_tsquery('simple', ?) AS tsq"
        " JOIN articles a ON a.id = s.article_id LEFT JOIN speakers sp ON sp.id = s.speaker_id"
        " ORDER BY ts_rank(s.search, tsq) DESC, s.id DESC LIMIT ?"));
    q.addBindValue(ts);
    q.addBindValue(std::max(limit, RankWindow));
    q.addBindValue(ts);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next()) {
            out.append(statementMatchFrom(q));
        }
    }
    q.prepare(QStringLiteral(
        "SELECT a.id, a.title, a.text, a.note"
        " FROM (SELECT id FROM articles WHERE search @@ to_tsquery('simple', ?) ORDER BY id DESC LIMIT ?) f"
        " JOIN articles a ON a.id = f.id CROSS JOIN to_tsquery('simple', ?) AS tsq"
        " ORDER BY ts_rank(a.search, tsq) DESC, a.id DESC LIMIT ?"));
    q.addBindValue(ts);
    q.addBindValue(std::max(limit, RankWindow));
    q.addBindValue(ts);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next()) {
            out.append(articleMatchFrom(q));
        }
    }
    return out;
}

QList<qint64> searchStatementIdsPostgres(QSqlDatabase& db, const QString& query, int limit)
{
    QList<qint64> out;
    const QString ts = tsQuery(query);
    if (ts.isEmpty())
        return out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM statements WHERE search @@ to_tsquery('simple', ?) LIMIT ?"));
    q.addBindValue(ts);
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}

} // namespace ql::storesql
