#pragma once

#include "core/store/StoreDialect.h"
#include "core/store/WriteFailure.h"

#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QThread>

namespace ql {

// Rolls back unless commit() succeeded, so an early return can never leave half a write behind.
// Inside an open transaction (an import batch) it is a savepoint instead, so the inner write still
// lands whole or not at all while the outer transaction goes on.
class Transaction
{
public:
    enum class Mode { Outermost, Savepoint };

    // How long a writer waits for another process's write lock before it gives up with a clear
    // message. SQLite's busy timeout (5 s) waits within one attempt; this bounds all attempts.
    static constexpr int LockWaitLimitMs = 60 * 1000;

    // enclosingLost (savepoints only): set when the savepoint finds the transaction around it gone,
    // which SQLite does by itself after a full disk or an I/O error; the import batch that held that
    // transaction is then lost, whichever write inside it failed.
    explicit Transaction(QSqlDatabase& db, Mode mode = Mode::Outermost, bool* enclosingLost = nullptr)
        : m_db(db)
        , m_mode(mode)
        , m_enclosingLost(enclosingLost)
        , m_active(mode == Mode::Outermost ? beginWrite(db, &m_error)
                                           : exec(QStringLiteral("SAVEPOINT ql_write"), &m_error))
    { }
    ~Transaction()
    {
        if (!m_active)
            return;
        rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    // Why the transaction could not begin or commit, in words (empty when it did).
    QString errorText() const { return m_error; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        if (m_mode == Mode::Savepoint) {
            if (exec(QStringLiteral("RELEASE ql_write"), &m_error))
                return true;
            noteEnclosingLost(); // RELEASE fails only when the transaction around it is gone
            return false;
        }
        return commitWrite(m_db, &m_error);
    }
    // Undoes the write now. For a savepoint, false means the enclosing transaction is gone too:
    // SQLite rolled it back by itself (disk full, I/O error), so the savepoint no longer exists.
    bool rollback()
    {
        if (!m_active)
            return true;
        m_active = false;
        if (m_mode == Mode::Outermost) {
            rollbackWrite(m_db);
            return true;
        }
        // ROLLBACK TO keeps the savepoint open; RELEASE then drops it without committing anything.
        if (!exec(QStringLiteral("ROLLBACK TO ql_write"))) {
            noteEnclosingLost();
            return false;
        }
        exec(QStringLiteral("RELEASE ql_write"));
        return true;
    }

    static bool isSqlite(const QSqlDatabase& db) { return db.driverName() == QLatin1String("QSQLITE"); }

    // Starts a write transaction. On SQLite it takes the write lock at once (BEGIN IMMEDIATE): a
    // deferred transaction that reads first and writes later cannot wait for the lock when another
    // process wrote meanwhile (WAL answers SQLITE_BUSY at once, whatever the busy timeout), so a
    // concurrent import lost files as "database is locked". The busy timeout applies to BEGIN
    // IMMEDIATE, and it is retried until LockWaitLimitMs; only then does it fail, saying why.
    static bool beginWrite(QSqlDatabase& db, QString* error)
    {
        if (!isSqlite(db)) {
            if (db.transaction())
                return true;
            *error = describe(db, db.lastError());
            return false;
        }
        QDeadlineTimer deadline(LockWaitLimitMs);
        QSqlQuery q(db);
        for (;;) {
            if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
                return true;
            if (!isBusy(db, q.lastError()) || deadline.hasExpired()) {
                *error = isBusy(db, q.lastError())
                    ? QStringLiteral("the store is locked: another program has been writing to it for more "
                                     "than %1 s")
                          .arg(LockWaitLimitMs / 1000)
                    : describe(db, q.lastError());
                return false;
            }
            QThread::msleep(20);
        }
    }

    // Commits a transaction begun by beginWrite(). Through the driver, so that a caller reading
    // db.lastError() afterwards finds why the commit failed; the rollback that a failed COMMIT
    // (disk full) needs goes around the driver, so it cannot overwrite that with "cannot
    // rollback - no transaction is active" when SQLite rolled back by itself.
    static bool commitWrite(QSqlDatabase& db, QString* error)
    {
        if (db.commit())
            return true;
        *error = describe(db, db.lastError());
        rollbackWrite(db);
        return false;
    }
    // Ends a transaction without keeping anything. SQLite may have ended it already (after a
    // full disk it rolls back by itself); "no transaction is active" then means what we wanted,
    // and it is not left in db.lastError().
    static void rollbackWrite(QSqlDatabase& db)
    {
        if (!isSqlite(db)) {
            db.rollback();
            return;
        }
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    }

    // What a failed statement means, in the terms both backends share (see WriteFailure.h).
    using Failure = WriteFailure;
    static Failure classify(const QSqlDatabase& db, const QSqlError& e)
    {
        if (e.type() == QSqlError::NoError)
            return Failure::None;
        // libpq reports a connection that died between statements without a SQLSTATE.
        if (!isSqlite(db) && e.nativeErrorCode().isEmpty() && e.type() == QSqlError::ConnectionError)
            return Failure::ConnectionLost;
        return writeFailureOf(dialectOf(db), e.nativeErrorCode());
    }
    static bool isBusy(const QSqlDatabase& db, const QSqlError& e)
    {
        return classify(db, e) == Failure::Busy;
    }
    // See ql::endsTransaction(): nothing more may be written in the transaction after this failure.
    static bool endsTransaction(const QSqlDatabase& db, Failure f)
    {
        return ql::endsTransaction(dialectOf(db), f);
    }

    // The database's own words (without Qt's "Unable to fetch row" and the like), clearer for the
    // failures an analyst can do something about.
    static QString describe(const QSqlDatabase& db, const QSqlError& e)
    {
        const bool sqlite = isSqlite(db);
        switch (classify(db, e)) {
        case Failure::DiskFull:
            return sqlite ? QStringLiteral("the disk holding the store is full")
                          : QStringLiteral("the database server's disk is full");
        case Failure::Io:
            return QStringLiteral("the store cannot be written (the disk is full or failing: %1)")
                .arg(e.databaseText().trimmed());
        case Failure::Busy:
            return sqlite ? QStringLiteral("the store is locked by another program")
                          : QStringLiteral("the team store is busy with another analyst's change (%1)")
                                .arg(e.databaseText().trimmed());
        case Failure::ReadOnly:
            return QStringLiteral("the store is read-only");
        default:
            break;
        }
        const QString text = e.databaseText().trimmed();
        return text.isEmpty() ? e.text().trimmed() : text;
    }

private:
    bool exec(const QString& sql, QString* error = nullptr) const
    {
        QSqlQuery q(m_db);
        if (q.exec(sql))
            return true;
        if (error)
            *error = describe(m_db, q.lastError());
        return false;
    }
    void noteEnclosingLost()
    {
        if (m_enclosingLost)
            *m_enclosingLost = true;
    }

    static StoreDialect::Kind dialectOf(const QSqlDatabase& db)
    {
        return isSqlite(db) ? StoreDialect::Kind::Sqlite : StoreDialect::Kind::Postgres;
    }

    QSqlDatabase& m_db;
    const Mode m_mode;
    bool* const m_enclosingLost;
    QString m_error;
    bool m_active;
};

} // namespace ql
