#include "Store.h"

#include "ChangeNotifier.h"
#include "StorePrivate.h"
#include "StoreSearchPostgres.h"
#include "StoreSql.h"
#include "analysis/comparison/TextNormalizer.h"

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

bool Store::refreshSearchIndex() const
{
    // An import batch holds the transaction: its articles are folded at the next search after it.
    if (!isOpen() || d->isPostgres() || m_batch.open)
        return false;
    QSqlQuery pending(d->db);
    pending.setForwardOnly(true);
    if (!pending.exec(QStringLiteral("SELECT count(*) FROM statements WHERE id NOT IN (SELECT rowid FROM "
                                     "statements_folded)")))
        return false;
    if (!pending.next())
        return false;
    const qint64 statements = pending.value(0).toLongLong();
    if (!pending.exec(QStringLiteral("SELECT count(*) FROM articles WHERE id NOT IN (SELECT rowid FROM "
                                     "articles_folded)"))
        || !pending.next())
        return false;
    const qint64 articles = pending.value(0).toLongLong();
    pending.finish();
    if (statements == 0 && articles == 0)
        return true;
    if (!d->db.transaction())
        return false;
    QSqlQuery read(d->db);
    read.setForwardOnly(true);
    QSqlQuery write(d->db);
    bool ok
        = read.exec(QStringLiteral("SELECT id, text, note FROM statements WHERE id NOT IN (SELECT rowid FROM "
                                   "statements_folded)"));
    ok = ok
        && write.prepare(QStringLiteral("INSERT INTO statements_folded(rowid, text, note) VALUES (?, ?, ?)"));
    while (ok && read.next()) {
        write.addBindValue(read.value(0));
        write.addBindValue(foldedText(read.value(1).toString()));
        write.addBindValue(foldedText(read.value(2).toString()));
        ok = write.exec();
    }
    ok = ok
        && read.exec(QStringLiteral("SELECT id, title, text, note FROM articles WHERE id NOT IN (SELECT "
                                    "rowid FROM articles_folded)"));
    ok = ok
        && write.prepare(
            QStringLiteral("INSERT INTO articles_folded(rowid, title, text, note) VALUES (?, ?, ?, ?)"));
    while (ok && read.next()) {
        write.addBindValue(read.value(0));
        write.addBindValue(foldedText(read.value(1).toString()));
        write.addBindValue(foldedText(read.value(2).toString()));
        write.addBindValue(foldedText(read.value(3).toString()));
        ok = write.exec();
    }
    read.finish();
    if (!ok || !d->db.commit()) {
        d->db.rollback();
        return false;
    }
    return true;
}

QList<SearchHit> Store::search(const QString& query, int limit) const
{
    QList<SearchHit> out;
    if (isOpen() && d->isPostgres()) {
        out = searchPostgres(d->db, query, limit);
        for (SearchHit& h : out) {
            const QString marked = h.snippet; // takeBracketed() rewrites snippet: read a copy
            h.takeBracketed(marked);
        }
        return out;
    }
    const QList<Term> terms = parseQuery(query);
    if (terms.isEmpty() || !isOpen())
        return out;
    // When the folded index cannot be brought up to date (a read-only file, an open import), the
    // rows folded so far still answer and the unfolded index covers the rest.
    const bool folded = refreshSearchIndex();
    const QString fts = ftsExpression(terms, folded);
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    QSet<qint64> seenStatements;
    QSet<qint64> seenArticles;
    auto runStatements = [&](const QString& table, const QString& noteSql) {
        q.prepare(QStringLiteral(
            "SELECT s.article_id, s.id, a.title, COALESCE(sp.name, ''), s.text, %2,"
            " s.start_pos, s.end_pos"
            " FROM %1 f JOIN statements s ON s.id = f.rowid"
            " JOIN articles a ON a.id = s.article_id LEFT JOIN speakers sp ON sp.id = s.speaker_id"
            " WHERE %1 MATCH ? ORDER BY f.rank LIMIT ?")
                      .arg(table, noteSql));
        q.addBindValue(fts);
        q.addBindValue(limit);
        if (!q.exec())
            return;
        while (q.next() && out.size() < limit) {
            SearchHit h;
            h.articleId = q.value(0).toLongLong();
            h.statementId = q.value(1).toLongLong();
            if (seenStatements.contains(h.statementId))
                continue;
            seenStatements.insert(h.statementId);
            h.articleTitle = q.value(2).toString();
            h.speaker = q.value(3).toString();
            const QString text = q.value(4).toString();
            QList<SearchHit::Span> spans = matchSpans(text, 0, terms);
            if (spans.isEmpty()) {
                const QString note = q.value(5).toString();
                const QList<SearchHit::Span> noteSpans = matchSpans(note, 0, terms);
                if (!noteSpans.isEmpty()) {
                    h.field = SearchHit::Field::Note;
                    makeSnippet(note, noteSpans, h);
                    h.textStart = q.value(6).toInt();
                    h.textEnd = q.value(7).toInt();
                    out.append(h);
                    continue;
                }
            }
            makeSnippet(text, spans, h);
            h.textStart = q.value(6).toInt();
            h.textEnd = q.value(7).toInt();
            out.append(h);
        }
    };
    auto runArticles = [&](const QString& table, const QString& noteSql) {
        q.prepare(
            QStringLiteral("SELECT a.id, a.title, a.text, %2 FROM %1 f JOIN articles a ON a.id = f.rowid"
                           " WHERE %1 MATCH ? ORDER BY f.rank LIMIT ?")
                .arg(table, noteSql));
        q.addBindValue(fts);
        q.addBindValue(limit);
        if (!q.exec())
            return;
        int articles = 0;
        while (q.next() && articles < limit) {
            ++articles;
            SearchHit h;
            h.articleId = q.value(0).toLongLong();
            if (seenArticles.contains(h.articleId))
                continue;
            seenArticles.insert(h.articleId);
            h.articleTitle = q.value(1).toString();
            const QString text = q.value(2).toString();
            QList<SearchHit::Span> spans = firstMatches(text, terms);
            if (!spans.isEmpty()) {
                h.textStart = spans.first().start;
                h.textEnd = spans.first().start + spans.first().length;
                makeSnippet(text, spans, h);
            } else if (const QList<SearchHit::Span> titleSpans = matchSpans(h.articleTitle, 0, terms);
                       !titleSpans.isEmpty()) {
                h.field = SearchHit::Field::Title;
                makeSnippet(h.articleTitle, titleSpans, h);
            } else {
                const QString note = q.value(3).toString();
                h.field = SearchHit::Field::Note;
                makeSnippet(note, matchSpans(note, 0, terms), h);
            }
            out.append(h);
        }
    };
    if (folded) {
        runStatements(QStringLiteral("statements_folded"), QStringLiteral("s.note"));
        runArticles(QStringLiteral("articles_folded"), QStringLiteral("a.note"));
    } else {
        // The unfolded index, with the words as typed: it misses only the other spellings.
        runStatements(QStringLiteral("statements_fts"), QStringLiteral("s.note"));
        runArticles(QStringLiteral("articles_fts"), QStringLiteral("a.note"));
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
