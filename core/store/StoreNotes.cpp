#include "core/store/Store.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/StorePrivate.h"
#include "core/store/StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ql {

using namespace storesql;

// --- notes (memos) on statements and articles ---------------------------------------------------

namespace {

QString noteTable(Store::NoteTarget target)
{
    return target == Store::NoteTarget::Article ? QStringLiteral("articles") : QStringLiteral("statements");
}

} // namespace

QString Store::note(NoteTarget target, qint64 id) const
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT note FROM %1 WHERE id = ?").arg(noteTable(target)));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

StoreError Store::setNote(NoteTarget target, qint64 id, const QString& note, qint64* version)
{
    Transaction tx = d->write(m_batch.open);
    if (target == NoteTarget::Statement) {
        if (const StoreError e = bumpStatementVersion(id, version); e.isError())
            return e;
    }
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("UPDATE %1 SET note = ? WHERE id = ?").arg(noteTable(target)));
    // Trailing blank lines are noise; the memo's own line breaks are the analyst's.
    q.addBindValue(textValue(note.trimmed()));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot save the note"), q.lastError().text());
    if (q.numRowsAffected() == 0)
        return StoreError::make(StoreError::Code::NotFound,
            target == NoteTarget::Article ? QStringLiteral("article %1 does not exist").arg(id)
                                          : QStringLiteral("statement %1 does not exist").arg(id));
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit the note"), tx.errorText());
    if (target == NoteTarget::Article)
        emit m_notifier->articleChanged(id);
    else
        emit m_notifier->statementChanged(id);
    return {};
}

} // namespace ql
