#pragma once

// Full-text search on a team store (PostgreSQL): private to core/store, the counterpart of the FTS5
// queries in StoreSearch.cpp, which dispatches here.

#include "core/store/SearchMatch.h"

#include <QList>
#include <QString>

class QSqlDatabase;

namespace ql::storesql {

// What an analyst types as a tsquery: each word a prefix term, all of them required, as on SQLite.
// Repeated words count once and at most MaxSearchTerms are kept, so the query stays small.
QString tsQuery(const QString& input);
constexpr int MaxSearchTerms = 32;
// Matches are ranked within the newest this many by id, never all of them: on both backends
// (StoreSearch.cpp for SQLite), so a page means the same on a team store as on a personal one.
constexpr int RankWindow = 1000;

// The best statements and articles among the newest RankWindow matches, at most `limit` of each,
// statements first, best first; the caller makes their snippets.
QList<SearchMatch> searchPostgres(QSqlDatabase& db, const QString& query, int limit);
QList<qint64> searchStatementIdsPostgres(QSqlDatabase& db, const QString& query, int limit);

} // namespace ql::storesql
