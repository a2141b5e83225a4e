#include "core/analysis/extraction/AttributionFinder.h"

#include "core/analysis/extraction/SentenceSplitter.h"
#include "core/analysis/extraction/TextRules.h"

#include <QSet>

#include <algorithm>

namespace ql {

using namespace textrules;

namespace {

struct Word
{
    int start = -1;
    int end = -1;
};

Word wordAt(const QString& text, int pos, int limit)
{
    int i = pos;
    while (i < limit && (text.at(i) == QLatin1Char(' ') || text.at(i) == QChar(0x00A0)))
        ++i;
    int e = i;
    while (e < limit && (text.at(e).isLetter() || isMark(text.at(e)) || (e > i && isApostrophe(text.at(e)))))
        ++e;
    return e > i ? Word { i, e } : Word {};
}

Word wordBefore(const QString& text, int pos)
{
    int e = pos;
    while (e > 0 && text.at(e - 1) == QLatin1Char(' '))
        --e;
    int s = e;
    while (s > 0 && (text.at(s - 1).isLetter() || isMark(text.at(s - 1))))
        --s;
    return e > s ? Word { s, e } : Word {};
}

bool isVerbFirstSpeech(QStringView w)
{
    static const QSet<QString> verbs = [] {
        QSet<QString> s;
        for (const char* v : { "said", "says", "added", "adds", "noted", "notes", "asked", "wrote", "writes",
                 "stressed", "explained", "continued", "concluded", "remarked", "insisted", "warned",
                 "recalled", "explains", "stresses", "warns", "insists", "replied", "tweeted", "declared",
                 "emphasized", "emphasised", "underlined", "commented", "observed" })
            s.insert(QString::fromUtf8(v));
        return s;
    }();
    return containsFolded(verbs, w);
}

bool isGenericVerb(QStringView w)
{
    static const QSet<QString> verbs = [] {
        QSet<QString> s;
        for (const char* v : { "is", "was", "has", "had", "will", "would", "can", "could", "did", "does",
                 "met", "spoke", "went", "made", "took", "gave", "sees", "wants", "thinks", "knows", "came",
                 "sent", "held", "led", "set", "put", "got", "kept", "left", "felt", "told", "saw", "must",
                 "should", "may", "might" })
            s.insert(QString::fromUtf8(v));
        return s;
    }();
    if (w.isEmpty() || !w.at(0).isLower())
        return false;
    return containsFolded(verbs, w) || (w.size() > 4 && w.endsWith(QLatin1String("ed")))
        || (w.size() > 4 && w.endsWith(QLatin1String("es")));
}

// Words that end a run of descriptors: after them the clause is about something else.
bool isFunctionWord(QStringView w)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char* v : { "that", "this", "these", "those", "it", "its", "on", "in", "at", "when",
                 "while", "as", "if", "but", "and", "or", "so", "since", "after", "before", "during", "there",
                 "then", "was", "were", "is", "are", "be", "been", "has", "had", "have", "would", "will",
                 "could", "can", "should", "not", "no", "yesterday", "today", "tonight", "earlier", "later",
                 "last", "next", "we", "they", "i", "you", "his", "her", "their", "our" })
            s.insert(QString::fromUtf8(v));
        return s;
    }();
    return containsFolded(words, w);
}

// "Norway's defence minister, Sigrid Aalstad, said": the role is only the name's description.
bool describesNextName(const QString& text, const Mention& role, const QList<Mention>& mentions, int index)
{
    if (role.kind != Mention::Kind::Role || index + 1 >= mentions.size())
        return false;
    const Mention& next = mentions.at(index + 1);
    if (next.kind != Mention::Kind::Name && next.kind != Mention::Kind::UnknownName)
        return false;
    const QStringView between = QStringView(text).mid(role.end, next.start - role.end).trimmed();
    return between == QLatin1String(",");
}

bool isUsable(const Mention& m)
{
    return m.start >= 0
        && (m.kind == Mention::Kind::Pronoun || !m.canonical.isEmpty()
            || m.kind == Mention::Kind::UnknownName);
}

} // namespace

AttributionFinder::AttributionFinder(
    const QString& text, const QList<QuoteSpan>& quotes, const SpeakerRegistry& registry)
    : m_text(text)
    , m_quotes(quotes)
    , m_registry(registry)
{
    for (const QuoteSpan& q : quotes)
        m_openByClose.insert(q.close, q.open);
}

bool AttributionFinder::verbFollows(int pos, bool speechOnly) const
{
    const int limit = std::min(int(m_text.size()), pos + 80);
    int k = pos;
    // An appositive between subject and verb: "Stoltenberg, the NATO chief, said".
    if (k < limit && m_text.at(k) == QLatin1Char(',')) {
        const Word next = wordAt(m_text, k + 1, limit);
        const QStringView nextWord
            = next.start < 0 ? QStringView() : QStringView(m_text).mid(next.start, next.end - next.start);
        if (!nextWord.isEmpty() && (isSpeechVerb(nextWord) || (!speechOnly && isGenericVerb(nextWord)))) {
            k += 1; // "Grant Shapps, added that …": the appositive before this comma was skipped already
        } else {
            int close = -1;
            for (int c = k + 1; c < limit && c - k < 50; ++c) {
                if (m_text.at(c) == QLatin1Char(',')) {
                    close = c;
                    break;
                }
            }
            if (close > 0)
                k = close + 1;
        }
    }
    for (int hop = 0; hop < 4; ++hop) {
        if (k < limit && m_text.at(k) != QLatin1Char(' '))
            return false;
        const Word w = wordAt(m_text, k, limit);
        if (w.start < 0)
            return false;
        const QStringView word = QStringView(m_text).mid(w.start, w.end - w.start);
        if (isSpeechVerb(word))
            return true;
        if (!speechOnly && isGenericVerb(word))
            return true;
        if (!isAdverbFiller(word))
            return false;
        k = w.end;
    }
    return false;
}

QList<TextSpan> AttributionFinder::quotesWithin(int from, int to) const
{
    QList<TextSpan> out;
    // Quotations are sorted and disjoint; start from the first one that may reach `from`.
    auto it = std::lower_bound(m_quotes.cbegin(), m_quotes.cend(), from,
        [](const QuoteSpan& q, int pos) { return q.close + 1 <= pos; });
    for (; it != m_quotes.cend() && it->open < to; ++it)
        out.append(TextSpan { it->open, it->close + 1 });
    return out;
}

int AttributionFinder::sentenceStart(int pos) const
{
    const int floor = std::max(0, pos - MaxLookBehind);
    int k = pos - 1;
    while (k >= floor) {
        const QChar c = m_text.at(k);
        if (c == QLatin1Char('\n'))
            return k + 1;
        // Only quotation marks can close a quotation: test them before the hash lookup.
        const bool mark = c == QLatin1Char('"') || c == QLatin1Char('\'') || c.unicode() >= 0x00AB;
        if (mark) {
            const auto open = m_openByClose.constFind(k);
            if (open != m_openByClose.constEnd() && open.value() < k) {
                k = open.value() - 1;
                continue;
            }
        }
        if ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?'))
            && SentenceSplitter::endsSentenceAt(m_text, k, int(m_text.size())))
            return k + 1;
        --k;
    }
    return std::max(0, k + 1);
}

Attribution AttributionFinder::after(int quoteIndex) const
{
    Attribution a;
    const QuoteSpan& q = m_quotes.at(quoteIndex);
    const int n = int(m_text.size());
    int limit = std::min(n, q.close + 1 + MaxLookAhead);
    for (int k = q.close + 1; k < limit; ++k) {
        if (m_text.at(k) == QLatin1Char('\n')) {
            limit = k;
            break;
        }
    }
    if (quoteIndex + 1 < m_quotes.size())
        limit = std::min(limit, m_quotes.at(quoteIndex + 1).open);
    int p = q.close + 1;
    bool dash = false;
    while (p < limit
        && (m_text.at(p).isSpace() || m_text.at(p) == QLatin1Char(',') || m_text.at(p) == QChar(0x2013)
            || m_text.at(p) == QChar(0x2014) || m_text.at(p) == QLatin1Char('-'))) {
        dash = dash || !(m_text.at(p).isSpace() || m_text.at(p) == QLatin1Char(','));
        ++p;
    }
    if (p >= limit)
        return signatureBelow(quoteIndex, limit);
    const Word first = wordAt(m_text, p, limit);
    if (first.start < 0)
        return a;
    const QStringView firstWord = QStringView(m_text).mid(first.start, first.end - first.start);
    if (firstWord.compare(QLatin1String("according"), Qt::CaseInsensitive) == 0) {
        const Word to = wordAt(m_text, first.end, limit);
        if (to.start >= 0 && QStringView(m_text).mid(to.start, to.end - to.start) == QLatin1String("to")) {
            const Mention m = m_registry.mentionAt(m_text, to.end, limit);
            if (isUsable(m)) {
                a.source = Attribution::Source::After;
                a.mention = m;
                a.speechVerb = true;
                a.end = m.end;
            }
        }
        return a;
    }
    if (isVerbFirstSpeech(firstWord)) {
        Mention m = m_registry.mentionAt(m_text, first.end, limit);
        if (!isUsable(m) || m.kind == Mention::Kind::Role)
            m = describedName(first.end, limit, m);
        if (isUsable(m)) {
            a.source = Attribution::Source::After;
            a.mention = m;
            a.speechVerb = true;
            a.end = m.end;
        }
        return closesSentence(quoteIndex, a) ? a : Attribution {};
    }
    const Mention m = m_registry.mentionAt(m_text, p, limit);
    if (m.start < 0) {
        // Someone the article does not name: "a spokesperson said", "the ministry said", "officials told".
        int k = p;
        for (int words = 0; words < 5; ++words) {
            const Word w = wordAt(m_text, k, limit);
            if (w.start < 0)
                break;
            const QStringView word = QStringView(m_text).mid(w.start, w.end - w.start);
            if (words > 0 && isSpeechVerb(word)) {
                a.source = Attribution::Source::After;
                a.mention.kind = Mention::Kind::UnknownName;
                a.mention.start = p;
                a.mention.end = w.start;
                a.speechVerb = true;
                a.end = w.end;
                return closesSentence(quoteIndex, a) ? a : Attribution {};
            }
            if (words == 0 && word.at(0).isUpper() && !isNonNameWord(word))
                break;
            // "…”, but argued that": the clause goes on about the previous subject; no new speaker.
            if (words == 0 && (isFunctionWord(word) || isSpeechVerb(word)))
                break;
            k = w.end;
        }
        return a;
    }
    if (!verbFollows(m.end, true)) {
        // A pull quote signed with a dash: “…” – Jane Smith
        const bool signature = dash && (m.kind == Mention::Kind::Name || m.kind == Mention::Kind::UnknownName)
            && (m.end >= int(m_text.size()) || m_text.at(m.end) == QLatin1Char('\n')
                || m_text.at(m.end) == QLatin1Char('.') || m_text.at(m.end) == QLatin1Char(','));
        if (!signature)
            return a;
        a.source = Attribution::Source::After;
        a.mention = m;
        a.speechVerb = true;
        a.end = m.end;
        return a;
    }
    if (m.kind == Mention::Kind::Role && m.canonical.isEmpty() && m.raw.size() < 3)
        return a;
    a.source = Attribution::Source::After;
    a.mention = m;
    a.speechVerb = true;
    int e = m.end;
    for (int hop = 0; hop < 4; ++hop) {
        const Word w = wordAt(m_text, e, limit);
        if (w.start < 0)
            break;
        e = w.end;
        if (isSpeechVerb(QStringView(m_text).mid(w.start, w.end - w.start)))
            break;
    }
    a.end = e;
    return closesSentence(quoteIndex, a) ? a : Attribution {};
}

Attribution AttributionFinder::signatureBelow(int quoteIndex, int lineEnd) const
{
    // A pull quote alone in its paragraph, signed on the next line: “…” / "Dr. Katrin Albers, Chief
    // Executive Officer, Nordwerk" (a <blockquote> with its <cite>).
    Attribution a;
    const QuoteSpan& q = m_quotes.at(quoteIndex);
    const int n = int(m_text.size());
    if (lineEnd >= n || m_text.at(lineEnd) != QLatin1Char('\n'))
        return a;
    // Only blanks may precede the quotation on its line (a bounded look, so one huge line stays linear).
    int lineStart = q.open;
    while (lineStart > 0 && q.open - lineStart < 40 && m_text.at(lineStart - 1) != QLatin1Char('\n')
        && m_text.at(lineStart - 1).isSpace())
        --lineStart;
    if (lineStart > 0 && m_text.at(lineStart - 1) != QLatin1Char('\n'))
        return a;
    int s = lineEnd;
    while (s < n && m_text.at(s).isSpace())
        ++s;
    while (s < n
        && (m_text.at(s) == QChar(0x2013) || m_text.at(s) == QChar(0x2014) || m_text.at(s) == QLatin1Char('-')
            || m_text.at(s) == QLatin1Char(' ')))
        ++s;
    int e = s;
    while (e < n && m_text.at(e) != QLatin1Char('\n') && e - s <= MaxLookAhead)
        ++e;
    if (s >= n || e - s > MaxLookAhead || m_text.at(e - 1) == QLatin1Char('.'))
        return a;
    if (quoteIndex + 1 < m_quotes.size() && m_quotes.at(quoteIndex + 1).open < e)
        return a;
    const Mention m = m_registry.mentionAt(m_text, s, e);
    const QString name = m.kind == Mention::Kind::UnknownName ? m.raw : m.canonical;
    if (!namesPerson(m) || !name.contains(QLatin1Char(' ')))
        return a;
    if (m.end < e && m_text.at(m.end) != QLatin1Char(','))
        return a;
    a.source = Attribution::Source::After;
    a.mention = m;
    a.speechVerb = true;
    a.end = m.end;
    return a;
}

bool AttributionFinder::namesPerson(const Mention& m) const
{
    if (m.start < 0 || (m.kind != Mention::Kind::Name && m.kind != Mention::Kind::UnknownName))
        return false;
    // "a spokesperson for Nordic Steel", "the head of Baltic Forge": the name after a preposition is the
    // employer, not the speaker.
    const QStringView raw = QStringView(m_text).mid(m.start, m.end - m.start);
    return !raw.contains(QLatin1String(" for ")) && !raw.contains(QLatin1String(" of "))
        && !raw.contains(QLatin1String(" and "));
}

Mention AttributionFinder::describedName(int pos, int limit, const Mention& fallback) const
{
    // "said retired general Hanna Voss", "said the company's chief executive Lena Ek": lower-case
    // descriptors between the verb and the name. A few words at most, and no function words, so that
    // "said on Monday that Poland …" never reaches a capitalised word.
    int k = pos;
    for (int words = 0; words < MaxDescriptorWords; ++words) {
        const Word w = wordAt(m_text, k, limit);
        if (w.start < 0 || (w.start > k && m_text.at(k) != QLatin1Char(' ') && m_text.at(k) != QChar(0x00A0)))
            return fallback;
        const QStringView word = QStringView(m_text).mid(w.start, w.end - w.start);
        if (word.at(0).isUpper()) {
            const Mention m = m_registry.mentionAt(m_text, w.start, limit);
            return namesPerson(m) ? m : fallback;
        }
        if (words > 0 && isTitleWord(word)) {
            const Mention m = m_registry.mentionAt(m_text, w.start, limit);
            if (namesPerson(m))
                return m;
        }
        const bool article
            = word == QLatin1String("the") || word == QLatin1String("a") || word == QLatin1String("an");
        if (!article
            && (isFunctionWord(word) || isPreposition(word) || isSpeechVerb(word) || isPronoun(word)))
            return fallback;
        k = w.end;
        // Hyphenated descriptors ("long-time") read as one word.
        while (k < limit
            && (isApostrophe(m_text.at(k)) || m_text.at(k) == QLatin1Char('-') || m_text.at(k).isLetter()))
            ++k;
    }
    return fallback;
}

bool AttributionFinder::closesSentence(int quoteIndex, const Attribution& a) const
{
    // After a quotation that ends its own sentence, "Smith said the plan …" starts a new sentence about
    // Smith; only a short clause that ends there ("Smith said.") attributes the quotation.
    const QuoteSpan& q = m_quotes.at(quoteIndex);
    int k = q.contentEnd() - 1;
    while (k > q.open && m_text.at(k).isSpace())
        --k;
    if (k <= q.open || m_text.at(k) != QLatin1Char('.'))
        return true;
    int e = a.end;
    while (e < int(m_text.size()) && m_text.at(e) == QLatin1Char(' '))
        ++e;
    if (e >= int(m_text.size()))
        return true;
    const QChar c = m_text.at(e);
    return c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('\n')
        || c == QLatin1Char(':');
}

Attribution AttributionFinder::before(int quoteIndex) const
{
    Attribution a;
    const QuoteSpan& q = m_quotes.at(quoteIndex);
    const int start = sentenceStart(q.open);
    const QList<Mention> mentions = m_registry.mentionsIn(m_text, start, q.open, quotesWithin(start, q.open));
    const Mention* chosen = nullptr;
    for (int pass = 0; pass < 2 && !chosen; ++pass) {
        for (int mi = 0; mi < mentions.size(); ++mi) {
            const Mention& m = mentions.at(mi);
            if (describesNextName(m_text, m, mentions, mi))
                continue;
            if (m.kind == Mention::Kind::UnknownName && !verbFollows(m.end, true))
                continue;
            if (m.kind == Mention::Kind::Role && m.canonical.isEmpty())
                continue;
            const Word prev = wordBefore(m_text, m.start);
            if (prev.start >= 0 && isPreposition(QStringView(m_text).mid(prev.start, prev.end - prev.start)))
                continue;
            if (pass == 0 && !verbFollows(m.end, false))
                continue;
            chosen = &m;
            break;
        }
    }
    if (!chosen) {
        // "The communiqué said allies “…”": speech by someone who is not a person the article names.
        // An anonymous attribution stops the previous speaker from being carried over.
        const QList<TextSpan> skipped = quotesWithin(start, q.open);
        int ex = 0;
        for (int k = start; k < q.open;) {
            while (ex < skipped.size() && skipped.at(ex).end <= k)
                ++ex;
            if (ex < skipped.size() && skipped.at(ex).contains(k)) {
                k = skipped.at(ex).end;
                continue;
            }
            const Word w = wordAt(m_text, k, q.open);
            if (w.start < 0) {
                ++k;
                continue;
            }
            if (isVerbFirstSpeech(QStringView(m_text).mid(w.start, w.end - w.start))) {
                a.source = Attribution::Source::Before;
                a.mention.kind = Mention::Kind::UnknownName;
                a.mention.start = w.start;
                a.mention.end = w.start;
                a.speechVerb = true;
                return a;
            }
            k = w.end;
        }
        return a;
    }
    a.source = Attribution::Source::Before;
    a.mention = *chosen;
    a.speechVerb = verbFollows(chosen->end, true);
    // "…, stressing that “…”", "saying: “…”": the clause right before the quotation says it is speech.
    int k = q.open;
    while (k > start && (m_text.at(k - 1).isSpace()))
        --k;
    if (k > start && m_text.at(k - 1) == QLatin1Char(':'))
        a.speechVerb = true;
    for (int hop = 0; hop < 2 && !a.speechVerb; ++hop) {
        const Word w = wordBefore(m_text, k);
        if (w.start < 0)
            break;
        const QStringView word = QStringView(m_text).mid(w.start, w.end - w.start);
        a.speechVerb = isSpeechVerb(word);
        k = w.start;
    }
    return a;
}

Attribution AttributionFinder::find(int quoteIndex) const
{
    const Attribution a = after(quoteIndex);
    if (a.source != Attribution::Source::None)
        return a;
    return before(quoteIndex);
}

Mention AttributionFinder::lastSubjectIn(int from, int to) const
{
    if (to - from > MaxLookBehind)
        from = to - MaxLookBehind;
    const QList<Mention> mentions = m_registry.mentionsIn(m_text, from, to, quotesWithin(from, to));
    for (auto it = mentions.crbegin(); it != mentions.crend(); ++it) {
        if (describesNextName(m_text, *it, mentions, int(mentions.crend() - it) - 1))
            continue;
        if ((it->kind == Mention::Kind::Name || it->kind == Mention::Kind::Role) && !it->canonical.isEmpty()
            && verbFollows(it->end, false)) {
            const Word prev = wordBefore(m_text, it->start);
            if (prev.start < 0 || !isPreposition(QStringView(m_text).mid(prev.start, prev.end - prev.start)))
                return *it;
        }
    }
    return {};
}

} // namespace ql
