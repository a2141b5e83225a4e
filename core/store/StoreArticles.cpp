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

// --- articles ----------------------------------------------------------------------------------

StoreStats Store::stats() const
{
    StoreStats s;
    QSqlQuery q(d->db);
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
    QSqlQuery q(d->db);
    return q.exec(QStringLiteral("SELECT count(*) FROM articles")) && q.next() ? q.value(0).toInt() : 0;
}

namespace {
const QString kSummaryColumns
    = QStringLiteral("a.id, a.title, a.publisher, a.source_url, a.published, a.format,"
                     " (SELECT count(*) FROM statements s WHERE s.article_id = a.id), a.note");

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
    s.note = q.value(7).toString();
    return s;
}
} // namespace

QList<ArticleSummary> Store::articleSummaries(int offset, int limit) const
{
    QList<ArticleSummary> out;
    QSqlQuery q(d->db);
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
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT %1 FROM articles a WHERE a.id = ?").arg(kSummaryColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return summaryFrom(q);
}

std::optional<Article> Store::article(qint64 id, bool withOriginal) const
{
    QSqlQuery q(d->db);
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
    Transaction tx = d->write(m_batch.open);
    QSqlQuery q(d->db);
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
        return sqlError(QStringLiteral("cannot commit article"), d->db.lastError().text());
    emit m_notifier->articleChanged(id);
    for (const Statement& st : statementDates)
        emit m_notifier->statementChanged(st.id);
    return {};
}

StoreError Store::setStatementDates(const QList<Statement>& statements)
{
    Transaction tx = d->write(m_batch.open);
    if (const StoreError e = writeStatementDates(statements); e.isError())
        return e;
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit statement dates"), d->db.lastError().text());
    for (const Statement& st : statements)
        emit m_notifier->statementChanged(st.id);
    return {};
}

StoreError Store::writeStatementDates(const QList<Statement>& statements)
{
    if (statements.isEmpty())
        return {};
    QSqlQuery& q = d->cached(QStringLiteral(
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
    snapshot.note = note(NoteTarget::Article, id);

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
    Transaction tx = d->write(m_batch.open);
    const Article& a = snapshot.article;
    if (const StoreError e = insertArticle(a); e.isError())
        return e;
    QList<qint64> ids;
    for (const StatementSnapshot& s : snapshot.statements) {
        qint64 id = 0;
        if (const StoreError e = insertStatement(s.statement, a.id, &id); e.isError())
            return e;
        if (const StoreError e = restoreCuration(s, id); e.isError())
            return e;
        if (const StoreError e = insertTags(id, s.tags); e.isError())
            return e;
        ids.append(id);
    }
    for (const Figure& f : snapshot.figures)
        if (const StoreError e = insertFigure(f, a.id, f.statementId); e.isError())
            return e;
    if (!snapshot.note.isEmpty()) {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("UPDATE articles SET note = ? WHERE id = ?"));
        q.addBindValue(snapshot.note);
        q.addBindValue(a.id);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot restore the article's note"), q.lastError().text());
    }
    if (const StoreError e = indexForSearch({ a.id }, ids); e.isError())
        return e;
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit restore"), d->db.lastError().text());
    announceArticle(a.id, ids);
    return {};
}

} // namespace ql
