#pragma once

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

    explicit Transaction(QSqlDatabase& db, Mode mode = Mode::Outermost)
        : m_db(db)
        , m_mode(mode)
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
        if (m_mode == Mode::Savepoint)
            return exec(QStringLiteral("RELEASE ql_write"), &m_error);
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
        if (!exec(QStringLiteral("ROLLBACK TO ql_write")))
            return false;
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
            *error = describe(db.lastError());
            return false;
        }
        QDeadlineTimer deadline(LockWaitLimitMs);
        QSqlQuery q(db);
        for (;;) {
            if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
                return true;
            if (!isBusy(q.lastError()) || deadline.hasExpired()) {
                *error = isBusy(q.lastError())
                    ? QStringLiteral("the store is locked: another program has been writing to it for more "
                                     "than %1 s")
                          .arg(LockWaitLimitMs / 1000)
                    : describe(q.lastError());
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
        *error = describe(db.lastError());
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

    // SQLite's result codes (the low byte of the extended code Qt reports).
    static int sqliteCode(const QSqlError& e) { return e.nativeErrorCode().toInt() & 0xff; }
    static bool isBusy(const QSqlError& e)
    {
        const int code = sqliteCode(e);
        return code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */;
    }
    // Errors after which SQLite may have rolled the whole transaction back by itself: nothing more
    // may be written in it, or the next savepoint would open (and commit) a transaction of its own.
    static bool endsTransaction(int code)
    {
        return code == 13 /* SQLITE_FULL */ || code == 10 /* SQLITE_IOERR */ || code == 7 /* SQLITE_NOMEM */
            || code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */ || code == 5 || code == 6
            || code == 4 /* SQLITE_ABORT */ || code == 8 /* SQLITE_READONLY */;
    }

    // The database's own words (without Qt's "Unable to fetch row" and the like), clearer for the
    // failures an analyst can do something about.
    static QString describe(const QSqlError& e)
    {
        switch (sqliteCode(e)) {
        case 13:
            return QStringLiteral("the disk holding the store is full");
        case 10:
            return QStringLiteral("the store cannot be written (the disk is full or failing: %1)")
                .arg(e.databaseText());
        case 5:
        case 6:
            return QStringLiteral("the store is locked by another program");
        case 8:
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
            *error = describe(q.lastError());
        return false;
    }

    QSqlDatabase& m_db;
    const Mode m_mode;
    QString m_error;
    bool m_active;
};

} // namespace ql
