#include "core/store/Store.h"

#include "core/store/StoreCopy.h"
#include "core/store/StorePrivate.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ql {

// --- backup ------------------------------------------------------------------------------------

StoreError Store::backupTo(const QString& file)
{
    if (!isOpen())
        return StoreError::make(StoreError::Code::CannotOpen, QStringLiteral("no store is open"));
    if (file.trimmed().isEmpty())
        return StoreError::make(
            StoreError::Code::InvalidInput, QStringLiteral("the backup needs a file name"));
    const QFileInfo info(file);
    if (info.exists())
        return StoreError::make(StoreError::Code::InvalidInput,
            QStringLiteral("%1 exists already: a backup never overwrites a file").arg(file));
    if (!QFileInfo(info.absolutePath()).isDir())
        return StoreError::make(StoreError::Code::CannotOpen,
            QStringLiteral("the folder %1 does not exist").arg(info.absolutePath()));
    if (m_batch.open)
        return StoreError::make(
            StoreError::Code::InvalidInput, QStringLiteral("an import is running: back up when it is done"));
    if (d->isPostgres()) {
        // A team store is backed up as a personal store file: one snapshot of every table.
        Store target;
        if (const StoreError e = target.open(file); e.isError())
            return e;
        QList<StoreCopy::TableCount> counts;
        const StoreError e = StoreCopy::copy(*this, target, &counts);
        target.close();
        if (e.isError())
            QFile::remove(file);
        return e;
    }
    // VACUUM INTO reads one snapshot of the store while other connections go on writing, and writes
    // a compact file with no -wal beside it.
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(info.absoluteFilePath());
    if (!q.exec())
        return sqlError(QStringLiteral("cannot back up to %1").arg(file), q.lastError().text());
    q.finish();
    Store check;
    if (const StoreError e = check.open(file); e.isError())
        return StoreError::make(
            e.code, QStringLiteral("the backup %1 cannot be opened: %2").arg(file, e.message));
    if (check.articleCount() != articleCount() || check.statementCount() != statementCount())
        return StoreError::make(StoreError::Code::Sql,
            QStringLiteral("the backup %1 does not hold what the store holds").arg(file));
    return {};
}

} // namespace ql
