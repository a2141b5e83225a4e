#include "core/store/Store.h"

#include "core/analysis/comparison/TextNormalizer.h"
#include "core/store/ChangeNotifier.h"
#include "core/store/StorePrivate.h"
#include "core/store/StoreSearchPostgres.h"
#include "core/store/StoreSql.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace ql {

using namespace storesql;

// --- search ------------------------------------------------------------------------------------
//
// Search folds spelling the way Compare does (TextNormalizer: case, diacritics, quote marks,
// British/American spelling), so "defense industry" finds "defence industry". SQLite: the folded
// words of every statement (text, note) and article (title, text, note) live in their own FTS5
// tables (schema 7, statements_folded and articles_folded); the query is folded the same way. The
// folding is C++, so those tables are filled here, lazily, before a search: triggers only drop the
// rows of edited or deleted statements and articles. Snippets and highlights are worked out on the
// original text with the same tokens, so their offsets are the text's own.
//
// Order (issue 17): statements then articles, at most `limit` of each, the best (bm25) among the
// newest RankWindow matches by id (the order they were stored). ORDER BY rowid DESC LIMIT lets
// FTS5 walk its doclists backwards and stop after the window, where ORDER BY rank scored every match
// first (0.8-1.3 s for a word in 400,000 statements); a store with fewer matches than the window is
// ranked as a whole. Snippets and highlights are made for the returned page only.
//
// The folded rows are written with the rows they fold (foldForSearch(), from indexForSearch()), so
// a search normally writes nothing; rows whose text or note was edited are listed in search_pending
// (schema 8 triggers) and folded again before the next search, a few rows, not a scan of the store.

namespace {

// Each query word or phrase costs a pass over every hit's tokens: the query is bounded (issue 16:
// one word repeated 160 times took 58 s in FTS5's snippet()).
constexpr int kMaxTerms = 16;
constexpr int kMaxPhraseWords = 12;
constexpr int kSnippetBefore = 70;
constexpr int kSnippetLength = 260;
// Article texts are tokenised for highlighting in chunks, stopping at the first chunk with a match.
constexpr int kChunk = 4000;
constexpr int kChunkOverlap = 200;
// Around the first occurrence of a word as typed: enough for a snippet and its highlights.
constexpr int kWindowBefore = 90;
constexpr int kWindowAfter = 320;

// One word (possibly a prefix) or one quoted phrase, in folded tokens.
struct Term
{
    QStringList words;
    QStringList rawWords; // as typed, lower case: for the unfolded index
    bool prefix = false; // the last word is matched as a prefix
};

const TextNormalizer& normalizer()
{
    static const TextNormalizer n;
    return n;
}

QString foldedText(const QString& text)
{
    if (text.isEmpty())
        return QString();
    return normalizer().words(text).join(QLatin1Char(' '));
}

QList<Term> parseQuery(const QString& input)
{
    QList<Term> terms;
    QSet<QString> seen;
    auto add = [&](const QString& raw, bool phrase) {
        if (terms.size() >= kMaxTerms)
            return;
        QString text = raw;
        bool star = false;
        while (text.endsWith(QLatin1Char('*'))) {
            text.chop(1);
            star = true;
        }
        Term t;
        t.words = normalizer().words(text);
        if (t.words.isEmpty())
            return;
        if (t.words.size() > kMaxPhraseWords)
            t.words = t.words.mid(0, kMaxPhraseWords);
        static const QRegularExpression nonWord(
            QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
        t.rawWords = text.toLower().split(nonWord, Qt::SkipEmptyParts).mid(0, kMaxPhraseWords);
        // Plain words are prefixes, as they always were here ("industr" finds "industry");
        // a quoted phrase is exact unless it ends in *.
        t.prefix = phrase ? star : true;
        const QString key = t.words.join(QLatin1Char(' ')) + (t.prefix ? QStringLiteral("*") : QString());
        if (seen.contains(key))
            return;
        seen.insert(key);
        terms.append(t);
    };
    qsizetype i = 0;
    const qsizetype n = input.size();
    while (i < n && terms.size() < kMaxTerms) {
        const QChar c = input.at(i);
        if (c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x201D)) {
            qsizetype close = i + 1;
            while (close < n && input.at(close) != QLatin1Char('"') && input.at(close) != QChar(0x201D)
                && input.at(close) != QChar(0x201C))
                ++close;
            qsizetype after = close + 1;
            while (after < n && input.at(after) == QLatin1Char('*'))
                ++after;
            const bool star = after > close + 1;
            add(input.mid(i + 1, close - i - 1) + (star ? QStringLiteral("*") : QString()), true);
            i = after;
        } else if (c.isSpace()) {
            ++i;
        } else {
            qsizetype end = i;
            while (end < n && !input.at(end).isSpace() && input.at(end) != QLatin1Char('"'))
                ++end;
            // A hyphenated or contracted word is several tokens: matched as a phrase of them.
            add(input.mid(i, end - i), false);
            i = end;
        }
    }
    return terms;
}

QString ftsExpression(const QList<Term>& terms, bool folded)
{
    QStringList parts;
    for (const Term& t : terms) {
        QString phrase = (folded ? t.words : t.rawWords).join(QLatin1Char(' '));
        if (phrase.isEmpty())
            continue;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        parts << QLatin1Char('"') + phrase + QLatin1Char('"') + (t.prefix ? QStringLiteral("*") : QString());
    }
    return parts.join(QLatin1Char(' '));
}

bool tokenMatches(const QString& token, const QString& word, bool prefix)
{
    return prefix ? token.startsWith(word) : token == word;
}

// The words of `text` (offset by `base`) that belong to a match, in order: each word of a phrase is
// marked on its own, as the words of a plain query are; tokens of one word ("can't") share a span.
QList<SearchHit::Span> matchSpans(const QString& text, int base, const QList<Term>& terms)
{
    const QList<NormalizedToken> tokens = normalizer().tokenize(text);
    std::vector<bool> marked(size_t(tokens.size()), false);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        for (const Term& t : terms) {
            const qsizetype n = t.words.size();
            if (i + n > tokens.size())
                continue;
            bool ok = true;
            for (qsizetype k = 0; k < n && ok; ++k)
                ok = tokenMatches(tokens.at(i + k).text, t.words.at(k), t.prefix && k == n - 1);
            for (qsizetype k = 0; ok && k < n; ++k)
                marked[size_t(i + k)] = true;
        }
    }
    QList<SearchHit::Span> spans;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!marked[size_t(i)])
            continue;
        const int start = tokens.at(i).start + base;
        const int end = tokens.at(i).end + base;
        if (!spans.isEmpty() && start < spans.last().start + spans.last().length)
            spans.last().length = std::max(spans.last().length, end - spans.last().start);
        else
            spans.append({ start, end - start });
    }
    return spans;
}

// Matches in a long text, looked for chunk by chunk: only the first chunk with one is tokenised
// in full, so highlighting an article costs what its first match needs.
QList<SearchHit::Span> firstMatches(const QString& text, const QList<Term>& terms)
{
    // Tokenising costs far more than finding a word: the first place a term's word occurs as typed
    // is looked up as plain text, and only a window around it is tokenised. A match spelled
    // otherwise (defense for defence) falls through to the chunks below.
    qsizetype first = -1;
    for (const Term& t : terms) {
        if (t.rawWords.isEmpty())
            continue;
        const qsizetype at = text.indexOf(t.rawWords.first(), 0, Qt::CaseInsensitive);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    if (first >= 0) {
        qsizetype start = std::max<qsizetype>(0, first - kWindowBefore);
        while (start > 0 && !text.at(start - 1).isSpace())
            --start;
        qsizetype end = std::min<qsizetype>(text.size(), first + kWindowAfter);
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        const QList<SearchHit::Span> spans = matchSpans(text.mid(start, end - start), int(start), terms);
        if (!spans.isEmpty())
            return spans;
    }
    if (text.size() <= kChunk)
        return matchSpans(text, 0, terms);
    for (int at = 0; at < text.size(); at += kChunk - kChunkOverlap) {
        int end = std::min<int>(int(text.size()), at + kChunk);
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        int start = at;
        while (start > 0 && !text.at(start - 1).isSpace())
            --start;
        const QList<SearchHit::Span> spans = matchSpans(text.mid(start, end - start), start, terms);
        if (!spans.isEmpty())
            return spans;
        if (end >= text.size())
            break;
    }
    return {};
}

// Cuts a snippet around the first span and moves the spans into it.
void makeSnippet(const QString& text, const QList<SearchHit::Span>& spans, SearchHit& hit)
{
    const int n = int(text.size());
    int start = 0;
    if (!spans.isEmpty() && n > kSnippetLength) {
        start = std::max(0, spans.first().start - kSnippetBefore);
        while (
            start > 0 && !text.at(start - 1).isSpace() && spans.first().start - start < kSnippetBefore + 20)
            --start;
    }
    int end = std::min(n, start + kSnippetLength);
    while (end < n && !text.at(end).isSpace() && end - start < kSnippetLength + 20)
        ++end;
    const bool cutBefore = start > 0;
    const bool cutAfter = end < n;
    QString body = text.mid(start, end - start);
    // Line breaks become spaces (one for one, so the offsets hold): a snippet is one line.
    for (QChar& c : body) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    const int shift = (cutBefore ? 1 : 0) - start;
    hit.snippet
        = (cutBefore ? QStringLiteral("…") : QString()) + body + (cutAfter ? QStringLiteral("…") : QString());
    hit.highlights.clear();
    for (const SearchHit::Span& s : spans) {
        const int from = std::max(s.start, start);
        const int to = std::min(s.start + s.length, end);
        if (to > from)
            hit.highlights.append({ from + shift, to - from });
    }
}

} // namespace

namespace {

bool foldRows(QSqlDatabase& db, const QString& statementWhere, const QString& articleWhere)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery write(db);
    bool ok = true;
    if (!statementWhere.isEmpty()) {
        ok = read.exec(QStringLiteral("SELECT id, text, note FROM statements WHERE %1").arg(statementWhere))
            && write.prepare(
                QStringLiteral("INSERT INTO statements_folded(rowid, text, note) VALUES (?, ?, ?)"));
        while (ok && read.next()) {
            write.addBindValue(read.value(0));
            write.addBindValue(foldedText(read.value(1).toString()));
            write.addBindValue(foldedText(read.value(2).toString()));
            ok = write.exec();
        }
    }
    if (ok && !articleWhere.isEmpty()) {
        ok = read.exec(
                 QStringLiteral("SELECT id, title, text, note FROM articles WHERE %1").arg(articleWhere))
            && write.prepare(
                QStringLiteral("INSERT INTO articles_folded(rowid, title, text, note) VALUES (?, ?, ?, ?)"));
        while (ok && read.next()) {
            write.addBindValue(read.value(0));
            write.addBindValue(foldedText(read.value(1).toString()));
            write.addBindValue(foldedText(read.value(2).toString()));
            write.addBindValue(foldedText(read.value(3).toString()));
            ok = write.exec();
        }
    }
    return ok;
}

QString idsIn(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts << QString::number(id); // integers only: nothing can be injected
    return QStringLiteral("id IN (%1)").arg(parts.join(QLatin1Char(',')));
}

} // namespace

StoreError Store::foldForSearch(const QList<qint64>& articleIds, const QList<qint64>& statementIds)
{
    if (d->isPostgres() || (articleIds.isEmpty() && statementIds.isEmpty()))
        return {};
    // A row folded already (a restored article's statements) is replaced, not doubled.
    QSqlQuery q(d->db);
    if (!statementIds.isEmpty()
        && !q.exec(QStringLiteral(
            "DELETE FROM statements_folded WHERE rowid IN (SELECT id FROM statements WHERE %1)")
                       .arg(idsIn(statementIds))))
        return sqlError(QStringLiteral("cannot fold statements for search"), q.lastError().text());
    if (!articleIds.isEmpty()
        && !q.exec(
            QStringLiteral("DELETE FROM articles_folded WHERE rowid IN (SELECT id FROM articles WHERE %1)")
                .arg(idsIn(articleIds))))
        return sqlError(QStringLiteral("cannot fold articles for search"), q.lastError().text());
    if (!foldRows(d->db, statementIds.isEmpty() ? QString() : idsIn(statementIds),
            articleIds.isEmpty() ? QString() : idsIn(articleIds)))
        return sqlError(QStringLiteral("cannot fold for search"), d->db.lastError().text());
    return {};
}

bool Store::refreshSearchIndex() const
{
    // An import batch holds the transaction: what it edits is folded at the next search after it.
    if (!isOpen() || d->isPostgres() || m_batch.open)
        return false;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    // Stores from before schema 8 were folded lazily: the rows never folded are found once by a
    // scan, and from then on only the edited rows (search_pending) are folded again.
    bool complete = false;
    if (q.exec(QStringLiteral("SELECT value FROM store_meta WHERE key = 'search_folded'")) && q.next())
        complete = q.value(0).toString() == QLatin1String("1");
    // Rows written past the store's write path (a copied store's tables) are not folded: the newest
    // row of each table tells, in two look-ups.
    for (const auto& sql :
        { QStringLiteral(
              "SELECT NOT EXISTS (SELECT 1 FROM statements) OR EXISTS (SELECT 1 FROM statements_folded"
              " WHERE rowid = (SELECT max(id) FROM statements)) OR EXISTS (SELECT 1 FROM search_pending"
              " WHERE kind = 0 AND id = (SELECT max(id) FROM statements))"),
            QStringLiteral(
                "SELECT NOT EXISTS (SELECT 1 FROM articles) OR EXISTS (SELECT 1 FROM articles_folded"
                " WHERE rowid = (SELECT max(id) FROM articles)) OR EXISTS (SELECT 1 FROM search_pending"
                " WHERE kind = 1 AND id = (SELECT max(id) FROM articles))") }) {
        if (complete)
            complete = q.exec(sql) && q.next() && q.value(0).toBool();
    }
    if (complete) {
        if (!q.exec(QStringLiteral("SELECT 1 FROM search_pending LIMIT 1")))
            return false;
        if (!q.next())
            return true; // nothing to fold: the search writes nothing
    }
    q.finish();
    if (!d->db.transaction())
        return false;
    bool ok = true;
    if (complete) {
        ok = foldRows(d->db,
                 QStringLiteral("id IN (SELECT id FROM search_pending WHERE kind = 0)"
                                " AND id NOT IN (SELECT rowid FROM statements_folded)"),
                 QStringLiteral("id IN (SELECT id FROM search_pending WHERE kind = 1)"
                                " AND id NOT IN (SELECT rowid FROM articles_folded)"))
            && q.exec(QStringLiteral("DELETE FROM search_pending"));
    } else {
        ok = foldRows(d->db, QStringLiteral("id NOT IN (SELECT rowid FROM statements_folded)"),
                 QStringLiteral("id NOT IN (SELECT rowid FROM articles_folded)"))
            && q.exec(QStringLiteral("DELETE FROM search_pending"))
            && q.exec(QStringLiteral("INSERT INTO store_meta(key, value) VALUES ('search_folded', '1')"
                                     " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    }
    q.finish();
    if (!ok || !d->db.commit()) {
        d->db.rollback();
        return false;
    }
    return true;
}

namespace {

// A statement's hit: the match in its text, else in its note (a row found only through its note).
SearchHit statementHit(const SearchMatch& m, const QList<Term>& terms)
{
    SearchHit h;
    h.articleId = m.articleId;
    h.statementId = m.statementId;
    h.articleTitle = m.title;
    h.speaker = m.speaker;
    h.textStart = m.textStart;
    h.textEnd = m.textEnd;
    const QList<SearchHit::Span> spans = matchSpans(m.text, 0, terms);
    if (spans.isEmpty()) {
        if (const QList<SearchHit::Span> noteSpans = matchSpans(m.note, 0, terms); !noteSpans.isEmpty()) {
            h.field = SearchHit::Field::Note;
            makeSnippet(m.note, noteSpans, h);
            return h;
        }
    }
    makeSnippet(m.text, spans, h);
    return h;
}

// An article's hit: the first match in its text, else its title, else its note.
SearchHit articleHit(const SearchMatch& m, const QList<Term>& terms)
{
    SearchHit h;
    h.articleId = m.articleId;
    h.articleTitle = m.title;
    if (const QList<SearchHit::Span> spans = firstMatches(m.text, terms); !spans.isEmpty()) {
        h.textStart = spans.first().start;
        h.textEnd = spans.first().start + spans.first().length;
        makeSnippet(m.text, spans, h);
    } else if (const QList<SearchHit::Span> titleSpans = matchSpans(m.title, 0, terms);
               !titleSpans.isEmpty()) {
        h.field = SearchHit::Field::Title;
        makeSnippet(m.title, titleSpans, h);
    } else {
        h.field = SearchHit::Field::Note;
        makeSnippet(m.note, matchSpans(m.note, 0, terms), h);
    }
    return h;
}

// The best statements and then articles among the newest RankWindow FTS5 matches (see the top).
QList<SearchMatch> searchSqlite(QSqlDatabase& db, const QString& fts, bool folded, int limit)
{
    QList<SearchMatch> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Folded: the C++-folded tables; else the unfolded index, with the words as typed (it misses
    // only the other spellings).
    const QString statementTable
        = folded ? QStringLiteral("statements_folded") : QStringLiteral("statements_fts");
    const QString articleTable = folded ? QStringLiteral("articles_folded") : QStringLiteral("articles_fts");
    q.prepare(QStringLiteral(
        "SELECT s.article_id, s.id, a.title, COALESCE(sp.name, ''), s.text, s.note, s.start_pos, s.end_pos"
        " FROM (SELECT rowid AS id, rank AS score FROM %1 WHERE %1 MATCH ? ORDER BY rowid DESC LIMIT ?) f"
        " JOIN statements s ON s.id = f.id"
        " JOIN articles a ON a.id = s.article_id LEFT JOIN speakers sp ON sp.id = s.speaker_id"
        " ORDER BY f.score, f.id DESC LIMIT ?")
                  .arg(statementTable));
    q.addBindValue(fts);
    q.addBindValue(std::max(limit, RankWindow));
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next()) {
            out.append(statementMatchFrom(q));
        }
    }
    q.prepare(
        QStringLiteral("SELECT a.id, a.title, a.text, a.note FROM (SELECT rowid AS id, rank AS score FROM %1"
                       " WHERE %1 MATCH ? ORDER BY rowid DESC LIMIT ?) f JOIN articles a ON a.id = f.id"
                       " ORDER BY f.score, f.id DESC LIMIT ?")
            .arg(articleTable));
    q.addBindValue(fts);
    q.addBindValue(std::max(limit, RankWindow));
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next()) {
            out.append(articleMatchFrom(q));
        }
    }
    return out;
}

} // namespace

QList<SearchHit> Store::search(const QString& query, int limit) const
{
    QList<SearchHit> out;
    const QList<Term> terms = parseQuery(query);
    if (terms.isEmpty() || !isOpen())
        return out;
    QList<SearchMatch> matches;
    if (d->isPostgres()) {
        matches = searchPostgres(d->db, query, limit);
    } else {
        // When the folded index cannot be brought up to date (a read-only file, an open import), the
        // rows folded so far still answer and the unfolded index covers the rest.
        const bool folded = refreshSearchIndex();
        matches = searchSqlite(d->db, ftsExpression(terms, folded), folded, limit);
    }
    // Each backend found its rows; snippets and highlights are made the same way for both.
    QSet<qint64> seenStatements;
    QSet<qint64> seenArticles;
    out.reserve(matches.size());
    for (const SearchMatch& m : std::as_const(matches)) {
        if (m.statementId > 0) {
            if (!seenStatements.contains(m.statementId)) {
                seenStatements.insert(m.statementId);
                out.append(statementHit(m, terms));
            }
        } else if (!seenArticles.contains(m.articleId)) {
            seenArticles.insert(m.articleId);
            out.append(articleHit(m, terms));
        }
    }
    return out;
}

QList<qint64> Store::searchStatementIds(const QString& query, int limit) const
{
    if (isOpen() && d->isPostgres())
        return searchStatementIdsPostgres(d->db, query, limit);
    QList<qint64> out;
    const QList<Term> terms = parseQuery(query);
    if (terms.isEmpty() || !isOpen())
        return out;
    const bool folded = refreshSearchIndex();
    const QString table = folded ? QStringLiteral("statements_folded") : QStringLiteral("statements_fts");
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? LIMIT ?").arg(table));
    q.addBindValue(ftsExpression(terms, folded));
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}

} // namespace ql
