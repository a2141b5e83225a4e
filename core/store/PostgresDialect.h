#pragma once

#include "core/store/StoreDialect.h"

namespace ql {

// The team store's SQL on PostgreSQL 15: 64-bit identity ids, BYTEA, DOUBLE PRECISION, the version in
// a schema_meta table under an advisory lock, full-text search through generated tsvector columns
// with GIN indexes instead of FTS5 tables, and RETURNING id instead of the last insert rowid.
class PostgresDialect final : public StoreDialect
{
public:
    // The advisory lock every process takes before it reads or changes the schema.
    static constexpr qint64 SchemaLock = 0x51544c4e;
    // The LISTEN/NOTIFY channel on which every committed change is announced (payload: the table).
    static constexpr const char* ChangeChannel = "quoteline_changes";

    Kind kind() const override { return Kind::Postgres; }
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
