#include "core/store/StoreCheck.h"

#include "core/store/SchemaMigrations.h"
#include "core/store/StoreLocation.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace ql {

namespace {

QAtomicInteger<int> s_checkCounter;

// SQLite lists at most this many problems; the analyst needs the first few, not a hundred.
constexpr int kProblemsShown = 5;

StoreError checkOpen(
    QSqlDatabase& db, const QString& path, const StoreCheck::Progress& progress, bool* cancelled)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    int appId = 0;
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return StoreError::make(StoreError::Code::Corrupt,
            QStringLiteral("%1 is damaged and cannot be read: %2").arg(path, q.lastError().text()));
    appId = q.value(0).toInt();
    if (appId != SchemaMigrations::ApplicationId)
        return StoreError::make(
            StoreError::Code::NotAStore, QStringLiteral("%1 is not a Quoteline store").arg(path));
    // Tables (with their indexes) one by one: PRAGMA quick_check(TABLE) checks a table's b-tree and
    // the indexes on it. Virtual tables have no b-tree of their own; their shadow tables are listed.
    QStringList tables;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"
                               " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")))
        return StoreError::make(StoreError::Code::Corrupt,
            QStringLiteral("%1 is damaged: its list of tables cannot be read (%2)")
                .arg(path, q.lastError().text()));
    while (q.next())
        tables << q.value(0).toString();
    q.finish();
    QStringList problems;
    for (int i = 0; i < tables.size(); ++i) {
        const QString& table = tables.at(i);
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (!q.exec(QStringLiteral("PRAGMA quick_check(\"%1\")").arg(quoted))) {
            problems << QStringLiteral("%1: %2").arg(table, q.lastError().text());
        } else {
            while (q.next() && problems.size() < kProblemsShown) {
                // One report may hold several lines, headed "*** in database main ***".
                for (const QString& line :
                    q.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                    if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("***"))
                        && problems.size() < kProblemsShown)
                        problems << QStringLiteral("%1: %2").arg(table, line.trimmed());
                }
            }
        }
        q.finish();
        if (problems.size() >= kProblemsShown)
            break;
        if (progress && !progress(i + 1, int(tables.size()), table)) {
            if (cancelled)
                *cancelled = true;
            return StoreError::none();
        }
    }
    if (!problems.isEmpty())
        return StoreError::make(StoreError::Code::Corrupt,
            QStringLiteral("%1 is damaged: %2").arg(path, problems.join(QStringLiteral("; "))));
    return StoreError::none();
}

} // namespace

StoreError StoreCheck::run(const QString& path, const Progress& progress, bool* cancelled)
{
    if (cancelled)
        *cancelled = false;
    QString parseError;
    const StoreLocation location = StoreLocation::parse(path, &parseError);
    if (!parseError.isEmpty())
        return StoreError::make(StoreError::Code::CannotOpen, parseError);
    if (location.isPostgres())
        return StoreError::none();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError::make(
            StoreError::Code::CannotOpen, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (!header.startsWith("SQLite format 3"))
        return StoreError::make(StoreError::Code::NotAStore,
            QStringLiteral("%1 is not a Quoteline store (not an SQLite database)").arg(path));
    const QString name = QStringLiteral("ql-integrity-%1").arg(s_checkCounter.fetchAndAddRelaxed(1));
    StoreError result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            result = StoreError::make(StoreError::Code::CannotOpen,
                QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()));
        else
            result = checkOpen(db, path, progress, cancelled);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace ql
