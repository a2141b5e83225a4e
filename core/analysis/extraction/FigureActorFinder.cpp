#include "FigureActorFinder.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace ql {

namespace {

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
    auto it = subject.globalMatch(before);
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
    if (ukraine.match(sentence).hasMatch() && end <= to)
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
    if (after.match(m_text.mid(end, 60)).hasMatch())
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
    return leading.match(m_text.mid(from, start - from)).hasMatch();
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
    auto it = lead.globalMatch(before);
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
        const QRegularExpressionMatch m = trail.match(afterText);
        if (m.hasMatch()) {
            for (const QString& group : { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") })
                if (!m.captured(group).isEmpty())
                    name = m.captured(group);
        }
    }
    name.remove(QRegularExpression(QStringLiteral("[’']s$")));
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
