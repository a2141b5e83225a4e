#include "core/analysis/extraction/ArticleLexicon.h"

#include "core/analysis/extraction/ArticleTokens.h"
#include "core/analysis/extraction/TextRules.h"

#include <algorithm>

namespace ql {

using namespace textrules;

namespace {

// Bounds the per-article sets so a hostile text stays linear in time and memory.
constexpr qsizetype MaxWords = 50000;

// A case-folded hash of a word, computed without allocating: the lexicon sees every word of the
// article, so it keeps hashes rather than strings (a collision only makes one word look common).
quint64 foldedHash(QStringView w)
{
    quint64 h = 1469598103934665603ULL;
    for (const QChar c : w) {
        char16_t u = c.unicode();
        if (u < 128) // an ASCII apostrophe is itself
            u = (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
        else
            u = isApostrophe(c) ? u'\'' : c.toLower().unicode();
        h ^= u;
        h *= 1099511628211ULL;
    }
    return h;
}

bool startsSentence(const QString& text, int pos)
{
    int k = pos - 1;
    while (k >= 0 && (text.at(k) == QLatin1Char(' ') || text.at(k) == QChar(0x00A0)))
        --k;
    if (k < 0)
        return true;
    const QChar c = text.at(k);
    // Opening quotation marks and brackets also begin sentences: “Then …
    return c == QLatin1Char('\n') || c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')
        || c == QLatin1Char(':') || c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x2018)
        || c == QLatin1Char('(') || c == QChar(0x2014) || c == QChar(0x2013);
}

} // namespace

void ArticleLexicon::learn(const QString& text, const ArticleTokens* tokens)
{
    const int n = int(text.size());
    // News prose writes about one new lower-case word in sixteen characters: room for them up front
    // instead of growing the set step by step.
    m_lower.reserve(std::min<qsizetype>(n / 16, MaxWords));
    if (tokens && tokens->describes(text)) {
        learnFromRuns(text, *tokens);
        return;
    }
    bool previousLower = false;
    int i = 0;
    while (i < n) {
        if (!text.at(i).isLetter()) {
            // Any punctuation but a space or hyphen breaks the "after a lower-case word" chain.
            if (text.at(i) != QLatin1Char(' ') && text.at(i) != QChar(0x00A0))
                previousLower = false;
            ++i;
            continue;
        }
        int e = i;
        while (e < n && (text.at(e).isLetter() || isMark(text.at(e)) || isApostrophe(text.at(e))))
            ++e;
        const QStringView w = QStringView(text).mid(i, e - i);
        if (m_lower.size() + m_capitalisedInside.size() < MaxWords) {
            if (w.at(0).isLower())
                m_lower.insert(foldedHash(w));
            else if (previousLower)
                m_capitalisedInside.insert(foldedHash(w));
        }
        previousLower = w.at(0).isLower();
        i = e;
    }
}

void ArticleLexicon::learnFromRuns(const QString& text, const ArticleTokens& tokens)
{
    // The words of learn()'s scan: a letter, then letters, marks and apostrophes. Most are one run of
    // the table, hash included; a word that goes on through an apostrophe or a mark, or starts after a
    // digit, is read from the text as the scan reads it.
    const int n = int(text.size());
    bool previousLower = false;
    int wordEnd = 0; // end of the last word: letters before it belong to it
    auto word = [&](int s, int le, const ArticleTokens::Run* whole) {
        if (s < wordEnd)
            return;
        // Any punctuation but a space breaks the "after a lower-case word" chain.
        for (int k = wordEnd; k < s && previousLower; ++k) {
            if (text.at(k) != QLatin1Char(' ') && text.at(k) != QChar(0x00A0))
                previousLower = false;
        }
        int e = le;
        while (e < n && (text.at(e).isLetter() || isMark(text.at(e)) || isApostrophe(text.at(e))))
            ++e;
        wordEnd = e;
        const bool lower = whole && e == le ? whole->has(ArticleTokens::FirstLower) : text.at(s).isLower();
        if (m_lower.size() + m_capitalisedInside.size() < MaxWords && (lower || previousLower)) {
            const quint64 h = whole && e == le ? whole->hash : foldedHash(QStringView(text).mid(s, e - s));
            if (lower)
                m_lower.insert(h);
            else
                m_capitalisedInside.insert(h);
        }
        previousLower = lower;
    };
    for (const ArticleTokens::Run& run : tokens.runs()) {
        if (run.has(ArticleTokens::AllLetters)) {
            word(run.start, run.end, &run);
        } else {
            tokens.forEachLetterRun(run, [&](int s, int le) { word(s, le, nullptr); });
        }
    }
}

bool ArticleLexicon::isCommonWord(const QString& text, int pos, QStringView word) const
{
    if (word.isEmpty() || !word.at(0).isUpper())
        return false;
    if (isSentenceOpener(word))
        return true;
    if (!startsSentence(text, pos))
        return false;
    const quint64 folded = foldedHash(word);
    return m_lower.contains(folded) && !m_capitalisedInside.contains(folded);
}

bool ArticleLexicon::writesLowerCase(QStringView word) const
{
    return m_lower.contains(foldedHash(word));
}

QStringList ArticleLexicon::withoutDescriptors(const QStringList& tokens) const
{
    static const QSet<QString> affiliations = [] {
        QSet<QString> s;
        for (const char* w :
            { "democrat", "democratic", "republican", "gop", "liberal", "conservative", "progressive",
                "independent", "libertarian", "socialist", "labour", "tory", "green", "celebrities",
                "celebrity", "billionaire", "millionaire", "businessman", "businesswoman", "candidate",
                "hopeful", "frontrunner", "front-runner", "nominee", "rival", "challenger", "incumbent",
                "veteran", "former", "ex", "late", "actor", "actress", "singer", "rapper", "comedian", "host",
                "anchor", "author", "columnist", "commentator", "pundit", "blogger", "pastor", "reverend",
                "rev", "rabbi", "imam", "bishop", "father", "sister", "brother", "pope", "coach", "hacker",
                "activist", "lawyer", "attorney", "officer", "agent", "editor", "reporter", "correspondent",
                "producer", "writer", "political", "senior", "chief", "deputy", "executive", "managing",
                "national", "foreign", "congressman", "congresswoman", "councilman", "councilwoman",
                "assemblyman", "assemblywoman", "using", "continued", "asked", "told", "meet", "meanwhile" })
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    int drop = 0;
    while (tokens.size() - drop > 1) {
        const QString& w = tokens.at(drop);
        // Hyphenated descriptors: "Oscar-winner", "Trump-supporting".
        const QString tail = w.section(QLatin1Char('-'), -1);
        const bool hyphenatedLower = w.contains(QLatin1Char('-')) && !tail.isEmpty() && tail.at(0).isLower();
        // Down to a bare surname only for words that are never names ("Oscar-winner Sarandon");
        // common words may still be first names ("Rose", "Bill"), so two words stay for them.
        const bool descriptor = hyphenatedLower || containsFolded(affiliations, w);
        const quint64 hash = foldedHash(w);
        const bool weak = isTitleWord(w) || isRoleQualifier(w)
            || (m_lower.contains(hash) && !m_capitalisedInside.contains(hash));
        if (!(descriptor || (weak && tokens.size() - drop > 2)))
            break;
        ++drop;
    }
    if (drop == 0)
        return tokens;
    return QStringList(tokens.mid(drop));
}

bool ArticleLexicon::isSentenceOpener(QStringView word)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char* w :
            { "then", "though", "although", "maybe", "perhaps", "interestingly", "still", "instead", "indeed",
                "however", "meanwhile", "moreover", "furthermore", "nevertheless", "nonetheless", "now",
                "later", "earlier", "finally", "eventually", "even", "only", "just", "because", "unlike",
                "like", "whether", "whereas", "unless", "until", "once", "where", "asked", "told", "says",
                "said", "thus", "hence", "otherwise", "besides", "regardless", "surely", "clearly",
                "obviously", "apparently", "ultimately", "separately", "similarly", "likewise", "notably",
                "specifically", "today", "tonight", "yesterday", "recently", "initially", "originally",
                "previously", "currently", "fortunately", "unfortunately", "sadly", "ironically", "honestly",
                "frankly", "basically", "actually", "certainly", "speaking", "asking", "responding",
                "writing", "citing", "noting", "adding", "during", "after", "before", "while", "when", "if",
                "since", "as", "but", "and", "or", "so", "yet", "also", "plus", "continued", "continuing",
                "dear", "hey", "yes", "no", "oh", "well", "okay", "ok", "sir", "madam" })
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return containsFolded(words, word);
}

} // namespace ql
