#include "core/store/Store.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/PostgresDialect.h"
#include "core/store/SchemaMigrations.h"
#include "core/store/StoreLocation.h"
#include "core/store/StorePrivate.h"
#include "core/store/StoreSql.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QVariant>

#include <utility>

#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace ql {

using namespace storesql;

namespace {

QAtomicInteger<int> s_connectionCounter;

// Passwords typed for team stores in this process, so its other connections to the same store (the
// re-dating thread) need not ask again. Memory only: never settings, never the recent-stores list.
QMutex s_passwordMutex;
QHash<QString, QString> s_passwords;

void rememberPassword(const QString& store, const QString& password)
{
    const QMutexLocker lock(&s_passwordMutex);
    s_passwords.insert(store, password);
}

QString rememberedPassword(const QString& store)
{
    const QMutexLocker lock(&s_passwordMutex);
    return s_passwords.value(store);
}

// Qt appends its own words to the server's ("… Unable to fetch row"); the analyst needs the server's.
QString withoutDriverText(QString text)
{
    static const QRegularExpression driverText(QStringLiteral(
        "\\s*(QPSQL: |QSQLITE: )?(Unable to (fetch row|execute statement|execute multiple statements|"
        "begin transaction|commit transaction|rollback transaction|create query|prepare statement|"
        "bind parameters|reset statement|subscribe|connect|open database)|No query|Parameter count "
        "mismatch)\\s*$"));
    text.remove(driverText);
    return text.trimmed();
}

// Whether the database is a Quoteline store, empty, or something else (left untouched).
StoreError checkPostgres(QSqlDatabase& db, const StoreDialect& dialect, const QString& name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('schema_meta') IS NOT NULL,"
                               " (SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())"))
        || !q.next())
        return StoreError::make(StoreError::Code::CannotOpen,
            QStringLiteral("cannot read %1: %2").arg(name, withoutDriverText(q.lastError().text())));
    const bool hasMeta = q.value(0).toBool();
    const int tables = q.value(1).toInt();
    if (!hasMeta)
        return tables == 0
            ? StoreError::none()
            : StoreError::make(StoreError::Code::NotAStore,
                QStringLiteral("%1 holds tables of another program, not a Quoteline store").arg(name));
    if (!q.exec(QStringLiteral("SELECT value FROM schema_meta WHERE key = 'application_id'")))
        return StoreError::make(StoreError::Code::CannotOpen,
            QStringLiteral("cannot read %1: %2").arg(name, withoutDriverText(q.lastError().text())));
    if (q.next() && q.value(0).toLongLong() != SchemaMigrations::ApplicationId)
        return StoreError::make(
            StoreError::Code::NotAStore, QStringLiteral("%1 is not a Quoteline store").arg(name));
    const int version = dialect.readVersion(db);
    if (version > SchemaMigrations::CurrentVersion)
        return StoreError::make(StoreError::Code::NewerSchema,
            QStringLiteral("%1 was written by a newer Quoteline (schema %2; this version reads up to %3)")
                .arg(name)
                .arg(version)
                .arg(SchemaMigrations::CurrentVersion));
    return StoreError::none();
}

// The root and first leaf page of every table: a few dozen pages whatever the store's size, enough
// to refuse a file scribbled over at open; the whole file is read only by StoreCheck.
bool firstPagesReadable(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QStringList tables;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                               " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        tables << q.value(0).toString();
    for (QString table : std::as_const(tables)) {
        table.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (!q.exec(QStringLiteral("SELECT 1 FROM \"%1\" LIMIT 1").arg(table))) {
            *error = q.lastError().text();
            return false;
        }
        q.finish();
    }
    return true;
}

} // namespace

Store::Store(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
    , m_notifier(new ChangeNotifier(this))
{ }

Store::~Store()
{
    close();
}

bool Store::isOpen() const
{
    // A team store whose server went away stays open: it is lost until reconnect(), not closed.
    return d->db.isValid() && (d->db.isOpen() || (d->isPostgres() && d->connectionLost));
}

bool Store::isTeamStore() const
{
    // Still a team store while its connection is lost (Qt then reports the database closed).
    return !d->connectionName.isEmpty() && d->isPostgres();
}

bool Store::isReadOnly() const
{
    return isOpen() && d->readOnly;
}

StoreError Store::readOnlyError() const
{
    return StoreError::make(StoreError::Code::ReadOnly,
        QStringLiteral("%1 is read-only (on a read-only file system, or a file you may not change): it "
                       "can be searched, exported and backed up, not changed")
            .arg(m_path));
}

int Store::schemaVersion() const
{
    return d->dialect->readVersion(d->db);
}

namespace {

// What libpq and the server say when the connection itself is gone, as opposed to a statement
// that failed on a working connection.
bool saysConnectionLost(const QString& detail)
{
    static const char* const phrases[] = { "server closed the connection", "no connection to the server",
        "terminating connection", "could not send data to server", "could not receive data from server",
        "connection not open", "ssl syscall error", "connection to server",
        "the database system is shutting down", "the database system is starting up" };
    for (const char* phrase : phrases) {
        if (detail.contains(QLatin1String(phrase), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

StoreError Store::sqlError(const QString& what, const QString& detail) const
{
    // Every write of a read-only store fails in SQLite with "attempt to write a readonly
    // database"; the analyst is told what the store is instead.
    if (d->readOnly)
        return readOnlyError();
    if (d->isPostgres() && (d->connectionLost || saysConnectionLost(detail))) {
        d->connectionLost = true;
        return StoreError::make(StoreError::Code::ConnectionLost,
            QStringLiteral("%1 does not answer (%2): nothing of this change was stored; Quoteline "
                           "reconnects when the server answers again")
                .arg(m_path, withoutDriverText(detail)));
    }
    return StoreError::make(
        StoreError::Code::Sql, QStringLiteral("%1: %2").arg(what, withoutDriverText(detail)));
}

namespace {

// Whether an existing store file can only be read: its file system is mounted read-only (root
// included), or the file or its folder (WAL keeps -wal and -shm files there) is not writable.
bool canOnlyRead(const QFileInfo& file)
{
    struct statvfs fs
    {
    };
    if (::statvfs(QFile::encodeName(file.absolutePath()).constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY))
        return true;
    // With the effective ids and capabilities (AT_EACCESS), the ones SQLite's open() will use.
    return ::faccessat(AT_FDCWD, QFile::encodeName(file.absoluteFilePath()).constData(), W_OK, AT_EACCESS)
        != 0
        || ::faccessat(AT_FDCWD, QFile::encodeName(file.absolutePath()).constData(), W_OK, AT_EACCESS) != 0;
}

// SQLite opens a WAL store that nobody can write only as "immutable": no -shm file to create, no
// locks to take. The URI form carries that flag; the path is percent-encoded for it.
void openForReading(QSqlDatabase& db, const QString& path)
{
    db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
        + QStringLiteral("?immutable=1"));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
}

// Opens the connection on the store file and sets it up: for writing, the busy timeout first
// (switching a new file to WAL waits for another process creating it); for reading, nothing that
// writes. The caller closes the store when this fails.
StoreError connectFile(QSqlDatabase& db, const QString& path, bool readOnly)
{
    if (readOnly)
        openForReading(db, path);
    else
        db.setDatabaseName(path);
    if (!db.open())
        return StoreError::make(StoreError::Code::CannotOpen,
            QStringLiteral("cannot open %1: %2").arg(path, withoutDriverText(db.lastError().text())));
    const QStringList pragmas = readOnly
        ? QStringList { QStringLiteral("PRAGMA foreign_keys = ON") }
        : QStringList { QStringLiteral("PRAGMA busy_timeout = 5000"),
              QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
              QStringLiteral("PRAGMA synchronous = NORMAL") };
    QSqlQuery q(db);
    for (const QString& pragma : pragmas) {
        if (!q.exec(pragma))
            return StoreError::make(StoreError::Code::CannotOpen,
                QStringLiteral("cannot set up %1: %2").arg(path, withoutDriverText(q.lastError().text())));
    }
    return StoreError::none();
}

} // namespace

// Reads the file's header through a read-only connection: nothing is written to a file we refuse.
StoreError Store::checkExisting(const QString& path, bool readOnly) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError::make(
            StoreError::Code::CannotOpen, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.isEmpty())
        return StoreError::none(); // an empty file becomes a new store
    if (!header.startsWith("SQLite format 3"))
        return StoreError::make(StoreError::Code::NotAStore,
            QStringLiteral("%1 is not a Quoteline store (not an SQLite database)").arg(path));

    const QString name = QStringLiteral("ql-check-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    QString error;
    StoreError::Code code = StoreError::Code::None;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (readOnly) {
            openForReading(db, path);
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!db.open()) {
            code = StoreError::Code::CannotOpen;
            error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            int appId = 0, version = 0, tables = 0;
            bool ok = q.exec(QStringLiteral("PRAGMA application_id")) && q.next();
            if (ok) {
                appId = q.value(0).toInt();
                ok = q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
            }
            if (ok) {
                version = q.value(0).toInt();
                ok = q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
            }
            if (ok)
                tables = q.value(0).toInt();
            if (!ok) {
                code = StoreError::Code::Corrupt;
                error
                    = QStringLiteral("%1 is damaged and cannot be read: %2").arg(path, q.lastError().text());
            } else if (appId != SchemaMigrations::ApplicationId && (tables > 0 || version > 0)) {
                code = StoreError::Code::NotAStore;
                error = QStringLiteral("%1 is an SQLite database of another program, not a Quoteline store")
                            .arg(path);
            } else if (version > SchemaMigrations::CurrentVersion) {
                code = StoreError::Code::NewerSchema;
                error = QStringLiteral(
                    "%1 was written by a newer Quoteline (schema %2; this version reads up to %3)")
                            .arg(path)
                            .arg(version)
                            .arg(SchemaMigrations::CurrentVersion);
            } else if (appId == SchemaMigrations::ApplicationId && !firstPagesReadable(db, &error)) {
                code = StoreError::Code::Corrupt;
                error = QStringLiteral("%1 is damaged (%2): quoteline-cli check tells more").arg(path, error);
            }
            // No PRAGMA quick_check here: it reads the whole file (over a second for 2 GB), and
            // SQLite's journal keeps a crashed store consistent. StoreCheck does it on demand.
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return StoreError::make(code, error);
}

StoreError Store::open(const QString& path, const QString& password)
{
    close();
    QString error;
    const StoreLocation location = StoreLocation::parse(path, &error);
    if (!error.isEmpty())
        return StoreError::make(StoreError::Code::CannotOpen, error);
    if (location.isPostgres())
        return openPostgres(location, password);
    d->dialect = StoreDialect::create(StoreDialect::Kind::Sqlite);
    const QFileInfo info(path);
    if (info.exists() && canOnlyRead(info))
        return openReadOnly(path);
    if (info.exists()) {
        if (const StoreError e = checkExisting(path, false); e.isError())
            return e;
    }
    // WAL keeps -wal and -shm files beside the store, so the folder must be writable too.
    const QFileInfo dir(info.absolutePath());
    if (!dir.exists())
        return StoreError::make(StoreError::Code::CannotOpen,
            QStringLiteral("the folder %1 does not exist").arg(info.absolutePath()));
    if (!dir.isWritable())
        return StoreError::make(StoreError::Code::ReadOnly,
            QStringLiteral("the folder %1 is read-only: choose a writable folder for the store")
                .arg(info.absolutePath()));

    d->connectionName = QStringLiteral("ql-store-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    if (const StoreError e = connectFile(d->db, path, false); e.isError()) {
        close();
        return e;
    }
    if (const QString e = SchemaMigrations::migrate(d->db, *d->dialect); !e.isEmpty()) {
        close();
        return StoreError::make(StoreError::Code::Sql, e);
    }
    m_path = path;
    emit m_notifier->storeReset();
    return StoreError::none();
}

StoreError Store::openForReadingOnly(const QString& path)
{
    close();
    QString error;
    const StoreLocation location = StoreLocation::parse(path, &error);
    if (!error.isEmpty())
        return StoreError::make(StoreError::Code::CannotOpen, error);
    if (location.isPostgres())
        return StoreError::make(
            StoreError::Code::CannotOpen, QStringLiteral("a team store is read through its own connection"));
    d->dialect = StoreDialect::create(StoreDialect::Kind::Sqlite);
    return openReadOnly(path);
}

StoreError Store::openReadOnly(const QString& path)
{
    if (const StoreError e = checkExisting(path, true); e.isError())
        return e;
    d->connectionName = QStringLiteral("ql-store-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    if (const StoreError e = connectFile(d->db, path, true); e.isError()) {
        close();
        return e;
    }
    // An older schema would need the upgrade written first, which this file system refuses.
    if (const int version = d->dialect->readVersion(d->db); version != SchemaMigrations::CurrentVersion) {
        close();
        return StoreError::make(StoreError::Code::ReadOnly,
            QStringLiteral("%1 was written by an older Quoteline (schema %2) and must be upgraded before "
                           "it is read, which a read-only file cannot be: copy it to a writable folder")
                .arg(path)
                .arg(version));
    }
    d->readOnly = true;
    m_path = path;
    emit m_notifier->storeReset();
    return StoreError::none();
}

StoreError Store::openPostgres(const StoreLocation& location, const QString& password)
{
    d->dialect = StoreDialect::create(StoreDialect::Kind::Postgres);
    const QString name = location.displayName();
    if (!QSqlDatabase::isDriverAvailable(d->dialect->driverName()))
        return StoreError::make(StoreError::Code::CannotOpen,
            QStringLiteral("cannot open %1: Qt's PostgreSQL driver (QPSQL) is not installed").arg(name));
    d->connectionName = QStringLiteral("ql-store-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    d->db = QSqlDatabase::addDatabase(d->dialect->driverName(), d->connectionName);
    d->db.setHostName(location.host);
    if (location.port > 0)
        d->db.setPort(location.port);
    d->db.setDatabaseName(location.database);
    d->db.setUserName(location.user);
    QString secret = !password.isEmpty() ? password : location.password;
    if (secret.isEmpty())
        secret = rememberedPassword(name);
    d->db.setPassword(secret);
    // A server that does not answer is reported after 10 s, not after libpq's endless default.
    QString options = location.connectOptions;
    if (!options.contains(QLatin1String("connect_timeout=")))
        options
            += (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=10");
    d->db.setConnectOptions(options);
    if (!d->db.open()) {
        const QString detail = withoutDriverText(d->db.lastError().text());
        close();
        return StoreError::make(
            StoreError::Code::CannotOpen, QStringLiteral("cannot connect to %1: %2").arg(name, detail));
    }
    if (const StoreError e = setUpPostgresSession(name); e.isError()) {
        close();
        return e;
    }
    if (const StoreError e = checkPostgres(d->db, *d->dialect, name); e.isError()) {
        close();
        return e;
    }
    if (const QString e = SchemaMigrations::migrate(d->db, *d->dialect); !e.isEmpty()) {
        close();
        return StoreError::make(StoreError::Code::Sql, QStringLiteral("%1: %2").arg(name, e));
    }
    if (!secret.isEmpty())
        rememberPassword(name, secret);
    listenForOtherSessions();
    m_path = name;
    emit m_notifier->storeReset();
    return StoreError::none();
}

// Statements and errors in UTF-8 and English words, whatever the server's locale.
StoreError Store::setUpPostgresSession(const QString& name)
{
    QSqlQuery q(d->db);
    for (const auto& setup : { QStringLiteral("SET client_encoding = 'UTF8'"),
             QStringLiteral("SET client_min_messages = warning") }) {
        if (!q.exec(setup))
            return StoreError::make(StoreError::Code::CannotOpen,
                QStringLiteral("cannot set up %1: %2").arg(name, withoutDriverText(q.lastError().text())));
    }
    return StoreError::none();
}

bool Store::connectionLost() const
{
    return isTeamStore() && d->connectionLost;
}

StoreError Store::ping()
{
    if (!isTeamStore())
        return StoreError::none();
    QSqlQuery q(d->db);
    if (!d->connectionLost && d->db.isOpen() && q.exec(QStringLiteral("SELECT 1")))
        return StoreError::none();
    // Whatever the driver says (after the server ended the session, Qt's driver may have closed the
    // connection and says nothing at all), a session that cannot answer SELECT 1 is lost.
    d->connectionLost = true;
    const QString detail = q.lastError().text().trimmed();
    return sqlError(QStringLiteral("cannot reach the team store"),
        detail.isEmpty() ? QStringLiteral("the connection was closed") : detail);
}

StoreError Store::reconnect()
{
    if (!isTeamStore())
        return StoreError::none();
    // Prepared statements belong to the old session; an open import batch died with it (the
    // server rolled it back), so it is dropped, never half-committed.
    d->cache.clear();
    m_batch = PendingBatch();
    d->db.close();
    if (!d->db.open()) {
        d->connectionLost = true;
        return StoreError::make(StoreError::Code::ConnectionLost,
            QStringLiteral("%1 does not answer yet (%2)")
                .arg(m_path, withoutDriverText(d->db.lastError().text())));
    }
    if (const StoreError e = setUpPostgresSession(m_path); e.isError()) {
        d->connectionLost = true;
        return StoreError::make(StoreError::Code::ConnectionLost, e.message);
    }
    d->connectionLost = false;
    listenForOtherSessions();
    emit m_notifier->storeReset();
    return StoreError::none();
}

// Other analysts' commits arrive as LISTEN/NOTIFY notifications on this connection's socket (the
// event loop reads them); a burst of them (an import) becomes one storeReset, so every model re-reads
// once, through the same notifier as local edits.
void Store::listenForOtherSessions()
{
    QSqlDriver* driver = d->db.driver();
    if (!driver || !driver->subscribeToNotification(QLatin1String(PostgresDialect::ChangeChannel)))
        return;
    if (d->listening)
        return; // a reconnect subscribes again; the handler below stays connected to the driver
    d->listening = true;
    if (!d->remoteChanges) {
        d->remoteChanges = new QTimer(this);
        d->remoteChanges->setSingleShot(true);
        d->remoteChanges->setInterval(300);
        connect(d->remoteChanges, &QTimer::timeout, m_notifier, &ChangeNotifier::storeReset);
    }
    connect(driver,
        QOverload<const QString&, QSqlDriver::NotificationSource, const QVariant&>::of(
            &QSqlDriver::notification),
        this, [this](const QString&, QSqlDriver::NotificationSource source, const QVariant&) {
            if (source == QSqlDriver::OtherSource && d->remoteChanges)
                d->remoteChanges->start();
        });
}

void Store::close()
{
    if (d->remoteChanges)
        d->remoteChanges->stop();
    d->cache.clear(); // prepared statements must go before their connection
    m_batch = PendingBatch(); // closing rolls an open batch back
    if (d->connectionName.isEmpty())
        return;
    d->db.close();
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(d->connectionName);
    d->connectionName.clear();
    d->readOnly = false;
    d->ownVersions.clear();
    d->connectionLost = false;
    d->listening = false;
    m_path.clear();
    d->dialect = StoreDialect::create(StoreDialect::Kind::Sqlite);
}

} // namespace ql
