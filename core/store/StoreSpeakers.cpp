#include "core/store/Store.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/StorePrivate.h"
#include "core/store/StoreSql.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ql {

using namespace storesql;

// --- speakers: rename, merge, link to an office holder ------------------------------------------

namespace {

QStringList withoutName(QStringList aliases, const QString& name)
{
    aliases.removeAll(name);
    aliases.removeDuplicates();
    aliases.sort();
    return aliases;
}

} // namespace

QStringList Store::aliasesOf(qint64 speakerId) const
{
    QStringList out;
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY alias"));
    q.addBindValue(speakerId);
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

StoreError Store::writeAliases(qint64 speakerId, const QStringList& aliases)
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("DELETE FROM speaker_aliases WHERE speaker_id = ?"));
    q.addBindValue(speakerId);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot change the speaker's aliases"), q.lastError().text());
    for (const QString& alias : aliases) {
        q.prepare(QStringLiteral("INSERT INTO speaker_aliases(speaker_id, alias) VALUES (?, ?)"
                                 " ON CONFLICT DO NOTHING"));
        q.addBindValue(speakerId);
        q.addBindValue(alias);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot store the speaker's alias"), q.lastError().text());
    }
    return {};
}

QList<SpeakerRecord> Store::speakerRecords() const
{
    QList<SpeakerRecord> out;
    QHash<qint64, QStringList> aliases;
    QSqlQuery q(d->db);
    if (q.exec(QStringLiteral("SELECT speaker_id, alias FROM speaker_aliases ORDER BY alias")))
        while (q.next())
            aliases[q.value(0).toLongLong()] << q.value(1).toString();
    if (!q.exec(QStringLiteral("SELECT sp.id, sp.name, sp.holder,"
                               " (SELECT count(*) FROM statements s WHERE s.speaker_id = sp.id)"
                               " FROM speakers sp ORDER BY sp.name")))
        return out;
    while (q.next()) {
        SpeakerRecord r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.holder = q.value(2).toString();
        r.statementCount = q.value(3).toInt();
        r.aliases = aliases.value(r.id);
        out << r;
    }
    return out;
}

std::optional<SpeakerRecord> Store::speakerRecord(qint64 speakerId) const
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT sp.id, sp.name, sp.holder,"
                             " (SELECT count(*) FROM statements s WHERE s.speaker_id = sp.id)"
                             " FROM speakers sp WHERE sp.id = ?"));
    q.addBindValue(speakerId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    SpeakerRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.holder = q.value(2).toString();
    r.statementCount = q.value(3).toInt();
    r.aliases = aliasesOf(r.id);
    return r;
}

StoreError Store::renameSpeaker(qint64 speakerId, const QString& name)
{
    const QString newName = name.simplified();
    if (newName.isEmpty())
        return StoreError::make(StoreError::Code::InvalidInput, QStringLiteral("a speaker needs a name"));
    const auto record = speakerRecord(speakerId);
    if (!record)
        return StoreError::make(
            StoreError::Code::NotFound, QStringLiteral("speaker %1 does not exist").arg(speakerId));
    if (record->name == newName)
        return {};
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT 1 FROM speakers WHERE name = ? AND id <> ?"));
    q.addBindValue(newName);
    q.addBindValue(speakerId);
    if (q.exec() && q.next())
        return StoreError::make(StoreError::Code::InvalidInput,
            QStringLiteral("“%1” is another speaker already: merge the two instead").arg(newName));
    Transaction tx = d->write(m_batch.open);
    q.prepare(QStringLiteral("UPDATE speakers SET name = ? WHERE id = ?"));
    q.addBindValue(newName);
    q.addBindValue(speakerId);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot rename the speaker"), q.lastError().text());
    if (const StoreError e
        = writeAliases(speakerId, withoutName(record->aliases + QStringList { record->name }, newName));
        e.isError())
        return e;
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit the rename"), d->db.lastError().text());
    emit m_notifier->speakersChanged();
    return {};
}

StoreError Store::restoreSpeaker(const SpeakerRecord& record)
{
    Transaction tx = d->write(m_batch.open);
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("UPDATE speakers SET name = ?, holder = ? WHERE id = ?"));
    q.addBindValue(record.name);
    q.addBindValue(textValue(record.holder));
    q.addBindValue(record.id);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot restore the speaker"), q.lastError().text());
    if (q.numRowsAffected() == 0)
        return StoreError::make(
            StoreError::Code::NotFound, QStringLiteral("speaker %1 does not exist").arg(record.id));
    if (const StoreError e = writeAliases(record.id, record.aliases); e.isError())
        return e;
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit the speaker"), d->db.lastError().text());
    emit m_notifier->speakersChanged();
    return {};
}

StoreError Store::setSpeakerHolder(qint64 speakerId, const QString& holder)
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("UPDATE speakers SET holder = ? WHERE id = ?"));
    q.addBindValue(textValue(holder.simplified()));
    q.addBindValue(speakerId);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot link the speaker"), q.lastError().text());
    if (q.numRowsAffected() == 0)
        return StoreError::make(
            StoreError::Code::NotFound, QStringLiteral("speaker %1 does not exist").arg(speakerId));
    emit m_notifier->speakersChanged();
    return {};
}

std::optional<SpeakerMerge> Store::mergeSpeakers(qint64 fromId, qint64 intoId, StoreError* error)
{
    StoreError dummy;
    StoreError& err = error ? *error : dummy;
    if (fromId == intoId) {
        err = StoreError::make(
            StoreError::Code::InvalidInput, QStringLiteral("a speaker cannot merge into itself"));
        return std::nullopt;
    }
    const auto from = speakerRecord(fromId);
    const auto into = speakerRecord(intoId);
    if (!from || !into) {
        err = StoreError::make(StoreError::Code::NotFound,
            QStringLiteral("speaker %1 does not exist").arg(from ? intoId : fromId));
        return std::nullopt;
    }
    SpeakerMerge merge { *from, *into, {} };
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT id FROM statements WHERE speaker_id = ? ORDER BY id"));
    q.addBindValue(fromId);
    if (q.exec())
        while (q.next())
            merge.statementIds << q.value(0).toLongLong();

    Transaction tx = d->write(m_batch.open);
    q.prepare(QStringLiteral("UPDATE statements SET speaker_id = ? WHERE speaker_id = ?"));
    q.addBindValue(intoId);
    q.addBindValue(fromId);
    if (!q.exec()) {
        err = sqlError(QStringLiteral("cannot move the statements"), q.lastError().text());
        return std::nullopt;
    }
    // The merged name and its spellings resolve to the kept speaker from now on (re-imports too).
    const QStringList aliases
        = withoutName(into->aliases + from->aliases + QStringList { from->name }, into->name);
    q.prepare(QStringLiteral("DELETE FROM speakers WHERE id = ?"));
    q.addBindValue(fromId);
    if (!q.exec()) {
        err = sqlError(QStringLiteral("cannot remove the merged speaker"), q.lastError().text());
        return std::nullopt;
    }
    if (err = writeAliases(intoId, aliases); err.isError())
        return std::nullopt;
    if (into->holder.isEmpty() && !from->holder.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE speakers SET holder = ? WHERE id = ?"));
        q.addBindValue(from->holder);
        q.addBindValue(intoId);
        if (!q.exec()) {
            err = sqlError(QStringLiteral("cannot link the kept speaker"), q.lastError().text());
            return std::nullopt;
        }
    }
    if (!tx.commit()) {
        err = sqlError(QStringLiteral("cannot commit the merge"), d->db.lastError().text());
        return std::nullopt;
    }
    emit m_notifier->speakersChanged();
    return merge;
}

StoreError Store::unmergeSpeakers(const SpeakerMerge& merge)
{
    Transaction tx = d->write(m_batch.open);
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("INSERT INTO speakers(id, name, holder) VALUES (?, ?, ?)"));
    q.addBindValue(merge.from.id);
    q.addBindValue(merge.from.name);
    q.addBindValue(textValue(merge.from.holder));
    if (!q.exec())
        return sqlError(QStringLiteral("cannot restore the merged speaker"), q.lastError().text());
    if (const StoreError e = writeAliases(merge.from.id, merge.from.aliases); e.isError())
        return e;
    for (const qint64 id : merge.statementIds) {
        q.prepare(QStringLiteral("UPDATE statements SET speaker_id = ? WHERE id = ?"));
        q.addBindValue(merge.from.id);
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot move the statement back"), q.lastError().text());
    }
    q.prepare(QStringLiteral("UPDATE speakers SET name = ?, holder = ? WHERE id = ?"));
    q.addBindValue(merge.into.name);
    q.addBindValue(textValue(merge.into.holder));
    q.addBindValue(merge.into.id);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot restore the kept speaker"), q.lastError().text());
    if (const StoreError e = writeAliases(merge.into.id, merge.into.aliases); e.isError())
        return e;
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit the split"), d->db.lastError().text());
    emit m_notifier->speakersChanged();
    return {};
}

} // namespace ql
