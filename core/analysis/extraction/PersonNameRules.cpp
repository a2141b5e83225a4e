#include "core/analysis/extraction/PersonNameRules.h"

#include "core/analysis/extraction/TextRules.h"

#include <QSet>

namespace ql::personnames {

using namespace textrules;

// Reads one word at `pos`: letters, digits, marks, with inner apostrophes, hyphens and dots ("U.S.").
int wordEnd(const QString& text, int pos, int limit)
{
    int i = pos;
    // ASCII letters and digits first, without the Unicode class lookups: most words are nothing else.
    while (i < limit) {
        const char16_t u = text.at(i).unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')))
            break;
        ++i;
    }
    while (i < limit) {
        const QChar c = text.at(i);
        if (c.isLetterOrNumber() || isMark(c)) {
            ++i;
            continue;
        }
        const bool inner
            = (isApostrophe(c) || c == QLatin1Char('-') || c == QChar(0x2010) || c == QLatin1Char('.'))
            && i > pos && i + 1 < limit && text.at(i + 1).isLetter();
        if (!inner)
            break;
        ++i;
    }
    // "U.S." and "Gen." keep their final dot when the word is an abbreviation.
    if (i < limit && text.at(i) == QLatin1Char('.') && i - pos <= 3 && i > pos && text.at(pos).isUpper()) {
        // "Ek." at the end of a sentence is a surname, "U.S." an abbreviation: only inner dots count.
        const QStringView w = QStringView(text).mid(pos, i + 1 - pos);
        // "Kevin D. Williamson": a single capital and a dot is a middle initial.
        if (isTitleWord(w) || w.chopped(1).contains(QLatin1Char('.'))
            || (i - pos == 1 && i + 2 < limit && text.at(i + 1) == QLatin1Char(' ')
                && text.at(i + 2).isUpper()))
            ++i;
    }
    return i;
}

QStringView stripPossessive(QStringView word)
{
    if (word.size() > 2 && (word.endsWith(QLatin1String("'s")) || word.endsWith(QStringLiteral("\u2019s"))))
        return word.left(word.size() - 2);
    return word;
}

QStringList nameTokens(const QString& name)
{
    QStringList tokens = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!tokens.isEmpty())
        tokens.last() = stripPossessive(tokens.last()).toString();
    return tokens;
}

bool sameTokens(const QStringList& a, const QStringList& b, int offsetInB)
{
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).compare(b.at(offsetInB + i), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

// 0: exact, 1: suffix ("Stoltenberg" of "Jens Stoltenberg"), 2: near-miss spelling, -1: no match.
int matchQuality(const QStringList& mention, const QStringList& person)
{
    if (mention.isEmpty() || person.isEmpty())
        return -1;
    if (mention.size() == person.size() && sameTokens(mention, person, 0))
        return 0;
    if (mention.size() < person.size() && sameTokens(mention, person, int(person.size() - mention.size()))
        && mention.last().size() >= 3)
        return 1;
    // "Anders Rasmussen" for "Anders Fogh Rasmussen".
    if (mention.size() >= 2 && person.size() > mention.size()
        && mention.first().compare(person.first(), Qt::CaseInsensitive) == 0
        && mention.last().compare(person.last(), Qt::CaseInsensitive) == 0)
        return 1;
    // Near-miss spellings share their first letter: a cheap filter before the edit distance.
    if (toLower(mention.first().at(0)) != toLower(person.first().at(0))
        && toLower(mention.last().at(0)) != toLower(person.last().at(0)))
        return -1;
    const QString m = mention.join(QLatin1Char(' '));
    const QString p = person.join(QLatin1Char(' '));
    const int allowed = p.size() >= 12 ? 2 : (p.size() >= 6 ? 1 : 0);
    if (allowed > 0 && editDistance(m, p, allowed) <= allowed)
        return 2;
    if (mention.size() == 1 && mention.first().size() >= 6
        && editDistance(mention.first(), person.last(), 1) <= 1)
        return 2;
    return -1;
}

// A lower-case finite verb that may follow a sentence's subject. Past tenses are recognised by their
// ending so the list stays short.
bool isSubjectVerb(QStringView w)
{
    if (w.size() < 2 || !w.at(0).isLower())
        return false;
    if (w.size() > 4 && w.endsWith(QLatin1String("ed")))
        return true;
    static const QSet<QString> verbs = [] {
        QSet<QString> set;
        for (const char* v : { "is", "was", "leads", "runs", "heads", "chairs", "met", "spoke", "took",
                 "gave", "made", "became", "went", "came", "sat", "led", "ran", "wants", "sees", "knows" })
            set.insert(QString::fromUtf8(v));
        return set;
    }();
    return containsFolded(verbs, w);
}

// The word ending at or before `pos` on the same line, skipping spaces; empty at punctuation.
QStringView wordBefore(const QString& text, int pos)
{
    int e = pos;
    while (e > 0 && (text.at(e - 1) == QLatin1Char(' ') || text.at(e - 1) == QChar(0x00A0)))
        --e;
    int s = e;
    while (s > 0 && e - s < 40 && (text.at(s - 1).isLetter() || isMark(text.at(s - 1))))
        --s;
    return QStringView(text).mid(s, e - s);
}

// A run of capitalised words that may be a person's full name: none of its words names an
// organisation, a place or a thing ("Justice Department", "Fox Business Network", "Palm Beach County").
bool looksLikePersonName(const QStringList& tokens)
{
    static const QSet<QString> heads = [] {
        QSet<QString> set;
        for (const char* w : { "department", "network", "party", "committee", "campaign", "university",
                 "times", "post", "journal", "review", "magazine", "institute", "foundation", "association",
                 "court", "senate", "congress", "administration", "center", "centre", "corporation", "inc",
                 "corp", "co", "ltd", "llc", "bank", "club", "church", "school", "college", "county", "city",
                 "state", "street", "avenue", "tribune", "herald", "daily", "weekly", "monthly", "gazette",
                 "channel", "radio", "television", "tv", "media", "press", "agency", "bureau", "board",
                 "service", "services", "airport", "station", "park", "hall", "square", "island", "islands",
                 "river", "lake", "mountain", "valley", "beach", "bay", "coast", "district", "province",
                 "region", "caucus", "convention", "debate", "primary", "poll", "times", "show", "tour",
                 "festival", "award", "awards", "prize", "act", "bill", "law", "amendment", "budget",
                 "forces", "army", "navy", "guard", "police", "security", "intelligence", "ministry",
                 "council", "commission", "parliament", "assembly", "cabinet", "office", "headquarters",
                 "group", "fund", "trust", "capital", "partners", "holdings", "industries", "company",
                 "international", "global", "america", "americans", "republicans", "democrats", "news",
                 "online", "live", "week", "day", "night", "morning", "evening", "politics", "project",
                 "movement", "coalition", "alliance", "federation", "union", "league", "conference", "summit",
                 "forum", "initiative", "program", "programme", "plan", "report", "study" })
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    if (tokens.size() > 4)
        return false;
    for (const QString& t : tokens) {
        if (t.size() < 2 || containsFolded(heads, t) || isRoleQualifier(t) || isTitleWord(t))
            return false;
        // "FBI Director", "GOP Field": acronyms are organisations.
        if (t.size() >= 2 && t == t.toUpper() && !t.contains(QLatin1Char('.')))
            return false;
    }
    return true;
}

// "… general Hanna Voss", "said Hanna Voss", "according to Hanna Voss".
bool introducedBefore(const QString& text, int nameStart)
{
    // "Ashcombe's finance director, Priya Nair, …": a role noun, a comma, the name.
    int e = nameStart;
    while (e > 0 && (text.at(e - 1) == QLatin1Char(' ') || text.at(e - 1) == QChar(0x00A0)))
        --e;
    if (e > 0 && text.at(e - 1) == QLatin1Char(',')) {
        static const QSet<QString> relations = [] {
            QSet<QString> set;
            for (const char* w : { "counterpart", "colleague", "predecessor", "successor", "opponent",
                     "rival", "ally", "critic", "partner", "wife", "husband" })
                set.insert(QString::fromLatin1(w));
            return set;
        }();
        const QStringView role = wordBefore(text, e - 1);
        return !role.isEmpty() && role.at(0).isLower()
            && (isTitleWord(role) || containsFolded(relations, role));
    }
    const QStringView prev = wordBefore(text, nameStart);
    if (prev.isEmpty())
        return false;
    // Only verbs that put the speaker after them: "told Defence News" names no person.
    if (isTitleWord(prev) || prev == QLatin1String("said") || prev == QLatin1String("says")
        || prev == QLatin1String("added") || prev == QLatin1String("wrote"))
        return true;
    if (prev.compare(QLatin1String("to"), Qt::CaseInsensitive) != 0)
        return false;
    const int prevStart = int(prev.data() - text.constData());
    return wordBefore(text, prevStart).compare(QLatin1String("according"), Qt::CaseInsensitive) == 0;
}

// The end of an organisation's name after "head of": "the European Defence Agency". Returns `pos`
// when no capitalised name follows.
int employerEnd(const QString& text, int pos, int n)
{
    int k = pos;
    int end = pos;
    for (int words = 0; words < 8 && k < n && text.at(k) == QLatin1Char(' '); ++words) {
        const int e = wordEnd(text, k + 1, n);
        const QStringView w = QStringView(text).mid(k + 1, e - k - 1);
        if (w.isEmpty())
            break;
        if (w.at(0).isUpper())
            end = e;
        else if (w != QLatin1String("the") && w != QLatin1String("of") && w != QLatin1String("and")
            && w != QLatin1String("for"))
            break;
        k = e;
    }
    return end;
}

// "Hanna Voss, a frequent commentator", "Tomas Berg, an analyst", "Tomas Berg, the bank's chief
// economist": an appositive that describes a person. Articles are excluded after "the" unless a role
// noun follows within a few words, so "Tallinn, the capital" is not a person.
bool describedAfter(const QString& text, int nameEnd, int n)
{
    if (nameEnd + 3 >= n || text.at(nameEnd) != QLatin1Char(',') || text.at(nameEnd + 1) != QLatin1Char(' '))
        return false;
    int k = nameEnd + 2;
    const int we = wordEnd(text, k, n);
    const QStringView article = QStringView(text).mid(k, we - k);
    const bool indefinite = article == QLatin1String("a") || article == QLatin1String("an");
    if (!indefinite && article != QLatin1String("the"))
        return false;
    k = we;
    for (int words = 0; words < 4 && k < n && text.at(k) == QLatin1Char(' '); ++words) {
        const int e = wordEnd(text, k + 1, n);
        const QStringView w = QStringView(text).mid(k + 1, e - k - 1);
        if (w.isEmpty() || !w.at(0).isLower())
            return false;
        if (isTitleWord(w)
            || (indefinite
                && (w.endsWith(QLatin1String("tor")) || w.endsWith(QLatin1String("ist"))
                    || w.endsWith(QLatin1String("er")))))
            return true;
        k = e;
    }
    return false;
}

} // namespace ql::personnames
