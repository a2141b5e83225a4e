#include "core/store/testing/StoreFixtureFile.h"

#include "core/store/SchemaMigrations.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ql::test {

namespace {

QAtomicInteger<int> s_fixtureCounter;

} // namespace

QString StoreFixtureFile::create(const QString& path, int schemaVersion, const QStringList& statements)
{
    const QString name = QStringLiteral("ql-fixture-%1").arg(s_fixtureCounter.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        } else {
            if (schemaVersion > 0)
                error = SchemaMigrations::migrate(db, schemaVersion);
            QSqlQuery q(db);
            for (const QString& sql : statements) {
                if (!error.isEmpty())
                    break;
                if (!q.exec(sql))
                    error = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace ql::test
