#include "Store.h"

#include "ChangeNotifier.h"
#include "SchemaMigrations.h"
#include "Transaction.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <utility>

namespace ql {

namespace {

QAtomicInteger<int> s_connectionCounter;

QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QString());
}

QDate dateFrom(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

// Qt binds a null QString as SQL NULL; text columns are NOT NULL, so send an empty string.
QVariant textValue(const QString& s)
{
    return s.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(s);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// Bound NULL text must keep the column's NULL semantics for dates, so map the empty string.
QVariant nullableDate(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

const QString kStatementColumns
    = QStringLiteral("s.id, s.article_id, s.speaker_id, COALESCE(sp.name, ''), "
                     "s.text, s.kind, s.start_pos, s.end_pos, s.said_on,"
                     " a.title, a.publisher, s.said_from, s.said_to, s.said_evidence");

// The said window from three columns, starting at `first`.
SaidWindow saidWindowFrom(const QSqlQuery& q, int first)
{
    SaidWindow w;
    w.from = dateFrom(q.value(first));
    w.to = dateFrom(q.value(first + 1));
    w.evidence = q.value(first + 2).toString();
    return w;
}

StatementRow statementRowFrom(const QSqlQuery& q)
{
    StatementRow row;
    Statement& s = row.statement;
    s.id = q.value(0).toLongLong();
    s.articleId = q.value(1).toLongLong();
    s.speakerId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    s.speaker = q.value(3).toString();
    s.text = q.value(4).toString();
    statementKindFromName(q.value(5).toString(), s.kind);
    s.start = q.value(6).toInt();
    s.end = q.value(7).toInt();
    s.saidOn = dateFrom(q.value(8));
    row.articleTitle = q.value(9).toString();
    row.publisher = q.value(10).toString();
    s.said = saidWindowFrom(q, 11);
    return row;
}

// The figure columns in this order, with a table alias (or none) before each name.
QString figureColumns(const QString& alias)
{
    QStringList columns;
    for (const char* c : { "id", "article_id", "statement_id", "kind", "value", "currency", "year", "text",
             "subject", "start_pos", "end_pos" })
        columns << alias + QLatin1String(c);
    return columns.join(QStringLiteral(", "));
}

// Reads the columns of figureColumns() from the start of the row.
Figure figureFrom(const QSqlQuery& q)
{
    Figure f;
    f.id = q.value(0).toLongLong();
    f.articleId = q.value(1).toLongLong();
    f.statementId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    f.kind = q.value(3).toString();
    f.value = q.value(4).toDouble();
    f.currency = q.value(5).toString();
    f.year = q.value(6).isNull() ? 0 : q.value(6).toInt();
    f.text = q.value(7).toString();
    f.subject = q.value(8).toString();
    f.start = q.value(9).toInt();
    f.end = q.value(10).toInt();
    return f;
}

// Turns what an analyst types into a safe FTS5 query: each word a quoted prefix term.
QString ftsQuery(const QString& input)
{
    static const QRegularExpression words(
        QStringLiteral("[\\w\\x{2019}']+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    auto it = words.globalMatch(input);
    while (it.hasNext()) {
        QString w = it.next().captured(0);
        w.replace(QLatin1Char('"'), QString());
        terms << QLatin1Char('"') + w + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace

Store::Store(QObject* parent)
    : QObject(parent)
    , m_notifier(new ChangeNotifier(this))
{ }

Store::~Store()
{
    close();
}

bool Store::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

int Store::schemaVersion() const
{
    QSqlQuery q(m_db);
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

    m_connectionName = QStringLiteral("ql-store-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        const QString detail = m_db.lastError().text();
        close();
        return StoreError::make(
            StoreError::Code::CannotOpen, QStringLiteral("cannot open %1: %2").arg(path, detail));
    }
    QSqlQuery q(m_db);
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
    if (const QString error = SchemaMigrations::migrate(m_db); !error.isEmpty()) {
        close();
        return StoreError::make(StoreError::Code::Sql, error);
    }
    m_path = path;
    emit m_notifier->storeReset();
    return StoreError::none();
}

QSqlQuery& Store::cached(const QString& sql) const
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        QSqlQuery q(m_db);
        q.prepare(sql);
        it = m_cache.insert(sql, q);
    }
    return *it;
}

void Store::close()
{
    m_cache.clear(); // prepared statements must go before their connection
    m_batch = PendingBatch(); // closing rolls an open batch back
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_path.clear();
}

// --- import ------------------------------------------------------------------------------------

bool Store::containsHash(const QByteArray& contentHash) const
{
    QSqlQuery& q = cached(QStringLiteral("SELECT 1 FROM articles WHERE content_hash = ?"));
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
    QSqlQuery& find = cached(QStringLiteral("SELECT id FROM speakers WHERE name = ?"));
    find.bindValue(0, trimmed);
    if (find.exec() && find.next()) {
        const qint64 id = find.value(0).toLongLong();
        find.finish();
        return id;
    }
    find.finish();
    QSqlQuery& add = cached(QStringLiteral("INSERT INTO speakers(id, name) VALUES (?, ?)"));
    add.bindValue(0, preferredId > 0 && !speakerIdTaken(preferredId) ? QVariant(preferredId) : QVariant());
    add.bindValue(1, trimmed);
    if (!add.exec()) {
        *error = sqlError(QStringLiteral("cannot add speaker"), add.lastError().text());
        return 0;
    }
    return add.lastInsertId().toLongLong();
}

qint64 Store::tagIdFor(const QString& name, StoreError* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    q.prepare(QStringLiteral("INSERT INTO tags(name) VALUES (?)"));
    q.addBindValue(name);
    if (!q.exec()) {
        *error = sqlError(QStringLiteral("cannot add tag"), q.lastError().text());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

// A new article row (id 0: the store picks one), or a restored one under its old id.
StoreError Store::insertArticle(const Article& a, qint64* newId)
{
    QSqlQuery& q = cached(QStringLiteral(
        "INSERT INTO articles(id, title, source_url, publisher, published, date_origin, language, format,"
        " file_name, original, text, content_hash, imported_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant values[] = { nullableId(a.id), textValue(a.title), textValue(a.sourceUrl),
        textValue(a.publisher), nullableDate(a.published), textValue(a.dateOrigin), textValue(a.language),
        a.format.isEmpty() ? QStringLiteral("text") : a.format, textValue(a.fileName), a.original,
        textValue(a.text), QString::fromLatin1(a.contentHash),
        QDateTime::currentDateTimeUtc().toString(Qt::ISODate) };
    for (int i = 0; i < int(std::size(values)); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot store article"), q.lastError().text());
    if (newId)
        *newId = q.lastInsertId().toLongLong();
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
            = cached(QStringLiteral("INSERT INTO statement_tags(statement_id, tag_id) VALUES (?, ?)"));
        q.bindValue(0, statementId);
        q.bindValue(1, tagId);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot store tag"), q.lastError().text());
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
    QSqlQuery& q = cached(QStringLiteral(
        "INSERT INTO statements(id, article_id, speaker_id, text, kind, start_pos, end_pos,"
        " said_on, said_from, said_to, said_evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant values[] = { nullableId(s.id), articleId, nullableId(speakerId), textValue(s.text),
        statementKindName(s.kind), s.start, s.end, nullableDate(s.saidOn), nullableDate(s.said.from),
        nullableDate(s.said.to), textValue(s.said.evidence) };
    for (int i = 0; i < int(std::size(values)); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot store statement"), q.lastError().text());
    *newId = q.lastInsertId().toLongLong();
    return {};
}

StoreError Store::insertFigure(const Figure& f, qint64 articleId, qint64 statementId)
{
    QSqlQuery& q = cached(
        QStringLiteral("INSERT INTO figures(id, article_id, statement_id, kind, value, currency, year, text,"
                       " subject, start_pos, end_pos) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant values[] = { nullableId(f.id), articleId, nullableId(statementId), textValue(f.kind),
        f.value, textValue(f.currency), f.year > 0 ? QVariant(f.year) : QVariant(), textValue(f.text),
        textValue(f.subject), f.start, f.end };
    for (int i = 0; i < int(std::size(values)); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot store figure"), q.lastError().text());
    return {};
}

Store::ImportOutcome Store::importArticle(const Article& a, const Extraction& extraction)
{
    ImportOutcome outcome;
    if (!isOpen()) {
        outcome.error = StoreError::make(StoreError::Code::CannotOpen, QStringLiteral("no store is open"));
        return outcome;
    }
    if (a.contentHash.isEmpty() || a.text.trimmed().isEmpty()) {
        outcome.error
            = StoreError::make(StoreError::Code::InvalidInput, QStringLiteral("the article has no text"));
        return outcome;
    }
    if (containsHash(a.contentHash)) {
        outcome.duplicate = true;
        outcome.error = StoreError::make(StoreError::Code::Duplicate, QStringLiteral("already imported"));
        return outcome;
    }
    Transaction tx(m_db, writeMode());
    if (!tx.isActive()) {
        outcome.error = sqlError(QStringLiteral("cannot start import"), m_db.lastError().text());
        return outcome;
    }
    qint64 articleId = 0;
    if (const StoreError e = insertArticle(a, &articleId); e.isError()) {
        outcome.error = e;
        return outcome;
    }
    QList<qint64> statementIds;
    statementIds.reserve(extraction.statements.size());
    for (const Statement& s : extraction.statements) {
        qint64 id = 0;
        if (const StoreError e = insertStatement(s, articleId, &id); e.isError()) {
            outcome.error = e;
            return outcome;
        }
        statementIds.append(id);
    }
    for (const Figure& f : extraction.figures) {
        const qint64 statementId = f.statementIndex >= 0 && f.statementIndex < statementIds.size()
            ? statementIds.at(f.statementIndex)
            : f.statementId;
        if (const StoreError e = insertFigure(f, articleId, statementId); e.isError()) {
            outcome.error = e;
            return outcome;
        }
    }
    // A batch indexes all its articles at once when it commits.
    if (!m_batch.open) {
        if (const StoreError e = indexForSearch({ articleId }, statementIds); e.isError()) {
            outcome.error = e;
            return outcome;
        }
    }
    if (!tx.commit()) {
        outcome.error = sqlError(QStringLiteral("cannot commit import"), m_db.lastError().text());
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
    QSqlQuery q(m_db);
    // The lists hold integers only, so building the IN () from them cannot inject anything.
    if (!articleIds.isEmpty()
        && !q.exec(QStringLiteral("INSERT INTO articles_fts(rowid, title, text)"
                                  " SELECT id, title, text FROM articles WHERE id IN (%1)")
                       .arg(idList(articleIds))))
        return sqlError(QStringLiteral("cannot index articles for search"), q.lastError().text());
    if (!statementIds.isEmpty()
        && !q.exec(QStringLiteral("INSERT INTO statements_fts(rowid, text)"
                                  " SELECT id, text FROM statements WHERE id IN (%1)")
                       .arg(idList(statementIds))))
        return sqlError(QStringLiteral("cannot index statements for search"), q.lastError().text());
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
    if (!m_db.transaction())
        return sqlError(QStringLiteral("cannot start import"), m_db.lastError().text());
    m_batch = PendingBatch();
    m_batch.open = true;
    return {};
}

StoreError Store::endImportBatch(bool commit)
{
    const PendingBatch batch = std::exchange(m_batch, PendingBatch());
    if (!batch.open)
        return StoreError::make(StoreError::Code::CannotOpen, QStringLiteral("the store was closed"));
    if (!commit) {
        m_db.rollback();
        return {};
    }
    if (const StoreError e = indexForSearch(batch.unindexedArticles, batch.unindexedStatements);
        e.isError()) {
        m_db.rollback();
        return e;
    }
    if (const StoreError e = batch.removedRows ? removeOrphans() : StoreError(); e.isError()) {
        m_db.rollback();
        return e;
    }
    if (!m_db.commit()) {
        const StoreError error = sqlError(QStringLiteral("cannot commit import"), m_db.lastError().text());
        m_db.rollback();
        return error;
    }
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

// --- articles ----------------------------------------------------------------------------------

StoreStats Store::stats() const
{
    StoreStats s;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM statements),"
            " (SELECT count(*) FROM figures), (SELECT count(*) FROM speakers),"
            " (SELECT count(*) FROM tags), (SELECT count(*) FROM articles WHERE published IS NULL)"))
        && q.next()) {
        s.articles = q.value(0).toInt();
        s.statements = q.value(1).toInt();
        s.figures = q.value(2).toInt();
        s.speakers = q.value(3).toInt();
        s.tags = q.value(4).toInt();
        s.undatedArticles = q.value(5).toInt();
    }
    return s;
}

int Store::articleCount() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM articles")) && q.next() ? q.value(0).toInt() : 0;
}

namespace {
const QString kSummaryColumns
    = QStringLiteral("a.id, a.title, a.publisher, a.source_url, a.published, a.format,"
                     " (SELECT count(*) FROM statements s WHERE s.article_id = a.id)");

ArticleSummary summaryFrom(const QSqlQuery& q)
{
    ArticleSummary s;
    s.id = q.value(0).toLongLong();
    s.title = q.value(1).toString();
    s.publisher = q.value(2).toString();
    s.sourceUrl = q.value(3).toString();
    s.published = dateFrom(q.value(4));
    s.format = q.value(5).toString();
    s.statementCount = q.value(6).toInt();
    return s;
}
} // namespace

QList<ArticleSummary> Store::articleSummaries(int offset, int limit) const
{
    QList<ArticleSummary> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM articles a ORDER BY a.published IS NULL, a.published DESC, a.id DESC"
                       " LIMIT ? OFFSET ?")
            .arg(kSummaryColumns));
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(summaryFrom(q));
    return out;
}

std::optional<ArticleSummary> Store::articleSummary(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM articles a WHERE a.id = ?").arg(kSummaryColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return summaryFrom(q);
}

std::optional<Article> Store::article(qint64 id, bool withOriginal) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, title, source_url, publisher, published, date_origin, language, format, file_name,"
        " text, content_hash, %1 FROM articles WHERE id = ?")
                  .arg(withOriginal ? QStringLiteral("original") : QStringLiteral("NULL")));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Article a;
    a.id = q.value(0).toLongLong();
    a.title = q.value(1).toString();
    a.sourceUrl = q.value(2).toString();
    a.publisher = q.value(3).toString();
    a.published = dateFrom(q.value(4));
    a.dateOrigin = q.value(5).toString();
    a.language = q.value(6).toString();
    a.format = q.value(7).toString();
    a.fileName = q.value(8).toString();
    a.text = q.value(9).toString();
    a.contentHash = q.value(10).toString().toLatin1();
    a.original = q.value(11).toByteArray();
    return a;
}

StoreError Store::updateArticleMetadata(qint64 id, const QString& title, const QDate& published,
    const QString& sourceUrl, const QList<Statement>& statementDates)
{
    Transaction tx(m_db, writeMode());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE articles SET title = ?, published = ?, source_url = ? WHERE id = ?"));
    q.addBindValue(textValue(title));
    q.addBindValue(nullableDate(published));
    q.addBindValue(textValue(sourceUrl));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot update article"), q.lastError().text());
    if (q.numRowsAffected() == 0)
        return StoreError::make(
            StoreError::Code::NotFound, QStringLiteral("article %1 does not exist").arg(id));
    if (const StoreError e = writeStatementDates(statementDates); e.isError())
        return e;
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit article"), m_db.lastError().text());
    emit m_notifier->articleChanged(id);
    for (const Statement& st : statementDates)
        emit m_notifier->statementChanged(st.id);
    return {};
}

StoreError Store::setStatementDates(const QList<Statement>& statements)
{
    Transaction tx(m_db, writeMode());
    if (const StoreError e = writeStatementDates(statements); e.isError())
        return e;
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit statement dates"), m_db.lastError().text());
    for (const Statement& st : statements)
        emit m_notifier->statementChanged(st.id);
    return {};
}

StoreError Store::writeStatementDates(const QList<Statement>& statements)
{
    if (statements.isEmpty())
        return {};
    QSqlQuery& q = cached(QStringLiteral(
        "UPDATE statements SET said_on = ?, said_from = ?, said_to = ?, said_evidence = ? WHERE id = ?"));
    for (const Statement& st : statements) {
        q.bindValue(0, nullableDate(st.saidOn));
        q.bindValue(1, nullableDate(st.said.from));
        q.bindValue(2, nullableDate(st.said.to));
        q.bindValue(3, textValue(st.said.evidence));
        q.bindValue(4, st.id);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot date statement"), q.lastError().text());
        if (q.numRowsAffected() == 0)
            return StoreError::make(
                StoreError::Code::NotFound, QStringLiteral("statement %1 does not exist").arg(st.id));
    }
    return {};
}

std::optional<ArticleSnapshot> Store::removeArticle(qint64 id, StoreError* error)
{
    StoreError dummy;
    StoreError& err = error ? *error : dummy;
    auto article = this->article(id, true);
    if (!article) {
        err = StoreError::make(
            StoreError::Code::NotFound, QStringLiteral("article %1 does not exist").arg(id));
        return std::nullopt;
    }
    ArticleSnapshot snapshot;
    snapshot.article = *article;
    const auto rows = statementRows(id, 0, std::numeric_limits<int>::max());
    for (const StatementRow& row : rows)
        snapshot.statements.append(snapshotStatement(row));
    snapshot.figures = figures(id);

    if (err = deleteRowAndOrphans(QStringLiteral("articles"), id); err.isError())
        return std::nullopt;
    if (m_batch.open)
        m_batch.removedArticleIds.append(id);
    else
        emit m_notifier->articlesRemoved({ id });
    return snapshot;
}

StoreError Store::restoreArticle(const ArticleSnapshot& snapshot)
{
    Transaction tx(m_db, writeMode());
    const Article& a = snapshot.article;
    if (const StoreError e = insertArticle(a); e.isError())
        return e;
    QList<qint64> ids;
    for (const StatementSnapshot& s : snapshot.statements) {
        qint64 id = 0;
        if (const StoreError e = insertStatement(s.statement, a.id, &id); e.isError())
            return e;
        if (const StoreError e = insertTags(id, s.tags); e.isError())
            return e;
        ids.append(id);
    }
    for (const Figure& f : snapshot.figures)
        if (const StoreError e = insertFigure(f, a.id, f.statementId); e.isError())
            return e;
    if (const StoreError e = indexForSearch({ a.id }, ids); e.isError())
        return e;
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit restore"), m_db.lastError().text());
    announceArticle(a.id, ids);
    return {};
}

// --- statements --------------------------------------------------------------------------------

int Store::statementCount(qint64 articleId) const
{
    QSqlQuery q(m_db);
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
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString base = QStringLiteral("SELECT %1 FROM statements s JOIN articles a ON a.id = s.article_id"
                                        " LEFT JOIN speakers sp ON sp.id = s.speaker_id")
                             .arg(kStatementColumns);
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
        QSqlQuery t(m_db);
        if (t.exec(QStringLiteral(
                "SELECT st.statement_id, tg.name FROM statement_tags st JOIN tags tg ON tg.id = st.tag_id"
                " WHERE st.statement_id IN (%1) ORDER BY tg.name")
                       .arg(ids.join(QLatin1Char(','))))) {
            while (t.next())
                out[index.value(t.value(0).toLongLong())].tags << t.value(1).toString();
        }
    }
    return out;
}

std::optional<StatementRow> Store::statementRow(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM statements s JOIN articles a ON a.id = s.article_id"
                             " LEFT JOIN speakers sp ON sp.id = s.speaker_id WHERE s.id = ?")
                  .arg(kStatementColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    StatementRow row = statementRowFrom(q);
    row.tags = tagsOf(id);
    return row;
}

QStringList Store::tagsOf(qint64 statementId) const
{
    QStringList tags;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT tg.name FROM statement_tags st JOIN tags tg ON tg.id = st.tag_id"
                             " WHERE st.statement_id = ? ORDER BY tg.name"));
    q.addBindValue(statementId);
    if (q.exec())
        while (q.next())
            tags << q.value(0).toString();
    return tags;
}

QList<Figure> Store::figures(qint64 articleId) const
{
    QList<Figure> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString base = QStringLiteral("SELECT %1 FROM figures").arg(figureColumns(QString()));
    if (articleId > 0) {
        q.prepare(base + QStringLiteral(" WHERE article_id = ? ORDER BY start_pos, id"));
        q.addBindValue(articleId);
    } else {
        q.prepare(base + QStringLiteral(" ORDER BY id"));
    }
    if (!q.exec())
        return out;
    while (q.next())
        out.append(figureFrom(q));
    return out;
}

// Deletes one row (cascading to what it owns) and the tags and speakers nobody uses any more, in
// one transaction, so undoing the removal can restore exactly what was there.
StoreError Store::deleteRowAndOrphans(const QString& table, qint64 id)
{
    Transaction tx(m_db, writeMode());
    QSqlQuery q(m_db);
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
        return sqlError(QStringLiteral("cannot commit removal"), m_db.lastError().text());
    return {};
}

bool Store::speakerIdTaken(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM speakers WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

StoreError Store::removeOrphans()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM statement_tags)")))
        return sqlError(QStringLiteral("cannot tidy tags"), q.lastError().text());
    return removeOrphanSpeakers();
}

StoreError Store::removeOrphanSpeakers()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "DELETE FROM speakers WHERE id NOT IN (SELECT speaker_id FROM statements"
            " WHERE speaker_id IS NOT NULL) AND id NOT IN (SELECT speaker_id FROM speaker_aliases)")))
        return sqlError(QStringLiteral("cannot tidy speakers"), q.lastError().text());
    return {};
}

StoreError Store::setStatementSpeaker(qint64 statementId, const QString& speaker, qint64 preferredSpeakerId)
{
    Transaction tx(m_db, writeMode());
    StoreError error;
    const qint64 speakerId = speakerIdFor(speaker, &error, preferredSpeakerId);
    if (error.isError())
        return error;
    QSqlQuery q(m_db);
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
        return sqlError(QStringLiteral("cannot commit speaker change"), m_db.lastError().text());
    emit m_notifier->statementChanged(statementId);
    return {};
}

StoreError Store::setStatementSpan(qint64 statementId, int start, int end, const QString* exactText)
{
    QSqlQuery q(m_db);
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
    q.prepare(QStringLiteral("UPDATE statements SET start_pos = ?, end_pos = ?, text = ? WHERE id = ?"));
    q.addBindValue(start);
    q.addBindValue(end);
    q.addBindValue(exactText ? *exactText : text.mid(start, end - start));
    q.addBindValue(statementId);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot change the statement's span"), q.lastError().text());
    emit m_notifier->statementChanged(statementId);
    return {};
}

StatementSnapshot Store::snapshotStatement(const StatementRow& row) const
{
    StatementSnapshot snap;
    snap.statement = row.statement;
    snap.tags = row.tags.isEmpty() ? tagsOf(row.statement.id) : row.tags;
    QSqlQuery q(m_db);
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
    Transaction tx(m_db, writeMode());
    qint64 id = 0;
    if (const StoreError e = insertStatement(snap.statement, snap.statement.articleId, &id); e.isError())
        return e;
    if (const StoreError e = insertTags(id, snap.tags); e.isError())
        return e;
    QSqlQuery q(m_db);
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
        return sqlError(QStringLiteral("cannot commit restore"), m_db.lastError().text());
    emit m_notifier->statementsAdded(snap.statement.articleId, { id });
    return {};
}

StoreError Store::addTag(qint64 statementId, const QString& tag)
{
    const QString name = tag.simplified();
    if (name.isEmpty())
        return StoreError::make(StoreError::Code::InvalidInput, QStringLiteral("a tag needs a name"));
    Transaction tx(m_db, writeMode());
    StoreError error;
    const qint64 tagId = tagIdFor(name, &error);
    if (error.isError())
        return error;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO statement_tags(statement_id, tag_id) VALUES (?, ?)"));
    q.addBindValue(statementId);
    q.addBindValue(tagId);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot tag statement"), q.lastError().text());
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit tag"), m_db.lastError().text());
    emit m_notifier->statementTagsChanged(statementId);
    return {};
}

StoreError Store::removeTag(qint64 statementId, const QString& tag)
{
    Transaction tx(m_db, writeMode());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM statement_tags WHERE statement_id = ?"
                             " AND tag_id = (SELECT id FROM tags WHERE name = ?)"));
    q.addBindValue(statementId);
    q.addBindValue(tag.simplified());
    if (!q.exec())
        return sqlError(QStringLiteral("cannot untag statement"), q.lastError().text());
    // A tag nobody uses any more goes too, so undoing an add leaves the store as it was.
    if (!q.exec(QStringLiteral("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM statement_tags)")))
        return sqlError(QStringLiteral("cannot tidy tags"), q.lastError().text());
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit untag"), m_db.lastError().text());
    emit m_notifier->statementTagsChanged(statementId);
    return {};
}

QStringList Store::allTags() const
{
    QStringList out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT name FROM tags ORDER BY name")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QStringList Store::speakers() const
{
    QStringList out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT name FROM speakers ORDER BY name")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

// --- search ------------------------------------------------------------------------------------

QList<SearchHit> Store::search(const QString& query, int limit) const
{
    QList<SearchHit> out;
    const QString fts = ftsQuery(query);
    if (fts.isEmpty())
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT s.article_id, s.id, a.title, COALESCE(sp.name, ''),"
                       " snippet(statements_fts, 0, '[', ']', '…', 24)"
                       " FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid"
                       " JOIN articles a ON a.id = s.article_id LEFT JOIN speakers sp ON sp.id = s.speaker_id"
                       " WHERE statements_fts MATCH ? ORDER BY rank LIMIT ?"));
    q.addBindValue(fts);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            out.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString() });
    }
    q.prepare(QStringLiteral("SELECT a.id, a.title, snippet(articles_fts, 1, '[', ']', '…', 24)"
                             " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
                             " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"));
    q.addBindValue(fts);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            out.append(
                { q.value(0).toLongLong(), 0, q.value(1).toString(), QString(), q.value(2).toString() });
    }
    return out;
}

QList<qint64> Store::searchStatementIds(const QString& query, int limit) const
{
    QList<qint64> out;
    const QString fts = ftsQuery(query);
    if (fts.isEmpty())
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? LIMIT ?"));
    q.addBindValue(fts);
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}

// --- offices -----------------------------------------------------------------------------------

QList<OfficeTerm> Store::officeTerms() const
{
    QList<OfficeTerm> out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral(
            "SELECT office, holder, start_date, end_date FROM offices ORDER BY office, start_date")))
        while (q.next())
            out.append(
                { q.value(0).toString(), q.value(1).toString(), dateFrom(q.value(2)), dateFrom(q.value(3)) });
    return out;
}

StoreError Store::replaceOfficeTerms(const QList<OfficeTerm>& terms)
{
    Transaction tx(m_db, writeMode());
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM offices")))
        return sqlError(QStringLiteral("cannot replace offices"), q.lastError().text());
    for (const OfficeTerm& t : terms) {
        if (t.office.trimmed().isEmpty() || t.holder.trimmed().isEmpty() || !t.start.isValid())
            return StoreError::make(StoreError::Code::InvalidInput,
                QStringLiteral("an office term needs an office, a holder and a start date"));
        q.prepare(
            QStringLiteral("INSERT INTO offices(office, holder, start_date, end_date) VALUES (?, ?, ?, ?)"));
        q.addBindValue(t.office.trimmed());
        q.addBindValue(t.holder.trimmed());
        q.addBindValue(dateValue(t.start));
        q.addBindValue(nullableDate(t.end));
        if (!q.exec())
            return sqlError(QStringLiteral("cannot store office term"), q.lastError().text());
    }
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit offices"), m_db.lastError().text());
    return {};
}

bool Store::officeTermsSeeded() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1 FROM store_meta WHERE key = 'offices_seeded'")) && q.next();
}

StoreError Store::setOfficeTermsSeeded(bool seeded)
{
    QSqlQuery q(m_db);
    if (!q.exec(seeded ? QStringLiteral(
                    "INSERT OR REPLACE INTO store_meta(key, value) VALUES ('offices_seeded', '1')")
                       : QStringLiteral("DELETE FROM store_meta WHERE key = 'offices_seeded'")))
        return sqlError(QStringLiteral("cannot mark offices"), q.lastError().text());
    return {};
}

// --- events ------------------------------------------------------------------------------------

QList<CalendarEvent> Store::events() const
{
    QList<CalendarEvent> out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT id, name, aliases, place, start_date, end_date, kind, fixed_venue"
                              " FROM events ORDER BY start_date, id")))
        while (q.next()) {
            CalendarEvent e;
            e.id = q.value(0).toLongLong();
            e.name = q.value(1).toString();
            e.aliases = q.value(2).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            e.place = q.value(3).toString();
            e.start = dateFrom(q.value(4));
            e.end = dateFrom(q.value(5));
            e.kind = q.value(6).toString();
            e.fixedVenue = q.value(7).toInt() != 0;
            out.append(e);
        }
    return out;
}

StoreError Store::replaceEvents(const QList<CalendarEvent>& events)
{
    Transaction tx(m_db, writeMode());
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM events")))
        return sqlError(QStringLiteral("cannot replace events"), q.lastError().text());
    for (const CalendarEvent& e : events) {
        QStringList aliases;
        for (const QString& a : e.aliases) {
            if (!a.simplified().isEmpty())
                aliases << a.simplified();
        }
        if (e.name.trimmed().isEmpty() || aliases.isEmpty() || !e.start.isValid() || !e.end.isValid()
            || e.end < e.start)
            return StoreError::make(StoreError::Code::InvalidInput,
                QStringLiteral("an event needs a name, a phrase that names it and a start and end date"));
        q.prepare(QStringLiteral("INSERT INTO events(id, name, aliases, place, start_date, end_date, kind,"
                                 " fixed_venue) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(nullableId(e.id));
        q.addBindValue(e.name.trimmed());
        q.addBindValue(aliases.join(QLatin1Char('\n')));
        q.addBindValue(textValue(e.place.trimmed()));
        q.addBindValue(dateValue(e.start));
        q.addBindValue(dateValue(e.end));
        q.addBindValue(textValue(e.kind.trimmed()));
        q.addBindValue(e.fixedVenue ? 1 : 0);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot store event"), q.lastError().text());
    }
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit events"), m_db.lastError().text());
    return {};
}

bool Store::eventsSeeded() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1 FROM store_meta WHERE key = 'events_seeded'")) && q.next();
}

StoreError Store::setEventsSeeded(bool seeded)
{
    QSqlQuery q(m_db);
    if (!q.exec(seeded ? QStringLiteral(
                    "INSERT OR REPLACE INTO store_meta(key, value) VALUES ('events_seeded', '1')")
                       : QStringLiteral("DELETE FROM store_meta WHERE key = 'events_seeded'")))
        return sqlError(QStringLiteral("cannot mark events"), q.lastError().text());
    return {};
}

// --- families ----------------------------------------------------------------------------------

FamilyState Store::familyState() const
{
    FamilyState state;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT statement_id, family_id FROM statement_families")))
        while (q.next())
            state.familyOfStatement.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    if (q.exec(QStringLiteral("SELECT key_a, key_b, must_link FROM family_constraints")))
        while (q.next())
            state.constraints.append(
                { q.value(2).toInt() ? FamilyConstraint::Kind::MustLink : FamilyConstraint::Kind::CannotLink,
                    quint64(q.value(0).toLongLong()), quint64(q.value(1).toLongLong()) });
    if (q.exec(QStringLiteral("SELECT value FROM store_meta WHERE key = 'next_family_id'")) && q.next())
        state.nextFamilyId = std::max<qint64>(1, q.value(0).toLongLong());
    return state;
}

StoreError Store::saveFamilyState(const FamilyState& state, const FamilyState* saved)
{
    Transaction tx(m_db, writeMode());
    QSqlQuery q(m_db);
    if (!saved && !q.exec(QStringLiteral("DELETE FROM statement_families")))
        return sqlError(QStringLiteral("cannot replace families"), q.lastError().text());
    if (saved) {
        q.prepare(QStringLiteral("DELETE FROM statement_families WHERE statement_id = ?"));
        for (auto it = saved->familyOfStatement.cbegin(); it != saved->familyOfStatement.cend(); ++it) {
            if (state.familyOfStatement.contains(it.key()))
                continue;
            q.bindValue(0, it.key());
            if (!q.exec())
                return sqlError(QStringLiteral("cannot remove family member"), q.lastError().text());
        }
    }
    // Only statements that still exist: a family state may be a moment older than a deletion.
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO statement_families(statement_id, family_id)"
                             " SELECT ?, ? WHERE EXISTS (SELECT 1 FROM statements WHERE id = ?)"));
    for (auto it = state.familyOfStatement.cbegin(); it != state.familyOfStatement.cend(); ++it) {
        if (saved) {
            const auto before = saved->familyOfStatement.constFind(it.key());
            if (before != saved->familyOfStatement.cend() && *before == it.value())
                continue;
        }
        q.bindValue(0, it.key());
        q.bindValue(1, it.value());
        q.bindValue(2, it.key());
        if (!q.exec())
            return sqlError(QStringLiteral("cannot store family"), q.lastError().text());
    }
    if (!saved || saved->constraints != state.constraints) {
        if (!q.exec(QStringLiteral("DELETE FROM family_constraints")))
            return sqlError(QStringLiteral("cannot replace family constraints"), q.lastError().text());
        q.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO family_constraints(key_a, key_b, must_link) VALUES (?, ?, ?)"));
        for (const FamilyConstraint& c : state.constraints) {
            q.bindValue(0, qint64(c.keyA));
            q.bindValue(1, qint64(c.keyB));
            q.bindValue(2, c.kind == FamilyConstraint::Kind::MustLink ? 1 : 0);
            if (!q.exec())
                return sqlError(QStringLiteral("cannot store family constraint"), q.lastError().text());
        }
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO store_meta(key, value) VALUES ('next_family_id', ?)"));
    q.addBindValue(QString::number(state.nextFamilyId));
    if (!q.exec())
        return sqlError(QStringLiteral("cannot store family counter"), q.lastError().text());
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit families"), m_db.lastError().text());
    emit m_notifier->familiesChanged();
    return {};
}

QList<Statement> Store::allStatements() const
{
    QList<Statement> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT s.id, s.article_id, s.text, COALESCE(sp.name, ''), s.kind, s.said_on,"
                           " s.said_from, s.said_to, s.said_evidence"
                           " FROM statements s LEFT JOIN speakers sp ON sp.id = s.speaker_id ORDER BY s.id")))
        return out;
    while (q.next()) {
        Statement s;
        s.id = q.value(0).toLongLong();
        s.articleId = q.value(1).toLongLong();
        s.text = q.value(2).toString();
        s.speaker = q.value(3).toString();
        statementKindFromName(q.value(4).toString(), s.kind);
        s.saidOn = dateFrom(q.value(5));
        s.said = saidWindowFrom(q, 6);
        out.append(s);
    }
    return out;
}

QList<StatementRow> Store::statementRowsByIds(const QList<qint64>& ids) const
{
    QList<StatementRow> out;
    if (ids.isEmpty())
        return out;
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id); // integers only: safe to inline
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM statements s JOIN articles a ON a.id = s.article_id"
                               " LEFT JOIN speakers sp ON sp.id = s.speaker_id WHERE s.id IN (%2)"
                               " ORDER BY s.said_on IS NULL, s.said_on, s.id")
                    .arg(kStatementColumns, list.join(QLatin1Char(',')))))
        return out;
    while (q.next())
        out.append(statementRowFrom(q));
    return out;
}

QList<StatementRow> Store::transcriptStatements(const QString& speaker, const QDate& around, int days) const
{
    QList<StatementRow> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM statements s JOIN articles a ON a.id = s.article_id"
                                 " JOIN speakers sp ON sp.id = s.speaker_id"
                                 " WHERE s.kind = 'transcript' AND sp.name = ?")
                      .arg(kStatementColumns);
    if (around.isValid())
        sql += QStringLiteral(" AND s.said_on BETWEEN ? AND ?");
    q.prepare(sql + QStringLiteral(" ORDER BY s.article_id, s.start_pos"));
    q.addBindValue(speaker);
    if (around.isValid()) {
        q.addBindValue(around.addDays(-days).toString(Qt::ISODate));
        q.addBindValue(around.addDays(days).toString(Qt::ISODate));
    }
    if (q.exec())
        while (q.next())
            out.append(statementRowFrom(q));
    return out;
}

QList<FigureRow> Store::figureRows(const QString& kind) const
{
    QList<FigureRow> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT %1, COALESCE(s.said_on, a.published), COALESCE(sp.name, ''),"
        " CASE WHEN a.publisher <> '' THEN a.publisher ELSE a.title END, COALESCE(s.text, f.text),"
        " COALESCE(a.publisher, '')"
        " FROM figures f JOIN articles a ON a.id = f.article_id"
        " LEFT JOIN statements s ON s.id = f.statement_id LEFT JOIN speakers sp ON sp.id = s.speaker_id"
        " WHERE (? = '' OR f.kind = ?)"
        " ORDER BY COALESCE(s.said_on, a.published) IS NULL, COALESCE(s.said_on, a.published), f.id")
                  .arg(figureColumns(QStringLiteral("f."))));
    q.addBindValue(textValue(kind));
    q.addBindValue(textValue(kind));
    if (!q.exec())
        return out;
    while (q.next()) {
        FigureRow r;
        r.figure = figureFrom(q);
        r.date = dateFrom(q.value(11));
        r.speaker = q.value(12).toString();
        r.source = q.value(13).toString();
        r.publisher = q.value(15).toString();
        r.sentence = q.value(14).toString();
        out.append(r);
    }
    return out;
}

} // namespace ql
