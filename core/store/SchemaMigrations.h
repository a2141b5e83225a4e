#pragma once

#include <QString>

class QSqlDatabase;

namespace ql {

// Versioned schema steps for the SQLite dialect. Version N is reached by running every step
// after the file's PRAGMA user_version, each in its own transaction with the version bump.
class SchemaMigrations
{
public:
    static constexpr int CurrentVersion = 4;
    static constexpr int ApplicationId = 0x51544c4e; // "QTLN": marks a file as a Quoteline store

    // Brings `db` from its user_version to `target`; returns an error message, empty on success.
    static QString migrate(QSqlDatabase& db, int target = CurrentVersion);

private:
    static QStringList stepSql(int version);
};

} // namespace ql
