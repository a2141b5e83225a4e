#pragma once

#include <QString>

namespace ql {

// Where the app keeps its default store when the user has not chosen one.
QString defaultStorePath();

// A store named by the user: an SQLite file path, or a PostgreSQL URL for a team store
// (postgresql://user[:password]@host[:port]/database?sslmode=…&connect_timeout=…).
struct StoreLocation
{
    enum class Kind { SqliteFile, Postgres };
    Kind kind = Kind::SqliteFile;
    QString path; // the SQLite file
    QString host; // empty: libpq's default (the local socket)
    int port = -1; // -1: libpq's default
    QString database;
    QString user; // empty: libpq's default (the login name)
    QString password; // empty: libpq asks ~/.pgpass or PGPASSWORD
    // Every query parameter as libpq conninfo ("sslmode=require;connect_timeout=5"), passed through.
    QString connectOptions;

    bool isPostgres() const { return kind == Kind::Postgres; }
    // The location as the user may see and save it: never with the password.
    QString displayName() const;

    // Parses `text`; on failure `error` says why and the result is not to be used.
    static StoreLocation parse(const QString& text, QString* error);
    static bool looksLikeUrl(const QString& text);
};

} // namespace ql
