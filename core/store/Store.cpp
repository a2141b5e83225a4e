#include "Store.h"

#include "ChangeNotifier.h"
#include "SchemaMigrations.h"
#include "StorePrivate.h"
#include "StoreSql.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <utility>

namespace ql {

using namespace storesql;

namespace {

QAtomicInteger<int> s_connectionCounter;

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
    return d->db.isValid() && d->db.isOpen();
}

int Store::schemaVersion() const
{
    QSqlQuery q(d->db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

StoreError Store::sqlError(const QString& what, const QString& detail) const
{
    return StoreError::make(StoreError::Code::Sql, QStringLiteral("%1: %2").arg(what, detail));
}

// Reads the file's header through a read-only connection: nothing is written to a file we refuse.
StoreError Store::checkExisting(const QString& path) const
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
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
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
            } else if (appId == SchemaMigrations::ApplicationId
                && (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()
                    || q.value(0).toString() != QLatin1String("ok"))) {
                code = StoreError::Code::Corrupt;
                error = QStringLiteral("%1 is damaged (integrity check failed)").arg(path);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return StoreError::make(code, error);
}

StoreError Store::open(const QString& path)
{
    close();
    const QFileInfo info(path);
    if (info.exists()) {
        if (const StoreError e = checkExisting(path); e.isError())
            return e;
        if (!info.isWritable())
            return StoreError::make(StoreError::Code::ReadOnly,
                QStringLiteral("%1 is read-only: Quoteline needs to write to its store").arg(path));
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
    d->db.setDatabaseName(path);
    if (!d->db.open()) {
        const QString detail = d->db.lastError().text();
        close();
        return StoreError::make(
            StoreError::Code::CannotOpen, QStringLiteral("cannot open %1: %2").arg(path, detail));
    }
    QSqlQuery q(d->db);
    for (const auto& pragma :
        { QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA busy_timeout = 5000") }) {
        if (!q.exec(pragma)) {
            const QString detail = q.lastError().text();
            close();
            return StoreError::make(
                StoreError::Code::CannotOpen, QStringLiteral("cannot set up %1: %2").arg(path, detail));
        }
    }
    if (const QString error = SchemaMigrations::migrate(d->db); !error.isEmpty()) {
        close();
        return StoreError::make(StoreError::Code::Sql, error);
    }
    m_path = path;
    emit m_notifier->storeReset();
    return StoreError::none();
}

void Store::close()
{
    d->cache.clear(); // prepared statements must go before their connection
    m_batch = PendingBatch(); // closing rolls an open batch back
    if (d->connectionName.isEmpty())
        return;
    d->db.close();
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(d->connectionName);
    d->connectionName.clear();
    m_path.clear();
}

} // namespace ql
