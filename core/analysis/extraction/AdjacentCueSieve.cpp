#include "core/analysis/extraction/AdjacentCueSieve.h"

#include "core/analysis/extraction/TextRules.h"

#include <QSet>

#include <algorithm>

namespace ql {

using namespace textrules;

namespace {

// Words that end the noun phrase after a verb of saying: what follows is about something else.
bool endsObjectPhrase(QStringView w)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char* v : { "who", "whom", "whose", "which", "that", "when", "while", "where", "in", "at",
                 "on", "during", "after", "before", "as", "because", "adding", "referring", "speaking",
                 "explaining", "noting", "and", "but", "to", "about", "told", "recently", "last", "this",
                 "yesterday", "today", "earlier", "later", "monday", "tuesday", "wednesday", "thursday",
                 "friday", "saturday", "sunday", "since", "if", "with", "without", "into", "through", "via",
                 "from", "following", "amid" })
            s.insert(QString::fromLatin1(v));
        return s;
    }();
    return containsFolded(words, w);
}

// Verbs of saying a quotation may be attributed with; "called" and "described" name things.
bool isCueVerb(QStringView w)
{
    static const QSet<QString> more = [] {
        QSet<QString> s;
        for (const char* v : { "joked", "jokes", "recounted", "echoed", "posted", "testified", "lamented",
                 "mused", "scoffed", "sniped", "snapped", "shouted", "yelled", "cried", "whispered",
                 "contended", "asserted", "charged", "alleged", "interjected", "retorted", "wondered",
                 "quipped", "quips", "chimed", "shot", "fired", "went", "texted", "emailed", "blogged",
                 "opined", "gushed", "raved", "grumbled", "muttered", "sighed", "laughed", "proclaimed",
                 "conceded", "concedes", "responds", "counters", "countered", "rebutted", "reasoned",
                 "elaborated", "summarized", "summarised", "explained" })
            s.insert(QString::fromLatin1(v));
        return s;
    }();
    if (containsFolded(more, w))
        return true;
    if (!isSpeechVerb(w))
        return false;
    static const QSet<QString> weak = [] {
        QSet<QString> s;
        for (const char* v : { "called", "calls", "calling", "described", "describes", "thinks", "believes",
                 "believed", "agreed", "agrees", "pledged", "pledges", "estimated", "estimates", "forecast",
                 "assessed", "announced", "announces", "announcing", "demanded", "demands", "promised",
                 "promises", "vowed", "vows", "urged", "urges", "urging", "suggested", "suggests", "pointed",
                 "points", "revealed", "reveals", "disclosed", "appealed" })
            s.insert(QString::fromLatin1(v));
        return s;
    }();
    return !containsFolded(weak, w);
}

bool isFillerBeforeVerb(QStringView w)
{
    return isAdverbFiller(w) || w == QLatin1String("then") || w == QLatin1String("later")
        || w == QLatin1String("also") || w == QLatin1String("has") || w == QLatin1String("had")
        || w == QLatin1String("have") || w == QLatin1String("once") || w == QLatin1String("recently")
        || w == QLatin1String("previously") || w == QLatin1String("would") || w == QLatin1String("will");
}

bool isPersonMention(const Mention& m)
{
    return m.start >= 0 && (m.kind == Mention::Kind::Name || m.kind == Mention::Kind::UnknownName);
}

} // namespace

AdjacentCueSieve::AdjacentCueSieve(const QString& text, const SpeakerRegistry& registry)
    : m_text(text)
    , m_registry(registry)
{ }

QStringView AdjacentCueSieve::wordText(const Word& w) const
{
    return QStringView(m_text).mid(w.start, w.end - w.start);
}

QList<AdjacentCueSieve::Word> AdjacentCueSieve::words(int from, int to) const
{
    QList<Word> out;
    int i = from;
    while (i < to) {
        if (!m_text.at(i).isLetter()) {
            ++i;
            continue;
        }
        int e = i;
        while (e < to
            && (m_text.at(e).isLetterOrNumber() || isMark(m_text.at(e))
                || ((isApostrophe(m_text.at(e)) || m_text.at(e) == QLatin1Char('-')) && e + 1 < to
                    && m_text.at(e + 1).isLetter())))
            ++e;
        out.append(Word { i, e });
        i = e;
    }
    return out;
}

int AdjacentCueSieve::clauseEnd(int from, int limit) const
{
    const int end = std::min({ limit, int(m_text.size()), from + MaxClauseChars });
    for (int k = from; k < end; ++k) {
        const QChar c = m_text.at(k);
        if (c == QLatin1Char('\n') || c == QLatin1Char(';') || c == QLatin1Char('!') || c == QLatin1Char('?'))
            return k;
        if (c == QLatin1Char('.')) {
            // "Gov. Mike Pence", "Kevin D. Williamson", "U.S.": an abbreviation, not the end.
            int s = k;
            while (s > from && m_text.at(s - 1).isLetter())
                --s;
            const QStringView w = QStringView(m_text).mid(s, k + 1 - s);
            const bool abbreviation = (w.size() == 2 && w.at(0).isUpper()) || isTitleWord(w)
                || (k + 1 < end && m_text.at(k + 1).isLetter());
            if (!abbreviation)
                return k;
        }
    }
    return end;
}

Mention AdjacentCueSieve::headOf(int from, int to) const
{
    if (to <= from)
        return {};
    const QList<Mention> mentions = m_registry.mentionsIn(m_text, from, to, {});
    Mention person;
    Mention pronoun;
    Mention role;
    for (const Mention& m : mentions) {
        // "Clinton's top aide Jake Sullivan": a possessive name modifies the head.
        const int e = m.end;
        const bool possessive
            = (e + 1 < int(m_text.size()) && isApostrophe(m_text.at(e))
                  && (m_text.at(e + 1) == QLatin1Char('s') || m_text.at(e + 1) == QLatin1Char(' ')))
            || m.raw.endsWith(QLatin1String("'s")) || m.raw.endsWith(QStringLiteral("\u2019s"));
        if (possessive)
            continue;
        // "a spokesman for Donald Trump", "a delegate from Texas": the employer, not the speaker.
        int p = m.start;
        while (p > from && m_text.at(p - 1) == QLatin1Char(' '))
            --p;
        int s = p;
        while (s > from && m_text.at(s - 1).isLetter())
            --s;
        const QStringView before = QStringView(m_text).mid(s, p - s);
        if (!before.isEmpty() && isPreposition(before) && before != QLatin1String("and"))
            continue;
        // "spokesperson for Nordic Steel" read as one phrase: the name after the preposition is the
        // employer.
        const QStringView phrase = QStringView(m_text).mid(m.start, m.end - m.start);
        if (phrase.contains(QLatin1String(" for ")) || phrase.contains(QLatin1String(" of "))
            || phrase.contains(QLatin1String(" from ")) || phrase.contains(QLatin1String(" at ")))
            continue;
        // A single unknown capitalised word ("Florida", "Twitter") is rarely the speaker; a person the
        // article introduced, or an unknown full name, is.
        const bool known = m.kind == Mention::Kind::Name
            || (m.kind == Mention::Kind::UnknownName && m.raw.contains(QLatin1Char(' '))
                && !m.raw.contains(QLatin1Char('-')));
        if (isPersonMention(m) && known)
            person = m;
        else if (m.kind == Mention::Kind::Pronoun)
            pronoun = m;
        else if (m.kind == Mention::Kind::Role && !m.canonical.isEmpty())
            role = m;
    }
    if (person.start >= 0)
        return person;
    return pronoun.start >= 0 ? pronoun : role;
}

Mention AdjacentCueSieve::after(int close, int limit) const
{
    // Does the quotation end its own sentence (“… next year.”) rather than hand over (“…,”)?
    int q = close - 1;
    while (q > 0 && m_text.at(q).isSpace())
        --q;
    // “…?” Trump asked, and “…!” she cried: only a full stop hands the next words a sentence of their own.
    const bool endsSentence = q > 0 && m_text.at(q) == QLatin1Char('.');
    int p = close + 1;
    const int n = int(m_text.size());
    while (p < n && p < limit
        && (m_text.at(p).isSpace() || m_text.at(p) == QLatin1Char(',') || m_text.at(p) == QChar(0x2013)
            || m_text.at(p) == QChar(0x2014)))
        if (m_text.at(p++) == QLatin1Char('\n'))
            return {};
    const int end = clauseEnd(p, limit);
    const QList<Word> ws = words(p, end);
    if (ws.isEmpty())
        return {};
    // "according to X".
    if (ws.size() >= 3 && wordText(ws.at(0)).compare(QLatin1String("according"), Qt::CaseInsensitive) == 0
        && wordText(ws.at(1)) == QLatin1String("to")) {
        int stop = end;
        const int comma = int(m_text.indexOf(QLatin1Char(','), ws.at(2).start));
        if (comma >= 0 && comma < stop)
            stop = comma;
        return headOf(ws.at(2).start, stop);
    }
    if (isCueVerb(wordText(ws.at(0)))) {
        // "said X …": the phrase after the verb, up to a comma or a word that starts another clause.
        int stop = end;
        for (int i = 1; i < ws.size() && i <= MaxPhraseWords; ++i) {
            const QStringView w = wordText(ws.at(i));
            if (w.at(0).isLower() && endsObjectPhrase(w)) {
                stop = ws.at(i).start;
                break;
            }
        }
        const int comma = int(m_text.indexOf(QLatin1Char(','), ws.at(0).end));
        if (comma >= 0 && comma < stop)
            stop = comma;
        return headOf(ws.at(0).end, stop);
    }
    // "X said", "X, the convention chair, told", "X, who …, said": the subject before the verb.
    int verb = -1;
    for (int i = 1; i < ws.size() && i <= MaxPhraseWords + 8; ++i) {
        if (isCueVerb(wordText(ws.at(i)))) {
            verb = i;
            break;
        }
    }
    if (verb < 0)
        return {};
    // The subject is what comes before the first comma (an appositive or relative clause may follow).
    int subjectEnd = ws.at(verb).start;
    const int comma = int(m_text.indexOf(QLatin1Char(','), p));
    if (comma >= 0 && comma < subjectEnd)
        subjectEnd = comma;
    else {
        // Adverbs between subject and verb: "Trump later told".
        int k = verb - 1;
        while (k >= 0 && isFillerBeforeVerb(wordText(ws.at(k))))
            --k;
        if (k < 0)
            return {};
        subjectEnd = ws.at(k).end;
    }
    int subjectWords = 0;
    for (const Word& w : ws) {
        if (w.start < subjectEnd)
            ++subjectWords;
    }
    if (subjectWords == 0 || subjectWords > MaxPhraseWords)
        return {};
    // After a quotation that ends its own sentence, "Nowak said the budget was tight." starts a new
    // sentence about Nowak; only a clause that ends soon after the verb ("Nowak said.", "Nowak told
    // reporters.") attributes the quotation.
    if (endsSentence) {
        int tailWords = 0;
        const int tailComma = int(m_text.indexOf(QLatin1Char(','), ws.at(verb).end));
        for (int i = verb + 1; i < ws.size(); ++i) {
            if (tailComma >= 0 && ws.at(i).start > tailComma)
                break;
            const QStringView w = wordText(ws.at(i));
            static const QSet<QString> finite = [] {
                QSet<QString> f;
                for (const char* v : { "that", "is", "was", "were", "are", "would", "will", "had", "has",
                         "have", "could", "can", "should", "must", "may", "might", "it", "they", "we" })
                    f.insert(QString::fromLatin1(v));
                return f;
            }();
            if (containsFolded(finite, w))
                return {};
            ++tailWords;
        }
        if (tailWords > 4)
            return {};
    }
    // A subject that starts with a lower-case word other than a determiner or pronoun is a clause of
    // its own ("…,” but critics said): no person is named.
    return headOf(p, subjectEnd);
}

Mention AdjacentCueSieve::introducedByColon(int open) const
{
    // "Jeffrey M. Jones: “…”", "HEADLINE IN CAPITALS - Gerald F. Seib, The Wall Street Journal: “…”":
    // a round-up names the speaker, perhaps with the outlet, right before a colon.
    int k = open;
    while (k > 0 && m_text.at(k - 1).isSpace() && m_text.at(k - 1) != QLatin1Char('\n'))
        --k;
    if (k == 0 || m_text.at(k - 1) != QLatin1Char(':'))
        return {};
    const int colon = k - 1;
    int s = colon;
    while (s > 0 && colon - s < 160 && m_text.at(s - 1) != QLatin1Char('\n')
        && m_text.at(s - 1) != QChar(0x2013) && m_text.at(s - 1) != QChar(0x2014)
        && !(m_text.at(s - 1) == QLatin1Char('-') && s >= 2 && m_text.at(s - 2) == QLatin1Char(' ')))
        --s;
    while (s < colon && m_text.at(s).isSpace())
        ++s;
    if (s >= colon)
        return {};
    const Mention m = m_registry.mentionAt(m_text, s, colon);
    if (!isPersonMention(m) || !(m.kind == Mention::Kind::Name || m.raw.contains(QLatin1Char(' '))))
        return {};
    // The name, then the colon or ", Outlet:"; nothing else may sit between.
    int e = m.end;
    while (e < colon && m_text.at(e) == QLatin1Char(' '))
        ++e;
    if (e == colon)
        return m;
    if (m_text.at(e) == QLatin1Char(',')
        && !QStringView(m_text).mid(e + 1, colon - e - 1).contains(QLatin1Char(',')))
        return m;
    return {};
}

Mention AdjacentCueSieve::paragraphIntroduction(int open, int sentenceStartOfIntro) const
{
    // "Bolton also discussed the rules. He said:" / "Cruz called them on it:" then the quotation as
    // a paragraph of its own: the introducing sentence's verb of saying, else its subject.
    int k = open;
    while (k > 0 && m_text.at(k - 1).isSpace() && m_text.at(k - 1) != QLatin1Char('\n'))
        --k;
    if (k == 0 || m_text.at(k - 1) != QLatin1Char('\n'))
        return {};
    while (k > 0 && m_text.at(k - 1).isSpace())
        --k;
    if (k == 0 || m_text.at(k - 1) != QLatin1Char(':'))
        return {};
    const int colon = k - 1;
    const Mention m = before(sentenceStartOfIntro, colon);
    if (m.start >= 0)
        return m;
    for (const Mention& c : m_registry.mentionsIn(m_text, sentenceStartOfIntro, colon, {})) {
        if (c.kind == Mention::Kind::Name || c.kind == Mention::Kind::Pronoun)
            return c;
        if (c.kind == Mention::Kind::UnknownName && c.raw.contains(QLatin1Char(' ')))
            return c;
    }
    return {};
}

Mention AdjacentCueSieve::before(int sentenceStart, int open) const
{
    const int from = std::max(sentenceStart, open - MaxClauseChars);
    const QList<Word> ws = words(from, open);
    if (ws.isEmpty())
        return {};
    // The verb of saying nearest the quotation, at most a few words before it: "Ryan said, “…",
    // "he said in a statement that “…".
    int verb = -1;
    for (int i = int(ws.size()) - 1; i >= 0 && int(ws.size()) - i <= MaxComplementWords; --i) {
        if (isCueVerb(wordText(ws.at(i)))) {
            verb = i;
            break;
        }
    }
    if (verb < 0)
        return {};
    // "was asked by host Bill Maher": the asker is not the speaker of the answer's quotation.
    if (verb + 1 < ws.size() && wordText(ws.at(verb + 1)) == QLatin1String("by"))
        return {};
    // The subject: back from the verb to a clause boundary (comma, sentence start, conjunction).
    int k = verb - 1;
    while (k >= 0 && isFillerBeforeVerb(wordText(ws.at(k))))
        --k;
    if (k < 0)
        return {};
    // "Parker Eaton, a nominal Republican who voted for Bill Clinton, said": a comma right before the
    // verb closes an appositive; the subject ends where the appositive opens.
    if (QStringView(m_text).mid(ws.at(k).end, ws.at(verb).start - ws.at(k).end).contains(QLatin1Char(','))) {
        int appositiveOpen = -1;
        for (int i = k; i > 0 && k - i <= 25; --i) {
            if (QStringView(m_text)
                    .mid(ws.at(i - 1).end, ws.at(i).start - ws.at(i - 1).end)
                    .contains(QLatin1Char(','))) {
                appositiveOpen = i - 1;
                break;
            }
        }
        if (appositiveOpen < 0)
            return {};
        k = appositiveOpen;
    }
    const int subjectEnd = ws.at(k).end;
    int subjectStart = ws.at(k).start;
    for (int i = k; i >= 0 && k - i < MaxPhraseWords; --i) {
        const QStringView w = wordText(ws.at(i));
        if (i < k) {
            const QStringView gap = QStringView(m_text).mid(ws.at(i).end, ws.at(i + 1).start - ws.at(i).end);
            if (gap.contains(QLatin1Char(',')) || gap.contains(QLatin1Char(':'))
                || gap.contains(QLatin1Char('(')))
                break;
        }
        if (w.at(0).isLower()
            && (w == QLatin1String("and") || w == QLatin1String("but") || w == QLatin1String("that")
                || w == QLatin1String("when") || w == QLatin1String("as") || w == QLatin1String("after")
                || w == QLatin1String("while") || w == QLatin1String("because") || w == QLatin1String("if")
                || w == QLatin1String("with") || w == QLatin1String("who") || w == QLatin1String("which")))
            break;
        subjectStart = ws.at(i).start;
    }
    // Between the verb and the quotation only a short complement may sit: no other clause.
    const QStringView tail = QStringView(m_text).mid(ws.at(verb).end, open - ws.at(verb).end);
    if (tail.count(QLatin1Char(',')) > 1)
        return {};
    return headOf(subjectStart, subjectEnd);
}

} // namespace ql
