#include "core/store/Store.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/StorePrivate.h"
#include "core/store/StoreSql.h"

#include <algorithm>

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace ql {

using namespace storesql;

// --- statements --------------------------------------------------------------------------------

int Store::statementCount(qint64 articleId) const
{
    QSqlQuery q(d->db);
    if (articleId > 0) {
        q.prepare(QStringLiteral("SELECT count(*) FROM statements WHERE article_id = ?"));
        q.addBindValue(articleId);
    } else {
        q.prepare(QStringLiteral("SELECT count(*) FROM statements"));
    }
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<StatementRow> Store::statementRows(qint64 articleId, int offset, int limit) const
{
    QList<StatementRow> out;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    const QString base = QStringLiteral("SELECT %1 FROM statements s JOIN articles a ON a.id = s.article_id"
                                        " LEFT JOIN speakers sp ON sp.id = s.speaker_id")
                             .arg(statementColumns());
    if (articleId > 0) {
        q.prepare(
            base + QStringLiteral(" WHERE s.article_id = ? ORDER BY s.start_pos, s.id LIMIT ? OFFSET ?"));
        q.addBindValue(articleId);
    } else {
        q.prepare(base + QStringLiteral(" ORDER BY s.said_on IS NULL, s.said_on, s.id LIMIT ? OFFSET ?"));
    }
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(statementRowFrom(q));
    // Tags in one query per page rather than per row.
    if (!out.isEmpty()) {
        QHash<qint64, int> index;
        QStringList ids;
        for (int i = 0; i < out.size(); ++i) {
            index.insert(out.at(i).statement.id, i);
            ids << QString::number(out.at(i).statement.id);
        }
        QSqlQuery t(d->db);
        if (t.exec(QStringLiteral(
                "SELECT st.statement_id, tg.name FROM statement_tags st JOIN tags tg ON tg.id = st.tag_id"
                " WHERE st.statement_id IN (%1) ORDER BY tg.name")
                       .arg(ids.join(QLatin1Char(','))))) {
            while (t.next())
                out[index.value(t.value(0).toLongLong())].tags << t.value(1).toString();
        }
        if (t.exec(QStringLiteral("SELECT id, note FROM statements WHERE note <> '' AND id IN (%1)")
                       .arg(ids.join(QLatin1Char(','))))) {
            while (t.next())
                out[index.value(t.value(0).toLongLong())].note = t.value(1).toString();
        }
    }
    return out;
}

std::optional<StatementRow> Store::statementRow(qint64 id) const
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT %1 FROM statements s JOIN articles a ON a.id = s.article_id"
                             " LEFT JOIN speakers sp ON sp.id = s.speaker_id WHERE s.id = ?")
                  .arg(statementColumns()));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    StatementRow row = statementRowFrom(q);
    row.tags = tagsOf(id);
    row.note = note(NoteTarget::Statement, id);
    return row;
}

QStringList Store::tagsOf(qint64 statementId) const
{
    QStringList tags;
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT tg.name FROM statement_tags st JOIN tags tg ON tg.id = st.tag_id"
                             " WHERE st.statement_id = ? ORDER BY tg.name"));
    q.addBindValue(statementId);
    if (q.exec())
        while (q.next())
            tags << q.value(0).toString();
    return tags;
}

StoreError Store::deleteRowAndOrphans(const QString& table, qint64 id)
{
    Transaction tx = d->write(m_batch.open);
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table)); // table names are ours, never input
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot remove from %1").arg(table), q.lastError().text());
    // Tidying scans whole tables: a batch does it once, when it commits.
    if (m_batch.open)
        m_batch.removedRows = true;
    else if (const StoreError e = removeOrphans(); e.isError())
        return e;
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit removal"), d->db.lastError().text());
    return {};
}

bool Store::speakerIdTaken(qint64 id) const
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT 1 FROM speakers WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

StoreError Store::removeOrphans()
{
    QSqlQuery q(d->db);
    // Codebook tags (kept) stay when unused; tags that only came with statements go with them.
    if (!q.exec(QStringLiteral(
            "DELETE FROM tags WHERE kept = 0 AND id NOT IN (SELECT tag_id FROM statement_tags)")))
        return sqlError(QStringLiteral("cannot tidy tags"), q.lastError().text());
    return removeOrphanSpeakers();
}

StoreError Store::removeOrphanSpeakers()
{
    QSqlQuery q(d->db);
    if (!q.exec(QStringLiteral(
            "DELETE FROM speakers WHERE id NOT IN (SELECT speaker_id FROM statements"
            " WHERE speaker_id IS NOT NULL) AND id NOT IN (SELECT speaker_id FROM speaker_aliases)"
            " AND holder = ''")))
        return sqlError(QStringLiteral("cannot tidy speakers"), q.lastError().text());
    return {};
}

qint64 Store::statementVersion(qint64 statementId) const
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT row_version FROM statements WHERE id = ?"));
    q.addBindValue(statementId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

StoreError Store::bumpStatementVersion(qint64 statementId, qint64* version)
{
    // Only another window or analyst makes an edit stale: versions this store wrote itself since
    // (the analyst's next edits of the same row, which an undo then passes back over) are its own.
    const qint64 given = version ? *version : 0;
    const qint64 expected = given > 0 ? std::max(given, d->ownVersions.value(statementId)) : 0;
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("UPDATE statements SET row_version = row_version + 1 WHERE id = ?")
        + (expected > 0 ? QStringLiteral(" AND row_version = ?") : QString()));
    q.addBindValue(statementId);
    if (expected > 0)
        q.addBindValue(expected);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot change statement %1").arg(statementId), q.lastError().text());
    if (q.numRowsAffected() == 0) {
        if (statementVersion(statementId) == 0)
            return StoreError::make(
                StoreError::Code::NotFound, QStringLiteral("statement %1 does not exist").arg(statementId));
        return StoreError::make(StoreError::Code::Conflict,
            QStringLiteral("Statement %1 was changed in another window or by another analyst after this "
                           "edit began, so it was not overwritten. It now shows their change; make the "
                           "edit again if it still applies.")
                .arg(statementId));
    }
    const qint64 now = statementVersion(statementId);
    d->ownVersions.insert(statementId, now);
    if (version)
        *version = now;
    return {};
}

StoreError Store::setStatementSpeaker(
    qint64 statementId, const QString& speaker, qint64 preferredSpeakerId, qint64* version)
{
    Transaction tx = d->write(m_batch.open);
    if (const StoreError e = bumpStatementVersion(statementId, version); e.isError())
        return e;
    StoreError error;
    const qint64 speakerId = speakerIdFor(speaker, &error, preferredSpeakerId);
    if (error.isError())
        return error;
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("UPDATE statements SET speaker_id = ? WHERE id = ?"));
    q.addBindValue(nullableId(speakerId));
    q.addBindValue(statementId);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot change speaker"), q.lastError().text());
    if (q.numRowsAffected() == 0)
        return StoreError::make(
            StoreError::Code::NotFound, QStringLiteral("statement %1 does not exist").arg(statementId));
    if (const StoreError e = removeOrphanSpeakers(); e.isError())
        return e;
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit speaker change"), d->db.lastError().text());
    emit m_notifier->statementChanged(statementId);
    return {};
}

StoreError Store::setStatementSpan(
    qint64 statementId, int start, int end, const QString* exactText, qint64* version)
{
    Transaction tx = d->write(m_batch.open);
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral(
        "SELECT a.text FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.id = ?"));
    q.addBindValue(statementId);
    if (!q.exec() || !q.next())
        return StoreError::make(
            StoreError::Code::NotFound, QStringLiteral("statement %1 does not exist").arg(statementId));
    const QString text = q.value(0).toString();
    if (start < 0 || end <= start || end > text.size())
        return StoreError::make(StoreError::Code::InvalidInput,
            QStringLiteral("the span %1–%2 is outside the article text (0–%3)")
                .arg(start)
                .arg(end)
                .arg(text.size()));
    if (const StoreError e = bumpStatementVersion(statementId, version); e.isError())
        return e;
    q.prepare(QStringLiteral("UPDATE statements SET start_pos = ?, end_pos = ?, text = ? WHERE id = ?"));
    q.addBindValue(start);
    q.addBindValue(end);
    q.addBindValue(exactText ? *exactText : text.mid(start, end - start));
    q.addBindValue(statementId);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot change the statement's span"), q.lastError().text());
    // SQLite's trigger of schema 8 does this; the PostgreSQL dialect keeps no triggers, so the
    // edited text is queued for hashing here (the same two statements), or `similar` would answer
    // with the old text's keys.
    if (d->isPostgres()) {
        for (const QString& sql : { QStringLiteral("DELETE FROM statement_variants WHERE statement_id = ?"),
                 QStringLiteral(
                     "INSERT INTO variant_pending(statement_id) VALUES (?) ON CONFLICT DO NOTHING") }) {
            q.prepare(sql);
            q.addBindValue(statementId);
            if (!q.exec())
                return sqlError(
                    QStringLiteral("cannot queue the edited text for hashing"), q.lastError().text());
        }
    }
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit the statement's span"), tx.errorText());
    emit m_notifier->statementChanged(statementId);
    return {};
}

StatementSnapshot Store::snapshotStatement(const StatementRow& row) const
{
    StatementSnapshot snap;
    snap.statement = row.statement;
    snap.tags = row.tags.isEmpty() ? tagsOf(row.statement.id) : row.tags;
    QSqlQuery q(d->db);
    for (const QString& tag : std::as_const(snap.tags)) {
        q.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
        q.addBindValue(tag);
        snap.tagIds << (q.exec() && q.next() ? q.value(0).toLongLong() : 0);
    }
    snap.note = note(NoteTarget::Statement, row.statement.id);
    snap.rowVersion = row.rowVersion > 0 ? row.rowVersion : statementVersion(row.statement.id);
    q.prepare(QStringLiteral("SELECT family_id FROM statement_families WHERE statement_id = ?"));
    q.addBindValue(row.statement.id);
    if (q.exec() && q.next())
        snap.familyId = q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT id FROM figures WHERE statement_id = ?"));
    q.addBindValue(row.statement.id);
    if (q.exec())
        while (q.next())
            snap.linkedFigureIds << q.value(0).toLongLong();
    return snap;
}

std::optional<StatementSnapshot> Store::removeStatement(qint64 statementId, StoreError* error)
{
    StoreError dummy;
    StoreError& err = error ? *error : dummy;
    const auto row = statementRow(statementId);
    if (!row) {
        err = StoreError::make(
            StoreError::Code::NotFound, QStringLiteral("statement %1 does not exist").arg(statementId));
        return std::nullopt;
    }
    StatementSnapshot snap = snapshotStatement(*row);
    if (err = deleteRowAndOrphans(QStringLiteral("statements"), statementId); err.isError())
        return std::nullopt;
    emit m_notifier->statementsRemoved(row->statement.articleId, { statementId });
    return snap;
}

StoreError Store::restoreStatement(const StatementSnapshot& snap)
{
    Transaction tx = d->write(m_batch.open);
    qint64 id = 0;
    if (const StoreError e = insertStatement(snap.statement, snap.statement.articleId, &id); e.isError())
        return e;
    if (const StoreError e = restoreCuration(snap, id); e.isError())
        return e;
    if (const StoreError e = insertTags(id, snap.tags); e.isError())
        return e;
    QSqlQuery q(d->db);
    for (qint64 figureId : snap.linkedFigureIds) {
        q.prepare(QStringLiteral("UPDATE figures SET statement_id = ? WHERE id = ?"));
        q.addBindValue(id);
        q.addBindValue(figureId);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot relink figure"), q.lastError().text());
    }
    if (const StoreError e = indexForSearch({}, { id }); e.isError())
        return e;
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit restore"), d->db.lastError().text());
    emit m_notifier->statementsAdded(snap.statement.articleId, { id });
    return {};
}

StoreError Store::addTag(qint64 statementId, const QString& tag, qint64 preferredTagId)
{
    const QString name = tag.simplified();
    if (name.isEmpty())
        return StoreError::make(StoreError::Code::InvalidInput, QStringLiteral("a tag needs a name"));
    Transaction tx = d->write(m_batch.open);
    if (preferredTagId > 0) {
        QSqlQuery back(d->db);
        back.prepare(QStringLiteral("INSERT INTO tags(id, name) SELECT ?, ? WHERE NOT EXISTS"
                                    " (SELECT 1 FROM tags WHERE id = ? OR name = ?)"));
        back.addBindValue(preferredTagId);
        back.addBindValue(name);
        back.addBindValue(preferredTagId);
        back.addBindValue(name);
        if (!back.exec())
            return sqlError(QStringLiteral("cannot restore tag"), back.lastError().text());
    }
    StoreError error;
    const qint64 tagId = tagIdFor(name, &error);
    if (error.isError())
        return error;
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral(
        "INSERT INTO statement_tags(statement_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(statementId);
    q.addBindValue(tagId);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot tag statement"), q.lastError().text());
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit tag"), d->db.lastError().text());
    emit m_notifier->statementTagsChanged(statementId);
    return {};
}

StoreError Store::removeTag(qint64 statementId, const QString& tag)
{
    Transaction tx = d->write(m_batch.open);
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("DELETE FROM statement_tags WHERE statement_id = ?"
                             " AND tag_id = (SELECT id FROM tags WHERE name = ?)"));
    q.addBindValue(statementId);
    q.addBindValue(tag.simplified());
    if (!q.exec())
        return sqlError(QStringLiteral("cannot untag statement"), q.lastError().text());
    // A tag nobody uses any more goes too, so undoing an add leaves the store as it was.
    if (!q.exec(QStringLiteral(
            "DELETE FROM tags WHERE kept = 0 AND id NOT IN (SELECT tag_id FROM statement_tags)")))
        return sqlError(QStringLiteral("cannot tidy tags"), q.lastError().text());
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit untag"), d->db.lastError().text());
    emit m_notifier->statementTagsChanged(statementId);
    return {};
}

QStringList Store::allTags() const
{
    QStringList out;
    QSqlQuery q(d->db);
    if (q.exec(QStringLiteral("SELECT name FROM tags ORDER BY name")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QStringList Store::speakers() const
{
    QStringList out;
    QSqlQuery q(d->db);
    if (q.exec(QStringLiteral("SELECT name FROM speakers ORDER BY name")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

// What a snapshot holds beyond the statement row: its tags under their old ids (so a restored
// tag keeps its id), its note and its variant family.
StoreError Store::restoreCuration(const StatementSnapshot& snap, qint64 statementId)
{
    QSqlQuery q(d->db);
    for (int i = 0; i < snap.tags.size() && i < snap.tagIds.size(); ++i) {
        q.prepare(QStringLiteral("INSERT INTO tags(id, name) SELECT ?, ? WHERE NOT EXISTS"
                                 " (SELECT 1 FROM tags WHERE id = ? OR name = ?)"));
        q.addBindValue(snap.tagIds.at(i));
        q.addBindValue(snap.tags.at(i));
        q.addBindValue(snap.tagIds.at(i));
        q.addBindValue(snap.tags.at(i));
        if (!q.exec())
            return sqlError(QStringLiteral("cannot restore tag"), q.lastError().text());
    }
    if (!snap.note.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE statements SET note = ? WHERE id = ?"));
        q.addBindValue(snap.note);
        q.addBindValue(statementId);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot restore note"), q.lastError().text());
    }
    if (snap.rowVersion > 1) {
        q.prepare(QStringLiteral("UPDATE statements SET row_version = ? WHERE id = ?"));
        q.addBindValue(snap.rowVersion);
        q.addBindValue(statementId);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot restore the row version"), q.lastError().text());
    }
    if (snap.familyId > 0) {
        q.prepare(QStringLiteral("INSERT INTO statement_families(statement_id, family_id) VALUES (?, ?)"
                                 " ON CONFLICT DO NOTHING"));
        q.addBindValue(statementId);
        q.addBindValue(snap.familyId);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot restore variant family"), q.lastError().text());
    }
    return {};
}

StoreError Store::addStatement(const Statement& statement, const QStringList& tags, qint64* newId)
{
    const auto article = this->article(statement.articleId);
    if (!article)
        return StoreError::make(
            StoreError::Code::NotFound, QStringLiteral("article %1 does not exist").arg(statement.articleId));
    const int start = statement.start;
    const int end = statement.end;
    if (start < 0 || end <= start || end > article->text.size())
        return StoreError::make(StoreError::Code::InvalidInput,
            QStringLiteral("the span %1–%2 is outside the article text (0–%3)")
                .arg(start)
                .arg(end)
                .arg(article->text.size()));
    Statement s = statement;
    s.text = article->text.mid(start, end - start);
    if (s.text.trimmed().isEmpty())
        return StoreError::make(
            StoreError::Code::InvalidInput, QStringLiteral("the selection holds no text"));
    if (s.id > 0) {
        QSqlQuery taken(d->db);
        taken.prepare(QStringLiteral("SELECT 1 FROM statements WHERE id = ?"));
        taken.addBindValue(s.id);
        if (taken.exec() && taken.next())
            s.id = 0;
    }
    QStringList cleanTags;
    for (const QString& tag : tags)
        if (const QString name = tag.simplified(); !name.isEmpty() && !cleanTags.contains(name))
            cleanTags << name;
    Transaction tx = d->write(m_batch.open);
    qint64 id = 0;
    if (const StoreError e = insertStatement(s, s.articleId, &id); e.isError())
        return e;
    if (const StoreError e = insertTags(id, cleanTags); e.isError())
        return e;
    if (const StoreError e = indexForSearch({}, { id }); e.isError())
        return e;
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit the new statement"), d->db.lastError().text());
    if (newId)
        *newId = id;
    emit m_notifier->statementsAdded(s.articleId, { id });
    return {};
}

} // namespace ql
