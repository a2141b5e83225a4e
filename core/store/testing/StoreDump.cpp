#include "store/testing/StoreDump.h"

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
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
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
                    cells << r.fieldName(i) + QLatin1Char('=')
                            + (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
                }
                rows << table + QLatin1Char('|') + cells.join(QLatin1Char('|'));
            }
        }
        // The FTS index must agree with the base table: count what a match over every row finds.
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT count(*) FROM statements_fts")) && q.next())
            rows << QStringLiteral("fts statements=") + q.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    rows.sort();
    return rows;
}

} // namespace ql::test
