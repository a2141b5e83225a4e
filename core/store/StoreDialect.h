#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QSqlDatabase;
class QSqlQuery;

namespace ql {

// What differs between the SQL of SQLite and PostgreSQL, in one place: the schema steps are written
// once (SchemaMigrations) and each dialect translates them; the store's other SQL is portable.
class StoreDialect
{
public:
    enum class Kind { Sqlite, Postgres };
    virtual ~StoreDialect() = default;

    static std::unique_ptr<StoreDialect> create(Kind kind);

    virtual Kind kind() const = 0;
    bool isPostgres() const { return kind() == Kind::Postgres; }
    virtual QString driverName() const = 0;

    // The statements that stand for one schema statement in this dialect (none: not needed here).
    virtual QStringList translate(const QString& sql) const = 0;
    // Statements of this dialect alone, run after the translated step `version`.
    virtual QStringList extraStep(int version) const = 0;

    // Takes the schema lock (other processes creating or upgrading the same store wait) and opens
    // the migration's transaction; the version must be read again afterwards.
    virtual QString beginMigration(QSqlDatabase& db) const = 0;
    virtual QString commitMigration(QSqlDatabase& db) const = 0;
    virtual void rollbackMigration(QSqlDatabase& db) const = 0;
    // -1 when it cannot be read; 0 for an empty store.
    virtual int readVersion(QSqlDatabase& db) const = 0;
    virtual QStringList writeVersion(int version) const = 0;

    // An INSERT that hands back the new row's id (insertedId() reads it after exec()).
    virtual QString returningId(const QString& insertSql) const = 0;
    virtual qint64 insertedId(QSqlQuery& q) const = 0;
};

} // namespace ql
