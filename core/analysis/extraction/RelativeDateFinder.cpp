#include "core/analysis/extraction/RelativeDateFinder.h"

#include "core/analysis/extraction/ArticleTokens.h"
#include "core/analysis/extraction/FoldedHashSet.h"
#include "core/analysis/extraction/TextRules.h"

#include <QRegularExpression>

#include <string_view>

namespace ql {

namespace {

const QRegularExpression& referenceRegex()
{
    static const QRegularExpression re(
        QStringLiteral(
            "\\b(?:(?:(last|this\\s+past|past|on|earlier\\s+on|late\\s+on|early\\s+on)\\s+)?"
            "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            "(?:\\s+(?:morning|afternoon|evening|night))?"
            "|(the\\s+day\\s+before\\s+yesterday|yesterday|earlier\\s+today|today|tonight|"
            "this\\s+morning|this\\s+afternoon|this\\s+evening|last\\s+night|earlier\\s+this\\s+week|"
            "this\\s+week|last\\s+weekend|last\\s+week|over\\s+the\\s+weekend|at\\s+the\\s+weekend|"
            "this\\s+weekend|earlier\\s+this\\s+month|this\\s+month|last\\s+month|a\\s+week\\s+ago|"
            "(?:\\d{1,2}|two|three|four|five|six)\\s+days\\s+ago))\\b(?!['\\x{2019}-])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Words that make the clause before a reference about the future or about a span of time, not about
// the day something was said: "will meet on Tuesday", "since last week", "until Friday".
const QRegularExpression& notPastRegex()
{
    static const QRegularExpression re(
        QStringLiteral(
            "\\b(?:will|shall|would|next|upcoming|coming|tomorrow|due|scheduled|plans?|planned|"
            "planning|expected|expects|going\\s+to|set\\s+to|to\\s+be\\s+held|ahead\\s+of|later)\\b"
            "|['\\x{2019}]ll\\b"
            "|\\b(?:by|until|till|since|from|before|after|every|each|through|throughout|between)\\s+$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

int numberWord(const QString& w)
{
    static const QStringList words { QStringLiteral("two"), QStringLiteral("three"), QStringLiteral("four"),
        QStringLiteral("five"), QStringLiteral("six") };
    const int i = int(words.indexOf(w.toLower()));
    return i >= 0 ? i + 2 : w.toInt();
}

int weekdayNumber(const QString& name)
{
    static const QStringList days { QStringLiteral("monday"), QStringLiteral("tuesday"),
        QStringLiteral("wednesday"), QStringLiteral("thursday"), QStringLiteral("friday"),
        QStringLiteral("saturday"), QStringLiteral("sunday") };
    return int(days.indexOf(name.toLower())) + 1;
}

// How far a reference reaches around its anchor word: "the day before yesterday", "12 days ago",
// "Tuesday afternoon".
constexpr int AnchorReachBefore = 40;
constexpr int AnchorReachAfter = 24;

} // namespace

bool RelativeDateFinder::resolve(RelativeDate& d, const QDate& p)
{
    d.from = {};
    d.to = {};
    if (!p.isValid())
        return false;
    const QString phrase = d.phrase.toLower().simplified();
    auto set = [&d](const QDate& from, const QDate& to) {
        d.from = from;
        d.to = to;
        return true;
    };
    const QDate monday = p.addDays(1 - p.dayOfWeek());
    if (d.weekday > 0) {
        // The latest such weekday on or before the article's date ("said on Tuesday" in Tuesday's
        // paper is that day); "last Tuesday" may be the one before it too.
        QDate day = p.addDays(-((p.dayOfWeek() - d.weekday + 7) % 7));
        const bool strictlyBefore = phrase.startsWith(QLatin1String("last"))
            || phrase.startsWith(QLatin1String("this past")) || phrase.startsWith(QLatin1String("past"));
        if (strictlyBefore && day == p)
            day = day.addDays(-7);
        if (phrase.startsWith(QLatin1String("last")))
            return set(day.addDays(-7), day);
        return set(day, day);
    }
    if (phrase == QLatin1String("the day before yesterday"))
        return set(p.addDays(-2), p.addDays(-2));
    if (phrase == QLatin1String("yesterday"))
        return set(p.addDays(-1), p.addDays(-1));
    if (phrase == QLatin1String("last night"))
        return set(p.addDays(-1), p);
    if (phrase == QLatin1String("today") || phrase == QLatin1String("earlier today")
        || phrase == QLatin1String("tonight") || phrase.startsWith(QLatin1String("this m"))
        || phrase.startsWith(QLatin1String("this a")) || phrase.startsWith(QLatin1String("this e")))
        return set(p, p);
    if (phrase == QLatin1String("this week") || phrase == QLatin1String("earlier this week"))
        return set(monday, p);
    if (phrase == QLatin1String("last week"))
        return set(monday.addDays(-7), monday.addDays(-1));
    if (phrase == QLatin1String("last weekend"))
        return set(monday.addDays(-2), monday.addDays(-1));
    if (phrase.endsWith(QLatin1String("weekend"))) {
        // "over the weekend" in Sunday's paper is this one; in Wednesday's, the one just past.
        if (p.dayOfWeek() == 6)
            return set(p, p);
        if (p.dayOfWeek() == 7)
            return set(p.addDays(-1), p);
        return set(monday.addDays(-2), monday.addDays(-1));
    }
    if (phrase == QLatin1String("this month") || phrase == QLatin1String("earlier this month"))
        return set(QDate(p.year(), p.month(), 1), p);
    if (phrase == QLatin1String("last month")) {
        const QDate first = QDate(p.year(), p.month(), 1).addMonths(-1);
        return set(first, first.addDays(first.daysInMonth() - 1));
    }
    if (phrase == QLatin1String("a week ago"))
        return set(p.addDays(-8), p.addDays(-6));
    if (phrase.endsWith(QLatin1String("days ago"))) {
        const int n = numberWord(phrase.section(QLatin1Char(' '), 0, 0));
        if (n > 0)
            return set(p.addDays(-n), p.addDays(-n));
    }
    return false;
}

namespace {

constexpr std::u16string_view asciiAnchors[] = { u"monday", u"tuesday", u"wednesday", u"thursday", u"friday",
    u"saturday", u"sunday", u"yesterday", u"today", u"tonight", u"morning", u"afternoon", u"evening",
    u"night", u"week", u"weekend", u"month", u"ago" };

// Every reference holds one of these words; the pattern is run only around them, since running it
// over every position of a long text was the dater's main cost.
bool isAnchorWord(QStringView w)
{
    if (w.size() < 3 || w.size() > 9)
        return false;
    switch (textrules::toLower(w.at(0)).unicode()) {
    case u'm':
    case u't':
    case u'w':
    case u'f':
    case u's':
    case u'y':
    case u'a':
    case u'e':
    case u'n':
        break;
    default:
        return false;
    }
    // An ASCII last letter compares folded in either path below.
    if (const char16_t last = w.back().unicode(); last < 128) {
        switch (last | 0x20) {
        case u'y':
        case u't':
        case u'g':
        case u'n':
        case u'k':
        case u'd':
        case u'h':
        case u'o':
            break;
        default:
            return false;
        }
    }
    // A word of ASCII letters is compared folded by arithmetic; any other goes the Unicode way, as a
    // "k" or an "s" also matches characters outside ASCII.
    char16_t folded[9];
    bool ascii = true;
    for (qsizetype i = 0; i < w.size() && ascii; ++i) {
        const char16_t u = w.at(i).unicode();
        ascii = u < 128;
        folded[i] = (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
    }
    if (ascii) {
        const std::u16string_view word(folded, size_t(w.size()));
        for (const std::u16string_view a : asciiAnchors) {
            if (a.size() == word.size() && a.front() == word.front() && a.back() == word.back() && a == word)
                return true;
        }
        return false;
    }
    static const QStringList anchors = [] {
        QStringList out;
        for (const std::u16string_view a : asciiAnchors)
            out.append(QString(reinterpret_cast<const QChar*>(a.data()), int(a.size())));
        return out;
    }();
    for (const QString& a : anchors) {
        if (a.size() == w.size() && w.compare(a, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

RelativeDateFinder::RelativeDateFinder(const QString& text)
    : RelativeDateFinder(text, nullptr)
{ }

RelativeDateFinder::RelativeDateFinder(const QString& text, const ArticleTokens* tokens)
    : m_text(text)
    , m_indexed(true)
{
    // Windows around the anchor words, from a space before to a space after, so that the pattern's
    // word boundaries and its look-ahead see what they would see in the whole text.
    const int n = int(text.size());
    auto isSpace = [&text](int i) { return text.at(i).isSpace(); };
    TextSpan window { -1, -1 };
    auto flush = [&]() {
        if (window.start >= 0)
            m_matches += scan(text, window);
        window = { -1, -1 };
    };
    // Every maximal run of letters is a word here.
    auto consider = [&](int pos, int end) {
        // isAnchorWord()'s own first test, inline: most words are too short or too long.
        if (end - pos >= 3 && end - pos <= 9 && isAnchorWord(QStringView(text).mid(pos, end - pos))) {
            int from = std::max(0, pos - AnchorReachBefore);
            while (from > 0 && !isSpace(from - 1))
                --from;
            int to = std::min(n, end + AnchorReachAfter);
            while (to < n && !isSpace(to))
                ++to;
            if (window.start >= 0 && from <= window.end) {
                window.end = std::max(window.end, to);
            } else {
                flush();
                window = { from, to };
            }
        }
    };
    if (tokens && tokens->describes(text)) {
        // A run of ASCII letters is an anchor only if its hash is one's (isAnchorWord() decides).
        static const FoldedHashSet anchorHashes = [] {
            FoldedHashSet set;
            for (const std::u16string_view a : asciiAnchors)
                set.insert(ArticleTokens::foldedHash(
                    QStringView(reinterpret_cast<const QChar*>(a.data()), qsizetype(a.size()))));
            return set;
        }();
        for (const ArticleTokens::Run& run : tokens->runs()) {
            if (run.has(ArticleTokens::AllLetters) && run.has(ArticleTokens::AsciiOnly)) {
                if (run.length() >= 3 && run.length() <= 9 && anchorHashes.contains(run.hash))
                    consider(run.start, run.end);
            } else {
                tokens->forEachLetterRun(run, consider);
            }
        }
    } else {
        int pos = 0;
        while (pos < n) {
            if (!text.at(pos).isLetter()) {
                ++pos;
                continue;
            }
            int end = pos;
            while (end < n && text.at(end).isLetter())
                ++end;
            consider(pos, end);
            pos = end;
        }
    }
    flush();
}

QList<RelativeDateFinder::Match> RelativeDateFinder::scan(const QString& text, TextSpan within)
{
    QList<Match> out;
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const QStringView part = QStringView(text).mid(within.start, within.length());
#else
    const QString part = text.mid(within.start, within.length());
#endif
    auto it = referenceRegex().globalMatch(part);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        Match match;
        match.span = { within.start + int(m.capturedStart(0)), within.start + int(m.capturedEnd(0)) };
        if (m.capturedLength(2) > 0)
            match.weekday = weekdayNumber(m.captured(2));
        out.append(match);
    }
    return out;
}

bool RelativeDateFinder::accepts(const QString& text, const Match& m, int clauseFloor) const
{
    // The clause before the reference: back to the last comma, semicolon or sentence end.
    int c = m.span.start;
    while (c > clauseFloor && text.at(c - 1) != QLatin1Char(',') && text.at(c - 1) != QLatin1Char(';')
        && text.at(c - 1) != QLatin1Char('.') && text.at(c - 1) != QLatin1Char('\n')
        && m.span.start - c < 120)
        --c;
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return !notPastRegex().match(QStringView(text).mid(c, m.span.start - c)).hasMatch();
#else
    return !notPastRegex().match(text.mid(c, m.span.start - c)).hasMatch();
#endif
}

QList<RelativeDate> RelativeDateFinder::find(
    const QString& text, TextSpan within, const QList<TextSpan>& skipped, const QDate& reference) const
{
    QList<RelativeDate> out;
    within.start = std::max(0, within.start);
    within.end = std::min(int(text.size()), within.end);
    if (within.length() <= 0)
        return out;
    const bool indexed = m_indexed && m_text.isSharedWith(text);
    const QList<Match> scanned = indexed ? QList<Match> {} : scan(text, within);
    const QList<Match>& matches = indexed ? m_matches : scanned;
    auto first = matches.cbegin();
    if (indexed) {
        first = std::lower_bound(matches.cbegin(), matches.cend(), within.start,
            [](const Match& m, int pos) { return m.span.start < pos; });
    }
    // A paragraph holds a handful; the cap bounds the work on hostile input.
    int seen = 0;
    for (auto it = first; it != matches.cend() && it->span.end <= within.end && ++seen <= 32; ++it) {
        const Match& m = *it;
        if (spansContain(skipped, m.span.start) || !accepts(text, m, within.start))
            continue;
        RelativeDate d;
        d.span = m.span;
        d.phrase = text.mid(m.span.start, m.span.length());
        d.weekday = m.weekday;
        resolve(d, reference);
        if (d.resolved() || d.weekday > 0)
            out.append(d);
    }
    return out;
}

} // namespace ql
