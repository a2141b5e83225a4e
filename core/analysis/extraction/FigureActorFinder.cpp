#include "core/analysis/extraction/FigureActorFinder.h"

#include "core/analysis/extraction/TextRules.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <unordered_set>

namespace ql {

namespace {

// The patterns below are costly to start and most sentences with a figure cannot match them: each
// needs a verb from its list, and the subject and verb patterns need that verb right after a name or a
// collective noun. These checks read the same characters the patterns would and say "no" only where a
// pattern cannot match; they treat every character outside ASCII as possibly a letter of either case,
// so on such text they fall back to the pattern.
class AsciiWords
{
public:
    AsciiWords(std::initializer_list<const char16_t*> words)
    {
        for (const char16_t* w : words) {
            const std::u16string_view word(w);
            m_words.insert(word);
            m_lengths |= quint64(1) << word.size();
            m_leads |= quint64(1) << (word.front() & 63);
        }
    }
    bool contains(QStringView w) const
    {
        // Most words are in no list: their length or first letter tells without hashing.
        if (w.isEmpty() || w.size() >= 64 || (m_lengths & (quint64(1) << w.size())) == 0
            || (m_leads & (quint64(1) << (w.front().unicode() & 63))) == 0)
            return false;
        return m_words.count(
                   std::u16string_view(reinterpret_cast<const char16_t*>(w.data()), size_t(w.size())))
            > 0;
    }

private:
    std::unordered_set<std::u16string_view> m_words;
    quint64 m_lengths = 0; // bit k: a word of k characters
    quint64 m_leads = 0; // bit (c & 63): a word that starts with c
};

bool isAsciiLower(QChar c)
{
    return c.unicode() >= u'a' && c.unicode() <= u'z';
}

// A character of `[\w\-’']`, or one outside ASCII that might be one.
bool mayBeNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 128 || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
        || u == u'_' || u == u'-' || u == u'\'';
}

bool isAsciiUpper(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'Z';
}

bool isPronounOrFiller(const QString& word);

// The word of name characters that ends at `end` in `s`, after the last space before it: [*start, end).
// False when a character outside ASCII makes it uncertain.
bool asciiWordBefore(QStringView s, qsizetype end, qsizetype* start)
{
    qsizetype b = end;
    while (b > 0 && s.at(b - 1) != QLatin1Char(' ')) {
        if (s.at(b - 1).unicode() >= 128)
            return false;
        --b;
    }
    qsizetype w = end;
    while (w > b && mayBeNameChar(s.at(w - 1)))
        --w;
    *start = w;
    return true;
}

// Whether the noun phrase whose first word starts at `w` may hold a word before it: a name word, a
// joining "and"/"of"/"for"/"de" or a leading "the"/"our"/"their"/"its".
bool mayExtendLeft(QStringView s, qsizetype w)
{
    if (w == 0 || s.at(w - 1) != QLatin1Char(' '))
        return false;
    qsizetype r = w;
    while (r > 0 && s.at(r - 1) == QLatin1Char(' '))
        --r;
    qsizetype start = r;
    if (!asciiWordBefore(s, r, &start))
        return true;
    if (start == r)
        return false;
    static const AsciiWords joins { u"and", u"of", u"for", u"de", u"the", u"our", u"their", u"its" };
    return isAsciiUpper(s.at(start)) || joins.contains(s.mid(start, r - start));
}

// Whether a noun phrase the callers keep may end at `q` in `s`, right before `[ ]+`: its last word (the
// run of name characters before `q`) is capitalised or one of `nounEnds`. A lone pronoun or filler word
// ("The", "But") is a match both callers drop, so it counts only when more words may precede it.
bool mayEndNounPhrase(QStringView s, qsizetype q, const AsciiWords* nounEnds)
{
    qsizetype w = q;
    if (!asciiWordBefore(s, q, &w))
        return true;
    if (w == q)
        return false;
    const QStringView word = s.mid(w, q - w);
    if (isAsciiUpper(s.at(w)))
        return !isPronounOrFiller(word.toString()) || mayExtendLeft(s, w);
    return nounEnds && nounEnds->contains(word);
}

// Whether `(?<np>…)[ ]+(?:ADVERB[ ]+)?VERB\b` may match in `s`, the noun phrase ending in a capitalised
// word or one of `nounEnds`.
bool maySayVerbAfterName(
    QStringView s, const AsciiWords& verbs, const AsciiWords& adverbs, const AsciiWords* nounEnds)
{
    const qsizetype n = s.size();
    for (qsizetype i = 1; i < n; ++i) {
        if (s.at(i - 1) != QLatin1Char(' ') || !isAsciiLower(s.at(i)))
            continue;
        qsizetype e = i;
        while (e < n && isAsciiLower(s.at(e)))
            ++e;
        // `\b` after the verb: no ASCII letter, digit or underscore may follow it.
        const char16_t next = e < n ? s.at(e).unicode() : u' ';
        const bool bounded
            = !((next >= u'A' && next <= u'Z') || (next >= u'0' && next <= u'9') || next == u'_');
        if (bounded && verbs.contains(s.mid(i, e - i))) {
            qsizetype q = i;
            while (q > 0 && s.at(q - 1) == QLatin1Char(' '))
                --q;
            if (mayEndNounPhrase(s, q, nounEnds))
                return true;
            // One adverb between: "Germany also plans".
            qsizetype a = q;
            while (a > 0 && isAsciiLower(s.at(a - 1)))
                --a;
            if (a < q && a > 0 && s.at(a - 1) == QLatin1Char(' ') && adverbs.contains(s.mid(a, q - a))) {
                qsizetype q2 = a;
                while (q2 > 0 && s.at(q2 - 1) == QLatin1Char(' '))
                    --q2;
                if (q2 < a && mayEndNounPhrase(s, q2, nounEnds))
                    return true;
            }
        }
        i = e;
    }
    return false;
}

// Whether one of `words` occurs in `s` as a run of lower-case ASCII letters (or next to characters
// outside ASCII, which might be letters).
bool mayHoldWord(QStringView s, const AsciiWords& words)
{
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (!isAsciiLower(s.at(i)))
            continue;
        qsizetype e = i;
        while (e < n && isAsciiLower(s.at(e)))
            ++e;
        if (words.contains(s.mid(i, e - i)))
            return true;
        i = e;
    }
    return false;
}

const AsciiWords& subjectVerbs()
{
    static const AsciiWords words { u"is", u"are", u"was", u"were", u"has", u"have", u"had", u"will",
        u"would", u"shall", u"should", u"must", u"can", u"could", u"may", u"plan", u"plans", u"planned",
        u"pledge", u"pledged", u"agreed", u"agree", u"aim", u"aims", u"want", u"wants", u"intend", u"intends",
        u"promised", u"commit", u"commits", u"committed", u"announced", u"approved", u"spend", u"spends",
        u"spent", u"invest", u"invests", u"invested", u"allocate", u"allocates", u"allocated", u"earmarked",
        u"earmarks", u"raise", u"raises", u"raised", u"increased", u"increases", u"boost", u"boosts",
        u"boosted", u"sets", u"signs", u"signed", u"awarded", u"won", u"wins", u"received", u"receives",
        u"secured", u"secures", u"ordered", u"orders", u"unveiled", u"proposed", u"offered", u"offers",
        u"provide", u"provides", u"provided", u"gave", u"gives", u"pays", u"paid", u"budgeted", u"expects",
        u"expected", u"needs", u"put", u"puts", u"reached", u"reaches", u"hit", u"hits", u"met", u"meets" };
    return words;
}

const AsciiWords& subjectAdverbs()
{
    static const AsciiWords words { u"also", u"now", u"already", u"still", u"then", u"recently",
        u"reportedly", u"jointly", u"together", u"collectively" };
    return words;
}

// The last words of the collective nouns: "allies", "member states", "the joint procurement pool".
const AsciiWords& collectiveEnds()
{
    static const AsciiWords words { u"allies", u"leaders", u"members", u"states", u"alliance", u"Alliance",
        u"pool", u"fund", u"facility" };
    return words;
}

// The first words of the verbs of saying ("pointed out", "announced that").
const AsciiWords& speechVerbs()
{
    static const AsciiWords words { u"said", u"says", u"told", u"stressed", u"added", u"noted", u"indicated",
        u"argued", u"warned", u"insisted", u"urged", u"wrote", u"declared", u"confirmed", u"explained",
        u"emphasised", u"emphasized", u"underlined", u"pointed", u"recalled", u"announced", u"estimated",
        u"suggested", u"claimed" };
    return words;
}

const AsciiWords& speechAdverbs()
{
    static const AsciiWords words { u"also", u"later", u"then", u"again", u"previously" };
    return words;
}

const AsciiWords& speechVerbsOrAccording()
{
    static const AsciiWords words { u"said", u"says", u"told", u"stressed", u"added", u"noted", u"indicated",
        u"argued", u"warned", u"insisted", u"urged", u"wrote", u"declared", u"confirmed", u"explained",
        u"emphasised", u"emphasized", u"underlined", u"pointed", u"recalled", u"announced", u"estimated",
        u"suggested", u"claimed", u"according" };
    return words;
}

constexpr int kMaxLookBehind = 400;
constexpr int kMaxLookAhead = 300;

// A proper-noun phrase: capitalised words, joined by "and"/"of"/"for" ("NATO Support and
// Procurement Agency", "Ministry of Defence"), possibly possessive.
const QString& properNoun()
{
    static const QString np
        = QStringLiteral("\\p{Lu}[\\w\\-’']*(?:[ ](?:(?:and|of|for|de)[ ])?\\p{Lu}[\\w\\-’']*){0,5}");
    return np;
}

// Plural or collective nouns that stand for the allies or the alliance as a whole, and common funds
// ("the joint procurement pool"). A bare "firm" or "government" names nobody in particular.
const QString& collectiveNoun()
{
    static const QString cn = QStringLiteral(
        "(?:(?:NATO|European|Nordic|Baltic|other|all)[ ])?(?:allies|leaders|members|member[ ]states|"
        "alliance|Alliance)|(?:the|The)[ ](?:[a-z]+[ ]){0,2}(?:pool|fund|facility)");
    return cn;
}

bool isPronounOrFiller(const QString& word)
{
    static const QStringList words = { QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("it"),
        QStringLiteral("they"), QStringLiteral("we"), QStringLiteral("i"), QStringLiteral("you"),
        QStringLiteral("this"), QStringLiteral("that"), QStringLiteral("these"), QStringLiteral("those"),
        QStringLiteral("there"), QStringLiteral("the"), QStringLiteral("but"), QStringLiteral("and"),
        QStringLiteral("if"), QStringLiteral("when"), QStringLiteral("while"), QStringLiteral("as"),
        QStringLiteral("so"), QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("at"),
        QStringLiteral("by"), QStringLiteral("for"), QStringLiteral("to"), QStringLiteral("last"),
        QStringLiteral("next"), QStringLiteral("today"), QStringLiteral("now"), QStringLiteral("also"),
        QStringLiteral("what"), QStringLiteral("our"), QStringLiteral("their"), QStringLiteral("everybody"),
        QStringLiteral("everyone"), QStringLiteral("nobody"), QStringLiteral("somebody"),
        QStringLiteral("someone"), QStringLiteral("things"), QStringLiteral("people"),
        QStringLiteral("officials"), QStringLiteral("critics"), QStringLiteral("experts"),
        QStringLiteral("analysts"), QStringLiteral("sources"), QStringLiteral("many"), QStringLiteral("some"),
        QStringLiteral("most"), QStringLiteral("both"), QStringLiteral("each"), QStringLiteral("one"),
        QStringLiteral("his"), QStringLiteral("her"), QStringLiteral("its") };
    return words.contains(word.toLower());
}

// NATO capitals stand for their governments ("Bucharest plans to …").
const QHash<QString, QString>& capitals()
{
    static const QHash<QString, QString> map = {
        { QStringLiteral("Bucharest"), QStringLiteral("Romania") },
        { QStringLiteral("Berlin"), QStringLiteral("Germany") },
        { QStringLiteral("Paris"), QStringLiteral("France") },
        { QStringLiteral("London"), QStringLiteral("United Kingdom") },
        { QStringLiteral("Warsaw"), QStringLiteral("Poland") },
        { QStringLiteral("Washington"), QStringLiteral("United States") },
        { QStringLiteral("Rome"), QStringLiteral("Italy") },
        { QStringLiteral("Madrid"), QStringLiteral("Spain") },
        { QStringLiteral("Ottawa"), QStringLiteral("Canada") },
        { QStringLiteral("Ankara"), QStringLiteral("Türkiye") },
        { QStringLiteral("Oslo"), QStringLiteral("Norway") },
        { QStringLiteral("Stockholm"), QStringLiteral("Sweden") },
        { QStringLiteral("Helsinki"), QStringLiteral("Finland") },
        { QStringLiteral("Copenhagen"), QStringLiteral("Denmark") },
        { QStringLiteral("Lisbon"), QStringLiteral("Portugal") },
        { QStringLiteral("Athens"), QStringLiteral("Greece") },
        { QStringLiteral("Prague"), QStringLiteral("Czechia") },
        { QStringLiteral("Bratislava"), QStringLiteral("Slovakia") },
        { QStringLiteral("Budapest"), QStringLiteral("Hungary") },
        { QStringLiteral("Sofia"), QStringLiteral("Bulgaria") },
        { QStringLiteral("Vilnius"), QStringLiteral("Lithuania") },
        { QStringLiteral("Riga"), QStringLiteral("Latvia") },
        { QStringLiteral("Tallinn"), QStringLiteral("Estonia") },
        { QStringLiteral("Zagreb"), QStringLiteral("Croatia") },
        { QStringLiteral("Ljubljana"), QStringLiteral("Slovenia") },
        { QStringLiteral("Tirana"), QStringLiteral("Albania") },
        { QStringLiteral("Skopje"), QStringLiteral("North Macedonia") },
        { QStringLiteral("Podgorica"), QStringLiteral("Montenegro") },
        { QStringLiteral("Reykjavik"), QStringLiteral("Iceland") },
        { QStringLiteral("Kyiv"), QStringLiteral("Ukraine") },
    };
    return map;
}

} // namespace

FigureActorFinder::FigureActorFinder(const QString& text)
    : m_text(text)
{ }

void FigureActorFinder::sentenceAround(int pos, int* from, int* to) const
{
    // actor() and reportedBy() ask for the same figure's sentence one after the other.
    if (pos == m_lastSentencePos) {
        *from = m_lastSentence.start;
        *to = m_lastSentence.end;
        return;
    }
    m_lastSentencePos = pos;
    const int n = int(m_text.size());
    pos = std::clamp(pos, 0, n);
    int a = pos;
    const int aLimit = std::max(0, pos - kMaxLookBehind);
    while (a > aLimit) {
        const QChar c = m_text.at(a - 1);
        if (c == QLatin1Char('\n'))
            break;
        // A full stop ends a sentence only before a space and a capital or a quotation mark: "2.4",
        // "U.S." and "Gen." stay inside.
        if ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')) && a < n
            && m_text.at(a) == QLatin1Char(' ') && a + 1 < n
            && (m_text.at(a + 1).isUpper() || m_text.at(a + 1) == QChar(0x201C)
                || m_text.at(a + 1) == QLatin1Char('"'))
            && !(a >= 3 && m_text.at(a - 3).isSpace() && m_text.at(a - 2).isUpper()))
            break;
        --a;
    }
    int b = pos;
    const int bLimit = std::min(n, pos + kMaxLookAhead);
    while (b < bLimit) {
        const QChar c = m_text.at(b);
        if (c == QLatin1Char('\n'))
            break;
        if ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?'))
            && (b + 1 >= n || m_text.at(b + 1).isSpace())) {
            ++b;
            break;
        }
        ++b;
    }
    *from = a;
    *to = b;
    m_lastSentence = { a, b };
}

QString FigureActorFinder::normaliseActor(const QString& phrase)
{
    QString s = phrase.simplified();
    static const QRegularExpression lead(
        QStringLiteral("^(?:the|our|their|its|his|her)[ ]+"), QRegularExpression::CaseInsensitiveOption);
    s.remove(lead);
    // "NATO’s Support and Procurement Agency" is the NATO Support and Procurement Agency.
    static const QRegularExpression possessive(QStringLiteral("[’']s\\b"));
    s.remove(possessive);
    s = s.simplified();
    if (s.isEmpty())
        return {};
    static const QRegularExpression allies(
        QStringLiteral("^(?:(?:NATO|other|all)[ ])?(?:allies|leaders|members|member[ ]states)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (allies.match(s).hasMatch())
        return QStringLiteral("NATO allies");
    if (s.compare(QLatin1String("alliance"), Qt::CaseInsensitive) == 0
        || s.compare(QLatin1String("NATO alliance"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("NATO");
    const auto capital = capitals().constFind(s);
    if (capital != capitals().cend())
        return capital.value();
    if (s.at(0).isLower())
        s[0] = s.at(0).toUpper();
    return s;
}

QString FigureActorFinder::actor(int start, int end) const
{
    int from = 0;
    int to = 0;
    sentenceAround(start, &from, &to);
    const QString before = m_text.mid(from, std::max(0, start - from));
    // The subject of the last clause that commits before the figure: a noun phrase, an optional
    // adverb, then an auxiliary or a verb of spending, pledging or contracting.
    static const QRegularExpression subject(
        QStringLiteral(
            "(?<![\\w\\-’'])(?<np>(?:(?:the|The|our|Our|their|Their|its|Its)[ ]+)?(?:%1|%2))"
            "[ ]+(?:(?:also|now|already|still|then|recently|reportedly|jointly|together|"
            "collectively)[ ]+)?"
            "(?:is|are|was|were|has|have|had|will|would|shall|should|must|can|could|may|plans?|"
            "planned|pledged?|agreed|agree|aims?|wants?|intends?|promised|commits?|committed|"
            "announced|approved|spends?|spent|spend|invests?|invested|allocates?|allocated|"
            "earmarked|earmarks|raises?|raised|increased|increases|boosts?|boosted|sets|signs|signed|"
            "awarded|won|wins|received|receives|secured|secures|ordered|orders|unveiled|"
            "proposed|offered|offers|provides?|provided|gave|gives|pays|paid|budgeted|"
            "expects|expected|needs|put|puts|reached|reaches|hit|hits|met|meets)\\b")
            .arg(properNoun(), collectiveNoun()),
        QRegularExpression::UseUnicodePropertiesOption);
    QString found;
    auto it = maySayVerbAfterName(before, subjectVerbs(), subjectAdverbs(), &collectiveEnds())
        ? subject.globalMatch(before)
        : QRegularExpressionMatchIterator();
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString np = m.captured(QStringLiteral("np"));
        const QString head = np.section(QLatin1Char(' '), 0, 0);
        if (np.contains(QLatin1Char(' ')) ? isPronounOrFiller(np) : isPronounOrFiller(head))
            continue;
        // "In Berlin, …" or "But Germany": a leading filler word is no part of the name.
        QString name = np;
        while (name.contains(QLatin1Char(' ')) && isPronounOrFiller(name.section(QLatin1Char(' '), 0, 0))
            && name.section(QLatin1Char(' '), 0, 0).at(0).isUpper())
            name = name.section(QLatin1Char(' '), 1);
        if (isPronounOrFiller(name))
            continue;
        found = name;
    }
    if (!found.isEmpty())
        return normaliseActor(found);
    // Aid whose giver the sentence leaves out is still money for Ukraine, not nobody's.
    static const QRegularExpression ukraine(
        QStringLiteral("\\b(?:aid|support|assistance|package|help)\\b[^.;]{0,40}\\b(?:for|to)[ ]+Ukraine\\b|"
                       "\\bUkraine(?:[’']s)?[ ]+(?:aid|support|assistance)\\b|"
                       "\\b(?:for|to)[ ]+Ukraine\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QString sentence = m_text.mid(from, to - from);
    if (end <= to && sentence.contains(QLatin1String("Ukraine")) && ukraine.match(sentence).hasMatch())
        return QStringLiteral("Ukraine aid");
    return {};
}

bool FigureActorFinder::perYear(int start, int end) const
{
    static const QRegularExpression after(
        QStringLiteral("^[^.;:!?\\n\\d€$£]{0,40}?\\b(?:per[ ]+(?:year|annum)|a[ ]+year(?![ ]+(?:ago|earlier|"
                       "later|before|after|from|on|since|to|of))|each[ ]+year|every[ ]+year|annually|yearly|"
                       "a[ ]+yr|/(?:year|yr))\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // Every yearly phrase holds "year", "yr" or "annu" ("per annum", "annually"); most amounts are
    // followed by none.
    const QString window = m_text.mid(end, 60);
    if (textrules::containsAnyAsciiCaseless(
            window, { QLatin1String("year"), QLatin1String("annu"), QLatin1String("yr") })
        && after.match(window).hasMatch())
        return true;
    // "/year" right after the amount has no word boundary before the slash.
    if (m_text.mid(end, 6).startsWith(QLatin1String("/year"))
        || m_text.mid(end, 4).startsWith(QLatin1String("/yr")))
        return true;
    static const QRegularExpression leading(
        QStringLiteral(
            "\\b(?:annual|yearly)[ ]+(?:[\\w\\-]+[ ]+){0,3}(?:of|at|worth|totalling|reaching)?[ ]*$"),
        QRegularExpression::CaseInsensitiveOption);
    const int from = std::max(0, start - 50);
    const QString before = m_text.mid(from, start - from);
    return textrules::containsAnyAsciiCaseless(before, { QLatin1String("annual"), QLatin1String("yearly") })
        && leading.match(before).hasMatch();
}

QString FigureActorFinder::reportedBy(int start, int end) const
{
    int from = 0;
    int to = 0;
    sentenceAround(start, &from, &to);
    static const QString speech = QStringLiteral(
        "(?:said|says|told|stressed|added|noted|indicated|argued|warned|insisted|urged|wrote|declared|"
        "confirmed|explained|emphasised|emphasized|underlined|pointed[ ]out|recalled|announced[ ]that|"
        "estimated|suggested|claimed)");
    const QString before = m_text.mid(from, std::max(0, start - from));
    static const QRegularExpression lead(
        QStringLiteral("(?<![\\w\\-’'])(?<np>%1)[ ]+(?:(?:also|later|then|again|previously)[ ]+)?%2\\b")
            .arg(properNoun(), speech),
        QRegularExpression::UseUnicodePropertiesOption);
    QString name;
    auto it = maySayVerbAfterName(before, speechVerbs(), speechAdverbs(), nullptr)
        ? lead.globalMatch(before)
        : QRegularExpressionMatchIterator();
    while (it.hasNext()) {
        const QString np = it.next().captured(QStringLiteral("np"));
        if (!isPronounOrFiller(np.section(QLatin1Char(' '), 0, 0)) || np.contains(QLatin1Char(' ')))
            name = np;
    }
    if (name.isEmpty()) {
        const QString afterText = m_text.mid(end, std::max(0, to - end));
        static const QRegularExpression trail(
            QStringLiteral("(?:,|—|–)[ ]*(?:%2[ ]+(?<a>%1)|(?<b>%1)[ ]+%2)\\b|\\baccording[ ]+to[ ]+(?<c>%1)")
                .arg(properNoun(), speech),
            QRegularExpression::UseUnicodePropertiesOption);
        const QRegularExpressionMatch m = mayHoldWord(afterText, speechVerbsOrAccording())
            ? trail.match(afterText)
            : QRegularExpressionMatch();
        if (m.hasMatch()) {
            for (const QString& group : { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") })
                if (!m.captured(group).isEmpty())
                    name = m.captured(group);
        }
    }
    if (name.endsWith(QLatin1String("'s")) || name.endsWith(QStringLiteral("\u2019s")))
        name.chop(2);
    while (name.contains(QLatin1Char(' ')) && isPronounOrFiller(name.section(QLatin1Char(' '), 0, 0)))
        name = name.section(QLatin1Char(' '), 1);
    if (name.isEmpty() || isPronounOrFiller(name))
        return {};
    // "NATO Secretary General Mark Rutte": the person is the last two words when there are more.
    // An organisation ("Ministry of Defence") keeps its whole name.
    const QStringList words = name.split(QLatin1Char(' '));
    if (words.size() > 2 && words.at(words.size() - 2).at(0).isUpper())
        name = words.mid(words.size() - 2).join(QLatin1Char(' '));
    return name;
}

} // namespace ql
