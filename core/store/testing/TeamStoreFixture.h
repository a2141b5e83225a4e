#pragma once

#include <QString>
#include <QStringList>

namespace ql::test {

// The PostgreSQL server the team-store tests run against: the CTest fixture (tests/core/store/pg_cluster.sh)
// starts a throwaway cluster and names it in QL_TEST_PG_URL_FILE; QL_TEST_PG_URL names one directly.
// Built into quoteline_store_testing, which only tests link.
class TeamStoreFixture
{
public:
    // The server's URL, or empty with `error` saying why there is none.
    static QString serverUrl(QString* error);
    // A new, empty database on that server (one left from an earlier run is dropped first); returns
    // its URL, or empty with `error` set.
    static QString createDatabase(const QString& name, QString* error);
    // Runs raw statements on the database at `url` (fixtures: a foreign table, a newer version);
    // returns an empty string, or what failed.
    static QString execute(const QString& url, const QStringList& statements);
};

} // namespace ql::test
