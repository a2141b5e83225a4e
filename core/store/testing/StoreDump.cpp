#include "core/store/testing/StoreDump.h"

#include "core/store/StoreLocation.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace ql::test {

QStringList dumpStore(const QString& path)
{
    QStringList rows;
    const QString name = QStringLiteral("ql-test-dump");
    {
        // A team store's URL is dumped the same way, through a PostgreSQL connection.
        const bool team = StoreLocation::looksLikeUrl(path);
        QSqlDatabase db
            = QSqlDatabase::addDatabase(team ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (team) {
            QString error;
            const StoreLocation location = StoreLocation::parse(path, &error);
            db.setHostName(location.host);
            if (location.port > 0)
                db.setPort(location.port);
            db.setDatabaseName(location.database);
            db.setUserName(location.user);
            db.setPassword(location.password);
            db.setConnectOptions(location.connectOptions);
        } else {
            db.setDatabaseName(path);
        }
        if (!db.open())
            return { QStringLiteral("cannot open %1").arg(path) };
        const QStringList tables = { QStringLiteral("articles"), QStringLiteral("speakers"),
            QStringLiteral("speaker_aliases"), QStringLiteral("statements"), QStringLiteral("figures"),
            QStringLiteral("tags"), QStringLiteral("statement_tags"), QStringLiteral("offices"),
            QStringLiteral("events"), QStringLiteral("statement_families"),
            QStringLiteral("family_constraints"), QStringLiteral("store_meta") };
        for (const QString& table : tables) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table))) {
                rows << table + QStringLiteral(": missing");
                continue;
            }
            while (q.next()) {
                QStringList cells;
                const QSqlRecord r = q.record();
                for (int i = 0; i < r.count(); ++i) {
                    // imported_at is a wall-clock stamp, not content.
                    if (r.fieldName(i) == QLatin1String("imported_at"))
                        continue;
                    // PostgreSQL only: the generated search vector is not content.
                    if (r.fieldName(i) == QLatin1String("search"))
                        continue;
                    // The row version counts edits (undo is an edit too); it guards writes, it is not
                    // content.
                    if (r.fieldName(i) == QLatin1String("row_version"))
                        continue;
                    cells << r.fieldName(i) + QLatin1Char('=')
                            + (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
                }
                rows << table + QLatin1Char('|') + cells.join(QLatin1Char('|'));
            }
        }
        // The FTS index must agree with the base table: count what a match over every row finds.
        QSqlQuery q(db);
        if (q.exec(team ? QStringLiteral("SELECT count(*) FROM statements WHERE search IS NOT NULL")
                        : QStringLiteral("SELECT count(*) FROM statements_fts"))
            && q.next())
            rows << QStringLiteral("fts statements=") + q.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    rows.sort();
    return rows;
}

} // namespace ql::test
