#pragma once

#include "core/store/StoreDialect.h"

namespace ql {

// The embedded store's SQL: the schema steps as written, the version in PRAGMA user_version.
class SqliteDialect final : public StoreDialect
{
public:
    Kind kind() const override { return Kind::Sqlite; }
    QString driverName() const override;
    QStringList translate(const QString& sql) const override;
    QStringList extraStep(int version) const override;
    QString beginMigration(QSqlDatabase& db) const override;
    QString commitMigration(QSqlDatabase& db) const override;
    void rollbackMigration(QSqlDatabase& db) const override;
    int readVersion(QSqlDatabase& db) const override;
    QStringList writeVersion(int version) const override;
    QString returningId(const QString& insertSql) const override;
    qint64 insertedId(QSqlQuery& q) const override;
};

} // namespace ql
