#include "core/store/Store.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/StorePrivate.h"
#include "core/store/StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace ql {

using namespace storesql;

// --- import ------------------------------------------------------------------------------------

namespace {

// A savepoint (of an edit made during the import, or of an article) found the batch's transaction
// gone: whatever the batch wrote so far was rolled back by the database.
void noteLostBatch(bool batchOpen, bool transactionLost, StoreError* lost)
{
    if (batchOpen && transactionLost && !lost->isError())
        *lost = StoreError::make(StoreError::Code::Sql,
            QStringLiteral("the import was undone by the database after a write failed (the disk may be "
                           "full): none of its articles were stored"));
}

} // namespace

bool Store::containsHash(const QByteArray& contentHash) const
{
    QSqlQuery& q = d->cached(QStringLiteral("SELECT 1 FROM articles WHERE content_hash = ?"));
    q.bindValue(0, QString::fromLatin1(contentHash));
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

qint64 Store::speakerIdFor(const QString& name, StoreError* error, qint64 preferredId)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return 0;
    if (m_batch.cachingSpeakers) {
        if (const auto it = m_batch.speakerIds.constFind(trimmed); it != m_batch.speakerIds.cend())
            return it.value();
        const qint64 id = lookUpOrAddSpeaker(trimmed, error, preferredId);
        if (id > 0)
            m_batch.speakerIds.insert(trimmed, id);
        return id;
    }
    return lookUpOrAddSpeaker(trimmed, error, preferredId);
}

qint64 Store::lookUpOrAddSpeaker(const QString& trimmed, StoreError* error, qint64 preferredId)
{
    QSqlQuery& find = d->cached(QStringLiteral("SELECT id FROM speakers WHERE name = ?"));
    find.bindValue(0, trimmed);
    if (find.exec() && find.next()) {
        const qint64 id = find.value(0).toLongLong();
        find.finish();
        return id;
    }
    find.finish();
    // A name the analyst merged or renamed away, or an office holder linked to a speaker, resolves
    // to that speaker (issue 14), so re-imports do not bring the old spelling back.
    QSqlQuery& alias
        = d->cached(QStringLiteral("SELECT speaker_id FROM speaker_aliases WHERE alias = ?"
                                   " UNION SELECT id FROM speakers WHERE holder = ? ORDER BY 1"));
    alias.bindValue(0, trimmed);
    alias.bindValue(1, trimmed);
    if (alias.exec() && alias.next()) {
        const qint64 id = alias.value(0).toLongLong();
        alias.finish();
        return id;
    }
    alias.finish();
    QSqlQuery& add
        = d->cached(d->dialect->returningId(QStringLiteral("INSERT INTO speakers(id, name) VALUES (?, ?)")));
    add.bindValue(0, preferredId > 0 && !speakerIdTaken(preferredId) ? QVariant(preferredId) : QVariant());
    add.bindValue(1, trimmed);
    if (!add.exec()) {
        *error = d->writeFailure(QStringLiteral("cannot add speaker"), add.lastError());
        return 0;
    }
    return d->dialect->insertedId(add);
}

qint64 Store::tagIdFor(const QString& name, StoreError* error)
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    q.prepare(d->dialect->returningId(QStringLiteral("INSERT INTO tags(name) VALUES (?)")));
    q.addBindValue(name);
    if (!q.exec()) {
        *error = d->writeFailure(QStringLiteral("cannot add tag"), q.lastError());
        return 0;
    }
    return d->dialect->insertedId(q);
}

// A new article row (id 0: the store picks one), or a restored one under its old id.
StoreError Store::insertArticle(const Article& a, qint64* newId)
{
    QSqlQuery& q = d->cached(d->dialect->returningId(QStringLiteral(
        "INSERT INTO articles(id, title, source_url, publisher, published, date_origin, language, format,"
        " file_name, original, text, content_hash, imported_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    const QVariant values[] = { nullableId(a.id), textValue(a.title), textValue(a.sourceUrl),
        textValue(a.publisher), nullableDate(a.published), textValue(a.dateOrigin), textValue(a.language),
        a.format.isEmpty() ? QStringLiteral("text") : a.format, textValue(a.fileName), a.original,
        textValue(a.text), QString::fromLatin1(a.contentHash),
        QDateTime::currentDateTimeUtc().toString(Qt::ISODate) };
    for (int i = 0; i < int(std::size(values)); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return d->writeFailure(QStringLiteral("cannot store article"), q.lastError());
    if (newId)
        *newId = d->dialect->insertedId(q);
    return {};
}

StoreError Store::insertTags(qint64 statementId, const QStringList& tags)
{
    for (const QString& tag : tags) {
        StoreError e;
        const qint64 tagId = tagIdFor(tag, &e);
        if (e.isError())
            return e;
        QSqlQuery& q
            = d->cached(QStringLiteral("INSERT INTO statement_tags(statement_id, tag_id) VALUES (?, ?)"));
        q.bindValue(0, statementId);
        q.bindValue(1, tagId);
        if (!q.exec())
            return d->writeFailure(QStringLiteral("cannot store tag"), q.lastError());
    }
    return {};
}

StoreError Store::insertStatement(const Statement& s, qint64 articleId, qint64* newId)
{
    StoreError error;
    // Restores put a speaker back under its old id, so undo leaves the store exactly as it was.
    const qint64 speakerId
        = s.speaker.trimmed().isEmpty() ? s.speakerId : speakerIdFor(s.speaker, &error, s.speakerId);
    if (error.isError())
        return error;
    QSqlQuery& q = d->cached(d->dialect->returningId(QStringLiteral(
        "INSERT INTO statements(id, article_id, speaker_id, text, kind, start_pos, end_pos,"
        " said_on, said_from, said_to, said_evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    const QVariant values[] = { nullableId(s.id), articleId, nullableId(speakerId), textValue(s.text),
        statementKindName(s.kind), s.start, s.end, nullableDate(s.saidOn), nullableDate(s.said.from),
        nullableDate(s.said.to), textValue(s.said.evidence) };
    for (int i = 0; i < int(std::size(values)); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return d->writeFailure(QStringLiteral("cannot store statement"), q.lastError());
    *newId = d->dialect->insertedId(q);
    return {};
}

StoreError Store::insertFigure(const Figure& f, qint64 articleId, qint64 statementId)
{
    QSqlQuery& q = d->cached(
        QStringLiteral("INSERT INTO figures(id, article_id, statement_id, kind, value, currency, year, text,"
                       " subject, start_pos, end_pos, actor, per_year, reported_by)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant values[] = { nullableId(f.id), articleId, nullableId(statementId), textValue(f.kind),
        f.value, textValue(f.currency), f.year > 0 ? QVariant(f.year) : QVariant(), textValue(f.text),
        textValue(f.subject), f.start, f.end, textValue(f.actor), f.perYear ? 1 : 0,
        textValue(f.reportedBy) };
    for (int i = 0; i < int(std::size(values)); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return d->writeFailure(QStringLiteral("cannot store figure"), q.lastError());
    return {};
}

Store::ImportOutcome Store::importArticle(const Article& a, const Extraction& extraction)
{
    ImportOutcome outcome;
    if (!isOpen()) {
        outcome.error = StoreError::make(StoreError::Code::CannotOpen, QStringLiteral("no store is open"));
        return outcome;
    }
    if (d->readOnly) {
        outcome.error = readOnlyError();
        return outcome;
    }
    if (a.contentHash.isEmpty() || a.text.trimmed().isEmpty()) {
        outcome.error
            = StoreError::make(StoreError::Code::InvalidInput, QStringLiteral("the article has no text"));
        return outcome;
    }
    noteLostBatch(m_batch.open, d->batchTransactionLost, &m_batch.lost);
    if (m_batch.lost.isError()) {
        outcome.error = m_batch.lost;
        return outcome;
    }
    Transaction tx = d->write(m_batch.open);
    if (!tx.isActive()) {
        outcome.error = sqlError(QStringLiteral("cannot start import"), tx.errorText());
        return outcome;
    }
    // Asked inside the write transaction: another process importing the same file meanwhile is
    // then seen here, instead of failing the insert on the unique hash.
    if (containsHash(a.contentHash)) {
        outcome.duplicate = true;
        outcome.error = StoreError::make(StoreError::Code::Duplicate, QStringLiteral("already imported"));
        return outcome;
    }
    // A failed write undoes the article's savepoint. When that savepoint is gone, SQLite rolled
    // the whole batch back (disk full): the batch is lost, and no later article may be written
    // outside it (a savepoint would then start, and commit, a transaction of its own).
    d->lastWriteFailure = Transaction::Failure::None;
    // Only for this article's own writes: restores and edits never read the batch's speaker cache.
    struct SpeakerCaching
    {
        PendingBatch& batch;
        explicit SpeakerCaching(PendingBatch& b)
            : batch(b)
        {
            batch.cachingSpeakers = batch.open;
        }
        ~SpeakerCaching() { batch.cachingSpeakers = false; }
    } caching(m_batch);
    const auto fail = [&](const StoreError& e) {
        m_batch.speakerIds.clear();
        outcome.error = e;
        const bool transactionKept = tx.rollback();
        if (m_batch.open && (!transactionKept || Transaction::endsTransaction(d->db, d->lastWriteFailure)))
            m_batch.lost = e;
        return outcome;
    };
    qint64 articleId = 0;
    if (const StoreError e = insertArticle(a, &articleId); e.isError())
        return fail(e);
    QList<qint64> statementIds;
    statementIds.reserve(extraction.statements.size());
    for (const Statement& s : extraction.statements) {
        qint64 id = 0;
        if (const StoreError e = insertStatement(s, articleId, &id); e.isError())
            return fail(e);
        statementIds.append(id);
    }
    for (const Figure& f : extraction.figures) {
        const qint64 statementId = f.statementIndex >= 0 && f.statementIndex < statementIds.size()
            ? statementIds.at(f.statementIndex)
            : f.statementId;
        if (const StoreError e = insertFigure(f, articleId, statementId); e.isError())
            return fail(e);
    }
    // A batch indexes all its articles at once when it commits.
    if (!m_batch.open) {
        if (const StoreError e = indexForSearch({ articleId }, statementIds); e.isError())
            return fail(e);
    }
    if (!tx.commit()) {
        const StoreError e = sqlError(QStringLiteral("cannot store the article"), tx.errorText());
        outcome.error = e;
        m_batch.speakerIds.clear();
        if (m_batch.open)
            m_batch.lost = e; // RELEASE fails only when the transaction around it is gone
        return outcome;
    }
    outcome.articleId = articleId;
    if (m_batch.open) {
        m_batch.unindexedArticles.append(articleId);
        m_batch.unindexedStatements.append(statementIds);
    }
    announceArticle(articleId, statementIds);
    return outcome;
}

namespace {
QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}
} // namespace

StoreError Store::indexForSearch(const QList<qint64>& articleIds, const QList<qint64>& statementIds)
{
    if (const StoreError e = writeVariantKeys(statementIds); e.isError())
        return e;
    if (const StoreError e = foldForSearch(articleIds, statementIds); e.isError())
        return e;
    // PostgreSQL's tsvector columns are generated with their rows: nothing to add.
    if (d->isPostgres())
        return {};
    QSqlQuery q(d->db);
    // The lists hold integers only, so building the IN () from them cannot inject anything.
    if (!articleIds.isEmpty()
        && !q.exec(QStringLiteral("INSERT INTO articles_fts(rowid, title, text)"
                                  " SELECT id, title, text FROM articles WHERE id IN (%1)")
                       .arg(idList(articleIds))))
        return d->writeFailure(QStringLiteral("cannot index articles for search"), q.lastError());
    if (!statementIds.isEmpty()
        && !q.exec(QStringLiteral("INSERT INTO statements_fts(rowid, text)"
                                  " SELECT id, text FROM statements WHERE id IN (%1)")
                       .arg(idList(statementIds))))
        return d->writeFailure(QStringLiteral("cannot index statements for search"), q.lastError());
    return {};
}

void Store::announceArticle(qint64 articleId, const QList<qint64>& statementIds)
{
    if (m_batch.open) {
        m_batch.articleIds.append(articleId);
        m_batch.statementIds.append(statementIds);
        return;
    }
    emit m_notifier->articlesAdded({ articleId });
    if (!statementIds.isEmpty())
        emit m_notifier->statementsAdded(articleId, statementIds);
}

StoreError Store::beginImportBatch()
{
    if (!isOpen())
        return StoreError::make(StoreError::Code::CannotOpen, QStringLiteral("no store is open"));
    if (m_batch.open)
        return StoreError::make(
            StoreError::Code::InvalidInput, QStringLiteral("an import batch is open already"));
    if (d->readOnly)
        return readOnlyError();
    QString error;
    if (!Transaction::beginWrite(d->db, &error))
        return sqlError(QStringLiteral("cannot start import"), error);
    m_batch = PendingBatch();
    m_batch.open = true;
    d->batchTransactionLost = false;
    return {};
}

StoreError Store::endImportBatch(bool commit)
{
    noteLostBatch(m_batch.open, d->batchTransactionLost, &m_batch.lost);
    d->batchTransactionLost = false;
    const PendingBatch batch = std::exchange(m_batch, PendingBatch());
    if (!batch.open)
        return StoreError::make(StoreError::Code::CannotOpen, QStringLiteral("the store was closed"));
    if (!commit || batch.lost.isError()) {
        Transaction::rollbackWrite(d->db);
        return batch.lost;
    }
    if (const StoreError e = indexForSearch(batch.unindexedArticles, batch.unindexedStatements);
        e.isError()) {
        Transaction::rollbackWrite(d->db);
        return e;
    }
    if (const StoreError e = batch.removedRows ? removeOrphans() : StoreError(); e.isError()) {
        Transaction::rollbackWrite(d->db);
        return e;
    }
    if (QString error; !Transaction::commitWrite(d->db, &error))
        return sqlError(QStringLiteral("cannot commit import"), error);
    // One signal of each kind for the whole batch: a list model re-reads its window once, not per article.
    if (!batch.removedArticleIds.isEmpty())
        emit m_notifier->articlesRemoved(batch.removedArticleIds);
    if (!batch.articleIds.isEmpty())
        emit m_notifier->articlesAdded(batch.articleIds);
    for (int i = 0; i < batch.articleIds.size(); ++i)
        if (!batch.statementIds.at(i).isEmpty())
            emit m_notifier->statementsAdded(batch.articleIds.at(i), batch.statementIds.at(i));
    return {};
}

} // namespace ql
