#pragma once

#include <QString>

class QSqlDatabase;

namespace ql {

class StoreDialect;

// Versioned schema steps, written once in SQLite's SQL and translated by each dialect. Version N is
// reached by running every step after the store's version, each in its own transaction with the
// version bump, under the schema lock (two processes opening a new store create it once).
class SchemaMigrations
{
public:
    static constexpr int CurrentVersion = 10;
    static constexpr int ApplicationId = 0x51544c4e; // "QTLN": marks a file as a Quoteline store

    // Brings `db` from its version to `target`; returns an error message, empty on success.
    static QString migrate(QSqlDatabase& db, const StoreDialect& dialect, int target = CurrentVersion);
    // The same for an SQLite file.
    static QString migrate(QSqlDatabase& db, int target = CurrentVersion);

private:
    static QStringList stepSql(int version);
};

} // namespace ql
