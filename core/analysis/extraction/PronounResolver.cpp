#include "core/analysis/extraction/PronounResolver.h"

#include "core/analysis/extraction/ArticleTokens.h"
#include "core/analysis/extraction/TextRules.h"

#include <QSet>

#include <algorithm>

namespace ql {

using namespace textrules;

namespace {

// Pronouns that reveal a referent's gender: +1 male, -1 female, 0 none.
int pronounGender(QStringView w)
{
    const QString f = foldWord(w);
    if (f == QLatin1String("he") || f == QLatin1String("him") || f == QLatin1String("his")
        || f == QLatin1String("himself"))
        return 1;
    if (f == QLatin1String("she") || f == QLatin1String("her") || f == QLatin1String("hers")
        || f == QLatin1String("herself"))
        return -1;
    return 0;
}

int honorificGender(QStringView raw)
{
    if (raw.startsWith(QLatin1String("Mr")))
        return 1;
    if (raw.startsWith(QLatin1String("Mrs")) || raw.startsWith(QLatin1String("Ms"))
        || raw.startsWith(QLatin1String("Miss")))
        return -1;
    return 0;
}

QStringView wordBefore(const QString& text, int pos)
{
    int e = pos;
    while (e > 0 && text.at(e - 1) == QLatin1Char(' '))
        --e;
    int s = e;
    while (s > 0 && e - s < 30 && text.at(s - 1).isLetter())
        --s;
    return QStringView(text).mid(s, e - s);
}

// The mention is the subject of a verb: "Biden said", "Warren, a senator, has argued", "Trump told".
bool isSubject(const QString& text, int end)
{
    const int n = int(text.size());
    int k = end;
    if (k < n && text.at(k) == QLatin1Char(',')) {
        // "Her counterpart, Mart Kask, was blunter": the name closes an appositive before the verb.
        int v = k + 1;
        while (v < n && text.at(v) == QLatin1Char(' '))
            ++v;
        int ve = v;
        while (ve < n && text.at(ve).isLetter())
            ++ve;
        const QStringView next = QStringView(text).mid(v, ve - v);
        const bool verbNext = !next.isEmpty() && next.at(0).isLower()
            && (isSpeechVerb(next) || next == QLatin1String("was") || next == QLatin1String("is")
                || next == QLatin1String("has") || next == QLatin1String("had")
                || (next.size() > 3 && next.endsWith(QLatin1String("ed"))));
        if (!verbNext) {
            // Skip one appositive: ", the Massachusetts senator,".
            const int close = int(text.indexOf(QLatin1Char(','), k + 1));
            if (close < 0 || close - k > 160)
                return false;
            k = close + 1;
        } else {
            k = k + 1;
        }
    }
    for (int hop = 0; hop < 3; ++hop) {
        while (k < n && text.at(k) == QLatin1Char(' '))
            ++k;
        int e = k;
        while (e < n && (text.at(e).isLetter() || isApostrophe(text.at(e))))
            ++e;
        const QStringView w = QStringView(text).mid(k, e - k);
        if (w.isEmpty() || !w.at(0).isLower())
            return false;
        if (isSpeechVerb(w) || (w.size() > 3 && w.endsWith(QLatin1String("ed"))))
            return true;
        static const QSet<QString> verbs = [] {
            QSet<QString> v;
            for (const char* x : { "is", "was", "has", "had", "will", "would", "can", "could", "did", "does",
                     "went", "made", "took", "gave", "got", "sent", "met", "ran", "wants", "thinks", "knows",
                     "says", "told", "wrote", "spoke", "shot", "must", "should", "may", "might" })
                v.insert(QString::fromLatin1(x));
            return v;
        }();
        if (containsFolded(verbs, w))
            return true;
        if (!isAdverbFiller(w))
            return false;
        k = e;
    }
    return false;
}

} // namespace

PronounResolver::PronounResolver(
    const QString& text, const SpeakerRegistry& registry, const QList<TextSpan>& quotations)
    : m_text(text)
    , m_registry(registry)
    , m_quotations(quotations)
{ }

void PronounResolver::build() const
{
    // Built on first use: most articles attribute every quotation by name, and the pass over every
    // mention of the text is the costliest step of attribution.
    if (m_built)
        return;
    m_built = true;
    const QString& text = m_text;
    const SpeakerRegistry& registry = m_registry;
    const QList<TextSpan>& quotations = m_quotations;
    const int n = int(text.size());
    for (const Mention& m : registry.mentionsIn(text, 0, n, quotations)) {
        QString name;
        if (m.kind == Mention::Kind::Name)
            name = m.canonical;
        else if (m.kind == Mention::Kind::Role && !m.canonical.isEmpty())
            name = m.canonical;
        if (name.isEmpty())
            continue;
        Candidate c { m.start, m.end, name, false, isSubject(text, m.end), false };
        {
            int words = 0;
            for (const QString& t : m.raw.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (!t.isEmpty() && t.at(0).isUpper() && !isTitleWord(t))
                    ++words;
            }
            c.fullName = m.kind == Mention::Kind::Name && words >= 2;
        }
        const QStringView prev = wordBefore(text, m.start);
        // "Norway's defence minister, Sigrid Aalstad, said": the role only describes the next name.
        const bool describesName = m.kind == Mention::Kind::Role && m.end + 2 < n
            && text.at(m.end) == QLatin1Char(',') && text.at(m.end + 1) == QLatin1Char(' ')
            && text.at(m.end + 2).isUpper();
        c.modifier = describesName || prev == QLatin1String("a") || prev == QLatin1String("an")
            || prev == QLatin1String("the")
            || (!prev.isEmpty() && isPreposition(prev) && prev != QLatin1String("and"));
        m_candidates.append(c);
        const int h = honorificGender(m.raw);
        if (h != 0)
            m_votes[name] += 3 * h;
    }
    // Gender votes: a gendered pronoun outside quotations goes to the nearest person mentioned before it
    // in the same paragraph, within a sentence or two.
    int ci = 0;
    int qi = 0;
    // The word [i, e) (a maximal run of letters, outside quotations).
    auto vote = [&](int i, int e, bool maybePronoun) {
        // Only subject pronouns vote: "him" and "her" often refer to someone else than the last name.
        const QStringView word = QStringView(text).mid(i, e - i);
        // Case-insensitive comparison folds code unit by code unit, so only words of two or three
        // units can match; the length test spares the call for every other word of the text.
        const bool subjectPronoun = maybePronoun && (word.size() == 2 || word.size() == 3)
            && (word.compare(QLatin1String("he"), Qt::CaseInsensitive) == 0
                || word.compare(QLatin1String("she"), Qt::CaseInsensitive) == 0);
        const int g = subjectPronoun ? pronounGender(word) : 0;
        if (g == 0)
            return;
        while (ci < m_candidates.size() && m_candidates.at(ci).end <= i)
            ++ci;
        // "Ginsburg spoke on Monday. She said …": a pronoun that opens a sentence refers to the
        // subject of the sentence before far more often than "Biden said Clinton … she" does.
        int b = i;
        while (b > 0 && text.at(b - 1) == QLatin1Char(' '))
            --b;
        const bool opensSentence = b == 0 || text.at(b - 1) == QLatin1Char('.')
            || text.at(b - 1) == QLatin1Char('\n') || text.at(b - 1) == QLatin1Char('!')
            || text.at(b - 1) == QLatin1Char('?');
        // "Kent said she …" is ambiguous; a pronoun inside a sentence votes only for a subject
        // right before it in that sentence.
        if (ci > 0 && !opensSentence) {
            const Candidate& c = m_candidates.at(ci - 1);
            if (c.subject && !c.modifier && i - c.end < 60
                && !QStringView(text).mid(c.end, i - c.end).contains(QLatin1Char('\n')))
                m_votes[c.name] += g;
        }
        if (opensSentence) {
            for (int k = ci - 1; k >= 0 && i - m_candidates.at(k).end < 300; --k) {
                const Candidate& c = m_candidates.at(k);
                if (QStringView(text).mid(c.end, i - c.end).count(QLatin1Char('\n')) > 2)
                    break;
                if (c.subject && !c.modifier) {
                    m_votes[c.name] += g;
                    break;
                }
            }
        }
    };
    // Where the scan goes on: a word (or the rest of one) before it is skipped, and so is every word
    // that starts inside a quotation.
    int pos = 0;
    auto word = [&](int i, int e, bool maybePronoun) {
        if (i < pos)
            return;
        while (qi < quotations.size() && quotations.at(qi).end <= i)
            ++qi;
        if (qi < quotations.size() && quotations.at(qi).contains(i)) {
            pos = quotations.at(qi).end;
            return;
        }
        vote(i, e, maybePronoun);
        pos = e;
    };
    const ArticleTokens& tokens = registry.tokens();
    if (tokens.describes(text)) {
        static const quint64 he = ArticleTokens::foldedHash(u"he");
        static const quint64 she = ArticleTokens::foldedHash(u"she");
        for (const ArticleTokens::Run& run : tokens.runs()) {
            if (run.has(ArticleTokens::AllLetters) && run.has(ArticleTokens::AsciiOnly))
                word(run.start, run.end, run.hash == he || run.hash == she);
            else
                tokens.forEachLetterRun(run, [&](int i, int e) { word(i, e, true); });
        }
        return;
    }
    for (int i = 0; i < n;) {
        if (!text.at(i).isLetter() || (i > 0 && text.at(i - 1).isLetter())) {
            ++i;
            continue;
        }
        int e = i;
        while (e < n && text.at(e).isLetter())
            ++e;
        word(i, e, true);
        i = std::max(i + 1, pos);
    }
}

QString PronounResolver::nearestBearer(int pos, const QString& canonical) const
{
    const QString surname = canonical.section(QLatin1Char(' '), -1);
    if (surname.isEmpty() || surname == canonical || m_registry.bearersOf(surname) < 2)
        return canonical; // nobody else to choose: the table is not needed
    build();
    auto it = std::lower_bound(m_candidates.cbegin(), m_candidates.cend(), pos,
        [](const Candidate& c, int p) { return c.end <= p; });
    while (it != m_candidates.cbegin()) {
        --it;
        if (it->fullName && it->name.section(QLatin1Char(' '), -1) == surname)
            return it->name;
    }
    return canonical;
}

int PronounResolver::genderOf(const QString& name) const
{
    build();
    const int v = m_votes.value(name);
    return v > 0 ? 1 : (v < 0 ? -1 : 0);
}

QString PronounResolver::resolve(int pos, QStringView pronoun) const
{
    const int g = pronounGender(pronoun);
    build();
    auto it = std::lower_bound(m_candidates.cbegin(), m_candidates.cend(), pos,
        [](const Candidate& c, int p) { return c.end <= p; });
    // The most recent person of that gender who is no modifier; but a subject of the same paragraph
    // before it outranks it ("Biden said Clinton was ready. “…,” he said" is Biden's), and past a
    // paragraph break only a subject carries over.
    int recentEnd = -1;
    QString recent;
    QString fallback;
    while (it != m_candidates.cbegin()) {
        --it;
        if (pos - it->end > MaxLookBack)
            break;
        const int known = genderOf(it->name);
        if (g != 0 && known != 0 && known != g)
            continue;
        if (fallback.isEmpty())
            fallback = it->name;
        if (it->modifier)
            continue;
        if (recent.isEmpty()) {
            if (it->subject)
                return it->name;
            recent = it->name;
            recentEnd = it->end;
            continue;
        }
        const bool sameParagraph
            = !QStringView(m_text).mid(it->end, recentEnd - it->end).contains(QLatin1Char('\n'));
        if (!sameParagraph)
            break;
        if (it->subject)
            return it->name;
    }
    return recent.isEmpty() ? fallback : recent;
}

} // namespace ql
