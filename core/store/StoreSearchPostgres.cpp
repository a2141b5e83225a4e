#include "core/store/StoreSearchPostgres.h"

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

namespace {

// Snippets as FTS5's snippet() gives them: matches in [ ], about 24 words, an ellipsis where cut.
const char* const kHeadline = "'StartSel=[, StopSel=], MaxWords=24, MinWords=12, ShortWord=0,"
                              " MaxFragments=1, FragmentDelimiter=…'";

} // namespace

QList<SearchHit> searchPostgres(QSqlDatabase& db, const QString& query, int limit)
{
    QList<SearchHit> out;
    const QString ts = tsQuery(query);
    if (ts.isEmpty())
        return out;
    // As on SQLite (StoreSearch.cpp): the best matches (ts_rank) among the newest RankWindow by id,
    // never a rank of every match; ts_rank and ts_headline run on the window and the page only.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT s.article_id, s.id, a.title, COALESCE(sp.name, ''), ts_headline('simple', s.text, tsq, %1)"
        " FROM (SELECT id FROM statements WHERE search @@ to_tsquery('simple', ?) ORDER BY id DESC LIMIT ?) f"
        " JOIN statements s ON s.id = f.id CROSS JOIN to_tsquery('simple', ?) AS tsq"
        " JOIN articles a ON a.id = s.article_id LEFT JOIN speakers sp ON sp.id = s.speaker_id"
        " ORDER BY ts_rank(s.search, tsq) DESC, s.id DESC LIMIT ?")
                  .arg(QString::fromUtf8(kHeadline)));
    q.addBindValue(ts);
    q.addBindValue(std::max(limit, RankWindow));
    q.addBindValue(ts);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next()) {
            SearchHit h;
            h.articleId = q.value(0).toLongLong();
            h.statementId = q.value(1).toLongLong();
            h.articleTitle = q.value(2).toString();
            h.speaker = q.value(3).toString();
            h.snippet = q.value(4).toString();
            out.append(h);
        }
    }
    // The snippet of an article comes from its first 100,000 characters: ts_headline reads the whole
    // text it is given, and a long article's snippet is not worth a second of the analyst's time.
    q.prepare(QStringLiteral(
        "SELECT a.id, a.title, ts_headline('simple', left(a.text, 100000), tsq, %1)"
        " FROM (SELECT id FROM articles WHERE search @@ to_tsquery('simple', ?) ORDER BY id DESC LIMIT ?) f"
        " JOIN articles a ON a.id = f.id CROSS JOIN to_tsquery('simple', ?) AS tsq"
        " ORDER BY ts_rank(a.search, tsq) DESC, a.id DESC LIMIT ?")
                  .arg(QString::fromUtf8(kHeadline)));
    q.addBindValue(ts);
    q.addBindValue(std::max(limit, RankWindow));
    q.addBindValue(ts);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next()) {
            SearchHit h;
            h.articleId = q.value(0).toLongLong();
            h.articleTitle = q.value(1).toString();
            h.snippet = q.value(2).toString();
            out.append(h);
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
