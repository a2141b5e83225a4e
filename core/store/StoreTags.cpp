#include "core/store/Store.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/StorePrivate.h"
#include "core/store/StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ql {

using namespace storesql;

// --- the tag codebook -----------------------------------------------------------------------------

namespace {

const QString kTagColumns = QStringLiteral(
    "t.id, t.name, t.colour, t.kept, (SELECT count(*) FROM statement_tags st WHERE st.tag_id = t.id)");

TagRecord tagFrom(const QSqlQuery& q)
{
    TagRecord t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.colour = q.value(2).toString();
    t.kept = q.value(3).toInt() != 0;
    t.statementCount = q.value(4).toInt();
    return t;
}

} // namespace

QList<TagRecord> Store::tagRecords() const
{
    QList<TagRecord> out;
    QSqlQuery q(d->db);
    if (q.exec(QStringLiteral("SELECT %1 FROM tags t ORDER BY t.name").arg(kTagColumns)))
        while (q.next())
            out << tagFrom(q);
    return out;
}

std::optional<TagRecord> Store::tagRecord(qint64 tagId) const
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT %1 FROM tags t WHERE t.id = ?").arg(kTagColumns));
    q.addBindValue(tagId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return tagFrom(q);
}

StoreError Store::createTag(const TagRecord& tag, qint64* newId)
{
    const QString name = tag.name.simplified();
    if (name.isEmpty())
        return StoreError::make(StoreError::Code::InvalidInput, QStringLiteral("a tag needs a name"));
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT 1 FROM tags WHERE name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return StoreError::make(
            StoreError::Code::Duplicate, QStringLiteral("the codebook has a tag “%1” already").arg(name));
    qint64 id = tag.id;
    if (id > 0) {
        q.prepare(QStringLiteral("SELECT 1 FROM tags WHERE id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next())
            id = 0;
    }
    q.prepare(d->dialect->returningId(
        QStringLiteral("INSERT INTO tags(id, name, colour, kept) VALUES (?, ?, ?, 1)")));
    q.addBindValue(nullableId(id));
    q.addBindValue(name);
    q.addBindValue(textValue(tag.colour));
    if (!q.exec())
        return sqlError(QStringLiteral("cannot add the tag"), q.lastError().text());
    if (newId)
        *newId = d->dialect->insertedId(q);
    emit m_notifier->tagsChanged();
    return {};
}

StoreError Store::updateTag(const TagRecord& tag)
{
    const QString name = tag.name.simplified();
    if (name.isEmpty())
        return StoreError::make(StoreError::Code::InvalidInput, QStringLiteral("a tag needs a name"));
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT 1 FROM tags WHERE name = ? AND id <> ?"));
    q.addBindValue(name);
    q.addBindValue(tag.id);
    if (q.exec() && q.next())
        return StoreError::make(StoreError::Code::Duplicate,
            QStringLiteral("the codebook has a tag “%1” already: merge the two instead").arg(name));
    q.prepare(QStringLiteral("UPDATE tags SET name = ?, colour = ?, kept = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(textValue(tag.colour));
    q.addBindValue(tag.kept ? 1 : 0);
    q.addBindValue(tag.id);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot change the tag"), q.lastError().text());
    if (q.numRowsAffected() == 0)
        return StoreError::make(
            StoreError::Code::NotFound, QStringLiteral("tag %1 does not exist").arg(tag.id));
    emit m_notifier->tagsChanged();
    return {};
}

StoreError Store::deleteUnusedTag(qint64 tagId)
{
    QSqlQuery q(d->db);
    q.prepare(
        QStringLiteral("DELETE FROM tags WHERE id = ? AND id NOT IN (SELECT tag_id FROM statement_tags)"));
    q.addBindValue(tagId);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot remove the tag"), q.lastError().text());
    if (q.numRowsAffected() == 0)
        return StoreError::make(StoreError::Code::InvalidInput,
            QStringLiteral("tag %1 does not exist or statements use it").arg(tagId));
    emit m_notifier->tagsChanged();
    return {};
}

std::optional<TagMerge> Store::mergeTags(qint64 fromId, qint64 intoId, StoreError* error)
{
    StoreError dummy;
    StoreError& err = error ? *error : dummy;
    const auto from = tagRecord(fromId);
    if (fromId == intoId || !from || !tagRecord(intoId)) {
        err = StoreError::make(StoreError::Code::InvalidInput,
            QStringLiteral("merging needs two different tags of the codebook"));
        return std::nullopt;
    }
    TagMerge merge;
    merge.from = *from;
    merge.intoId = intoId;
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT st.statement_id, EXISTS (SELECT 1 FROM statement_tags o"
                             " WHERE o.statement_id = st.statement_id AND o.tag_id = ?)"
                             " FROM statement_tags st WHERE st.tag_id = ? ORDER BY st.statement_id"));
    q.addBindValue(intoId);
    q.addBindValue(fromId);
    if (q.exec())
        while (q.next()) {
            merge.taggedFrom << q.value(0).toLongLong();
            if (q.value(1).toInt() == 0)
                merge.addedInto << q.value(0).toLongLong();
        }
    Transaction tx = d->write(m_batch.open);
    q.prepare(QStringLiteral("INSERT INTO statement_tags(statement_id, tag_id)"
                             " SELECT statement_id, ? FROM statement_tags WHERE tag_id = ?"
                             " ON CONFLICT DO NOTHING"));
    q.addBindValue(intoId);
    q.addBindValue(fromId);
    if (!q.exec()) {
        err = sqlError(QStringLiteral("cannot retag the statements"), q.lastError().text());
        return std::nullopt;
    }
    // The merged tag's rows in statement_tags go with it (ON DELETE CASCADE).
    q.prepare(QStringLiteral("DELETE FROM tags WHERE id = ?"));
    q.addBindValue(fromId);
    if (!q.exec()) {
        err = sqlError(QStringLiteral("cannot remove the merged tag"), q.lastError().text());
        return std::nullopt;
    }
    if (!tx.commit()) {
        err = sqlError(QStringLiteral("cannot commit the tag merge"), d->db.lastError().text());
        return std::nullopt;
    }
    emit m_notifier->tagsChanged();
    return merge;
}

StoreError Store::unmergeTags(const TagMerge& merge)
{
    Transaction tx = d->write(m_batch.open);
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("INSERT INTO tags(id, name, colour, kept) VALUES (?, ?, ?, ?)"));
    q.addBindValue(merge.from.id);
    q.addBindValue(merge.from.name);
    q.addBindValue(textValue(merge.from.colour));
    q.addBindValue(merge.from.kept ? 1 : 0);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot restore the merged tag"), q.lastError().text());
    for (const qint64 id : merge.taggedFrom) {
        q.prepare(QStringLiteral("INSERT INTO statement_tags(statement_id, tag_id) VALUES (?, ?)"));
        q.addBindValue(id);
        q.addBindValue(merge.from.id);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot retag the statement"), q.lastError().text());
    }
    for (const qint64 id : merge.addedInto) {
        q.prepare(QStringLiteral("DELETE FROM statement_tags WHERE statement_id = ? AND tag_id = ?"));
        q.addBindValue(id);
        q.addBindValue(merge.intoId);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot untag the statement"), q.lastError().text());
    }
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit the tag split"), d->db.lastError().text());
    emit m_notifier->tagsChanged();
    return {};
}

QList<qint64> Store::statementIdsWithTag(const QString& tag) const
{
    QList<qint64> out;
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT st.statement_id FROM statement_tags st JOIN tags t ON t.id = st.tag_id"
                             " WHERE t.name = ? ORDER BY st.statement_id"));
    q.addBindValue(tag.simplified());
    if (q.exec())
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}

QList<qint64> Store::articleIdsWithTag(const QString& tag) const
{
    QList<qint64> out;
    QSqlQuery q(d->db);
    q.prepare(
        QStringLiteral("SELECT DISTINCT s.article_id FROM statements s"
                       " JOIN statement_tags st ON st.statement_id = s.id JOIN tags t ON t.id = st.tag_id"
                       " WHERE t.name = ? ORDER BY s.article_id"));
    q.addBindValue(tag.simplified());
    if (q.exec())
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}

} // namespace ql
