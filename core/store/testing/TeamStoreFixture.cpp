#include "core/store/testing/TeamStoreFixture.h"

#include "core/store/StoreLocation.h"

#include <QAtomicInteger>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace ql::test {

namespace {

QAtomicInteger<int> s_connections;

// Runs `statements` on a connection of its own to `url`; an empty string, or what failed.
QString run(const QString& url, const QStringList& statements)
{
    QString error;
    const StoreLocation location = StoreLocation::parse(url, &error);
    if (!error.isEmpty())
        return error;
    const QString name = QStringLiteral("ql-team-fixture-%1").arg(s_connections.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location.host);
        if (location.port > 0)
            db.setPort(location.port);
        db.setDatabaseName(location.database);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setConnectOptions(location.connectOptions);
        if (!db.open()) {
            error = QStringLiteral("cannot connect to %1: %2")
                        .arg(location.displayName(), db.lastError().text());
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SET client_min_messages = warning")); // no NOTICE lines in the test log
            for (const QString& sql : statements) {
                if (!q.exec(sql)) {
                    error = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
                    break;
                }
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

QString TeamStoreFixture::serverUrl(QString* error)
{
    error->clear();
    QString url = qEnvironmentVariable("QL_TEST_PG_URL");
    if (url.isEmpty()) {
        const QString file = qEnvironmentVariable("QL_TEST_PG_URL_FILE");
        if (file.isEmpty()) {
            *error = QStringLiteral("no PostgreSQL server for the tests: run them through ctest (the "
                                    "pg_cluster fixture starts one) or set QL_TEST_PG_URL");
            return {};
        }
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("no PostgreSQL server for the tests: %1 cannot be read (%2); did "
                                    "the pg_cluster fixture start?")
                         .arg(file, f.errorString());
            return {};
        }
        url = QString::fromUtf8(f.readAll()).trimmed();
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed");
        return {};
    }
    return url;
}

QString TeamStoreFixture::createDatabase(const QString& name, QString* error)
{
    const QString server = serverUrl(error);
    if (server.isEmpty())
        return {};
    QUrl url(server);
    const QString quoted = QLatin1Char('"') + name + QLatin1Char('"');
    *error = run(server,
        { QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted),
            QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(quoted) });
    if (!error->isEmpty())
        return {};
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

QString TeamStoreFixture::execute(const QString& url, const QStringList& statements)
{
    return run(url, statements);
}

} // namespace ql::test
