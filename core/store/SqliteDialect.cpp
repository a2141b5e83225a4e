#include "core/store/SqliteDialect.h"

#include "core/store/SchemaMigrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ql {

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QStringList SqliteDialect::translate(const QString& sql) const
{
    return { sql };
}

QStringList SqliteDialect::extraStep(int version) const
{
    if (version == 1)
        return { QStringLiteral("PRAGMA application_id = %1").arg(SchemaMigrations::ApplicationId) };
    return {};
}

// BEGIN IMMEDIATE takes the write lock before the version is read, so a second process creating the
// same store waits (busy timeout) and then finds the schema there instead of creating it again.
QString SqliteDialect::beginMigration(QSqlDatabase& db) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return q.lastError().databaseText();
    return {};
}

QString SqliteDialect::commitMigration(QSqlDatabase& db) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("COMMIT")))
        return q.lastError().databaseText();
    return {};
}

void SqliteDialect::rollbackMigration(QSqlDatabase& db) const
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("ROLLBACK"));
}

int SqliteDialect::readVersion(QSqlDatabase& db) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList SqliteDialect::writeVersion(int version) const
{
    return { QStringLiteral("PRAGMA user_version = %1").arg(version) };
}

QString SqliteDialect::returningId(const QString& insertSql) const
{
    return insertSql;
}

qint64 SqliteDialect::insertedId(QSqlQuery& q) const
{
    return q.lastInsertId().toLongLong();
}

} // namespace ql
