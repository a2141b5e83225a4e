#include "core/analysis/extraction/EventCalendar.h"

#include "core/analysis/extraction/ArticleTokens.h"
#include "core/analysis/extraction/TextRules.h"

#include <QRegularExpressionMatch>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <utility>

namespace ql {

namespace {

// Reports of an event name it by series ("the NATO summit") mostly in the days after it; further
// back an edition is only taken when the place or the year tells which one.
constexpr int SeriesLookbackDays = 7;
constexpr int IdentifiedLookbackDays = 400;
// How far after a naming phrase its place or year may follow: "the NATO Industry Forum, which began
// today in the Romanian capital, Bucharest".
constexpr int PlaceReach = 60;
// How far past its first word an alias match may reach (the longest alias, its separators, a possessive).
constexpr int AliasWindow = 160;

struct Place
{
    const char* canonical;
    std::vector<const char*> phrases;
};

// Places of the seeded events, and how news style names them. Knowledge of the world, not of any
// article: a capital is often named by its country.
const std::vector<Place>& places()
{
    static const std::vector<Place> table {
        { "Vilnius", { "Vilnius", "the Lithuanian capital" } },
        { "Bucharest", { "Bucharest", "the Romanian capital" } },
        { "Stockholm", { "Stockholm", "the Swedish capital" } },
        { "Washington",
            { "Washington", "Washington, D.C.", "Washington DC", "the US capital", "the U.S. capital",
                "the American capital" } },
        { "The Hague", { "The Hague", "Hague" } },
        { "Madrid", { "Madrid", "the Spanish capital" } },
        { "Brussels", { "Brussels", "the Belgian capital", "NATO headquarters", "NATO HQ" } },
        { "Warsaw", { "Warsaw", "the Polish capital" } },
        { "London", { "London", "Watford", "the British capital" } },
        { "Newport", { "Newport", "Wales", "Celtic Manor" } },
        { "Munich", { "Munich", "the Bavarian capital" } },
        { "Kyiv", { "Kyiv", "Kiev", "the Ukrainian capital" } },
        { "Ramstein", { "Ramstein", "Ramstein Air Base" } },
        { "Chicago", { "Chicago" } },
        { "Lisbon", { "Lisbon", "the Portuguese capital" } },
        { "Strasbourg", { "Strasbourg", "Kehl" } },
        { "Riga", { "Riga", "the Latvian capital" } },
        { "Istanbul", { "Istanbul" } },
        { "Prague", { "Prague", "the Czech capital" } },
        { "Berlin", { "Berlin", "the German capital" } },
        { "Paris", { "Paris", "the French capital" } },
        { "Rome", { "Rome", "the Italian capital" } },
        { "Oslo", { "Oslo", "the Norwegian capital" } },
        { "Helsinki", { "Helsinki", "the Finnish capital" } },
        { "Tallinn", { "Tallinn", "the Estonian capital" } },
        { "Ottawa", { "Ottawa", "the Canadian capital" } },
        { "Ankara", { "Ankara", "the Turkish capital" } },
        { "Copenhagen", { "Copenhagen", "the Danish capital" } },
        { "Amsterdam", { "Amsterdam" } },
        { "Geneva", { "Geneva" } },
        { "New York", { "New York" } },
    };
    return table;
}

// Lower case, any dash or run of spaces one space, typographic apostrophes plain: how phrases compare.
QString normalised(QStringView s)
{
    QString out;
    out.reserve(s.size());
    bool space = false;
    for (const QChar c : s) {
        const bool sep
            = c.isSpace() || c == QLatin1Char('-') || (c.unicode() >= 0x2010 && c.unicode() <= 0x2015);
        if (sep) {
            space = !out.isEmpty();
            continue;
        }
        if (c == QChar(0x2019) || c == QLatin1Char('\'') || c == QLatin1Char('.') || c == QLatin1Char(','))
            continue; // "ministers' meeting", "Washington, D.C." compare without them
        if (space)
            out += QLatin1Char(' ');
        space = false;
        out += c.toLower();
    }
    return out;
}

// A phrase as a pattern: its words with any dashes or spaces between them, an optional possessive.
QString phrasePattern(const QString& phrase)
{
    QStringList words;
    for (const QString& w : normalised(phrase).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words << QRegularExpression::escape(w) + QStringLiteral("(?:['\\x{2019}]s?)?");
    return words.join(QStringLiteral("[\\s,.\\-\\x{2010}-\\x{2015}]+"));
}

QString placeAlternation()
{
    QStringList alternatives;
    for (const Place& p : places())
        for (const char* phrase : p.phrases)
            alternatives << phrasePattern(QString::fromUtf8(phrase));
    std::sort(alternatives.begin(), alternatives.end(),
        [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return QStringLiteral("(?:") + alternatives.join(QLatin1Char('|')) + QLatin1Char(')');
}

// A known place right before a phrase: "the Vilnius NATO summit", "Madrid's NATO summit".
const QRegularExpression& placeBeforeRegex()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(") + placeAlternation() + QStringLiteral(")(?:['\\x{2019}]s)?\\s+$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

} // namespace

EventCalendar::EventCalendar(QList<CalendarEvent> events)
    : m_events(std::move(events))
{
    index();
}

QString EventCalendar::canonicalPlace(const QString& phrase)
{
    const QString key = normalised(phrase);
    for (const Place& p : places()) {
        for (const char* alias : p.phrases) {
            if (normalised(QString::fromUtf8(alias)) == key)
                return QString::fromUtf8(p.canonical);
        }
    }
    return {};
}

void EventCalendar::index()
{
    QSet<QString> patterns;
    QStringList alternatives;
    bool allAlnum = true;
    QStringList firstWords; // parallel to `alternatives`
    for (int i = 0; i < m_events.size(); ++i) {
        const CalendarEvent& e = m_events.at(i);
        const QString place = normalised(e.place);
        for (const QString& alias : e.aliases) {
            const QString key = normalised(alias);
            if (key.isEmpty())
                continue;
            QList<int>& list = m_byAlias[key];
            if (!list.contains(i))
                list.append(i);
            // "Vilnius Summit" names the place; so does "Hague Summit" for The Hague.
            bool holds = m_aliasNamesPlace.value(key, false);
            if (!place.isEmpty()) {
                const QString bare = place.startsWith(QLatin1String("the ")) ? place.mid(4) : place;
                const QString spaced = QLatin1Char(' ') + key + QLatin1Char(' ');
                holds = holds || spaced.contains(QString(QLatin1Char(' ') + bare + QLatin1Char(' ')));
            }
            m_aliasNamesPlace.insert(key, holds);
            const QString pattern = phrasePattern(alias);
            QString first;
            for (const QChar c : key) {
                if (!c.isLetterOrNumber())
                    break;
                first += c;
            }
            if (first.isEmpty())
                allAlnum = false;
            if (!patterns.contains(pattern)) {
                patterns.insert(pattern);
                alternatives << pattern;
                firstWords << first;
            }
        }
    }
    if (alternatives.isEmpty())
        return;
    // Longest first: at one position "International Defence Industries Forum" wins over its tail.
    std::vector<int> order(size_t(alternatives.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&](int a, int b) { return alternatives.at(a).size() > alternatives.at(b).size(); });
    QStringList sorted;
    QHash<QString, QStringList> grouped;
    for (int i : std::as_const(order)) {
        sorted << alternatives.at(i);
        grouped[firstWords.at(i)] << alternatives.at(i);
    }
    alternatives = sorted;
    QHash<QString, int> byFirstWord; // → index in m_groups
    if (allAlnum) {
        for (auto it = grouped.cbegin(); it != grouped.cend(); ++it) {
            const QChar lead = it.key().at(0);
            if (lead.unicode() >= 128 || it.key().size() >= 64) {
                byFirstWord.clear(); // the quick test below covers ASCII words only
                m_groups.clear();
                break;
            }
            m_firstWordLeads[size_t(it.key().size())].set(lead.unicode());
            m_firstWordLengths |= quint64(1) << it.key().size();
            byFirstWord.insert(it.key(), int(m_groups.size()));
            m_groups.push_back(QRegularExpression(
                QStringLiteral("\\G\\b(?:") + it.value().join(QLatin1Char('|')) + QStringLiteral(")\\b"),
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption));
        }
        for (auto it = byFirstWord.cbegin(); it != byFirstWord.cend(); ++it) {
            m_firstWordIndex.emplace_back(
                std::u16string(reinterpret_cast<const char16_t*>(it.key().utf16()), size_t(it.key().size())),
                it.value());
            m_firstWordHashes.insert(ArticleTokens::foldedHash(it.key()));
        }
        std::sort(m_firstWordIndex.begin(), m_firstWordIndex.end());
    }
    m_aliasRegex = QRegularExpression(
        QStringLiteral("\\b(?:") + alternatives.join(QLatin1Char('|')) + QStringLiteral(")\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

QList<EventMention> EventCalendar::mentionsIn(
    const QString& text, TextSpan span, const ArticleTokens* tokens) const
{
    QList<EventMention> out;
    if (m_events.isEmpty() || span.length() <= 0)
        return out;
    static const QRegularExpression yearBefore(
        QStringLiteral("\\b((?:19|20)\\d\\d)['\\x{2019}s]*\\s+(?:the\\s+)?$"));
    static const QRegularExpression relativeBefore(
        QStringLiteral("\\b(this|last|next)\\s+year['\\x{2019}]s\\s+$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression placeAfter(
        QStringLiteral("^[^.;:\\n]{0,40}?\\b(?:in|at|near|outside|hosted by)\\s+(?:the\\s+city\\s+of\\s+)?(")
            + placeAlternation() + QStringLiteral(")\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression unknownPlaceAfter(
        QStringLiteral("^\\s*(?:,\\s*)?(?:held\\s+|hosted\\s+)?in\\s+(\\p{Lu}\\p{Ll}+)"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression yearAfter(QStringLiteral("^[\\s,]*(?:in\\s+)?((?:19|20)\\d\\d)\\b"));
    static const QRegularExpression relativeAfter(
        QStringLiteral("^[^.;:\\n]{0,50}?\\b(?:(?:earlier|later)\\s+)?(this|last|next)\\s+year\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression months(QStringLiteral(
        "^(?:January|February|March|April|May|June|July|August|September|October|November|December|"
        "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"));

    const bool whole = span.start == 0 && span.end == int(text.size());
    const QString part = whole ? text : text.mid(span.start, span.length());
    for (const TextSpan& m : aliasMatches(part, whole ? tokens : nullptr)) {
        const QString key = normalised(QStringView(part).mid(m.start, m.length()));
        // The possessive the pattern allows is not part of the alias.
        QList<int> candidates = m_byAlias.value(key);
        QString k = key;
        while (candidates.isEmpty() && k.endsWith(QLatin1Char('s'))) {
            k.chop(1);
            candidates = m_byAlias.value(k);
        }
        if (candidates.isEmpty())
            continue;
        EventMention mention;
        mention.span = { span.start + int(m.start), span.start + int(m.end) };
        mention.placeNamed = m_aliasNamesPlace.value(k, false);

        const int from = std::max(0, int(m.start) - 40);
        const QString before = part.mid(from, m.start - from);
        const QString after = part.mid(m.end, PlaceReach);

        QString place;
        if (const auto pb = placeBeforeRegex().match(before); pb.hasMatch()) {
            place = canonicalPlace(pb.captured(1));
            // The phrase starts at the place, so what precedes it is what precedes the event's name.
            mention.span.start = span.start + from + int(pb.capturedStart(0));
        }
        // "the NATO summit in Vilnius", "… Forum, which began today in the Romanian capital, Bucharest".
        if (place.isEmpty() && !mention.placeNamed) {
            const QRegularExpressionMatch p = placeAfter.match(after);
            if (p.hasMatch()) {
                place = canonicalPlace(p.captured(1));
                mention.span.end += int(p.capturedEnd(0));
            }
            if (place.isEmpty()) {
                // "the NATO summit in Ankara": a place the calendar has no such event at.
                const QRegularExpressionMatch u = unknownPlaceAfter.match(after);
                if (u.hasMatch() && !months.match(u.captured(1)).hasMatch())
                    place = u.captured(1);
            }
        }
        if (!place.isEmpty() && !mention.placeNamed) {
            QList<int> atPlace;
            for (int i : std::as_const(candidates)) {
                if (m_events.at(i).place.compare(place, Qt::CaseInsensitive) == 0)
                    atPlace.append(i);
            }
            candidates = atPlace;
            mention.placeNamed = true;
        }
        mention.candidates = candidates;

        if (const auto y = yearBefore.match(before); y.hasMatch())
            mention.year = y.captured(1).toInt();
        else if (const auto y2 = yearAfter.match(part.mid(m.end, 20)); y2.hasMatch())
            mention.year = y2.captured(1).toInt();
        const auto rel = relativeBefore.match(before);
        const auto relAfter = rel.hasMatch() ? rel : relativeAfter.match(after);
        if (relAfter.hasMatch()) {
            const QString w = relAfter.captured(1).toLower();
            mention.relativeYear = w == QLatin1String("this") ? 0 : w == QLatin1String("last") ? -1 : 1;
        }
        out.append(mention);
    }
    return out;
}

QList<TextSpan> EventCalendar::aliasMatches(const QString& part, const ArticleTokens* tokens) const
{
    QList<TextSpan> out;
    if (m_groups.empty()) {
        auto it = m_aliasRegex.globalMatch(part);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out.append({ int(m.capturedStart(0)), int(m.capturedEnd(0)) });
        }
        return out;
    }
    const int n = int(part.size());
    // The word [pos, end) (a maximal run of letters and digits); returns where the search goes on.
    auto atWord = [&](int pos, int end) {
        const int length = end - pos;
        const QChar lead = textrules::toLower(part.at(pos));
        // Most words start no alias: tell them by their length with their first letter, then look
        // them up folded into a buffer on the stack.
        const QRegularExpression* group = nullptr;
        if (length < 64 && (m_firstWordLengths & (quint64(1) << length)) != 0 && lead.unicode() < 128
            && m_firstWordLeads[size_t(length)].test(lead.unicode())) {
            char16_t buffer[64];
            for (int k = 0; k < length; ++k) {
                const char16_t u = part.at(pos + k).unicode();
                buffer[k] = u < 128 ? ((u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u)
                                    : part.at(pos + k).toLower().unicode();
            }
            const std::u16string_view key(buffer, size_t(length));
            const auto found = std::lower_bound(m_firstWordIndex.cbegin(), m_firstWordIndex.cend(), key,
                [](const std::pair<std::u16string, int>& e, std::u16string_view k) { return e.first < k; });
            if (found != m_firstWordIndex.cend() && found->first == key)
                group = &m_groups.at(size_t(found->second));
        }
        if (group) {
            // A short window around the word (one character before it, for the word boundary):
            // PCRE checks the whole subject it is given on every call. \G keeps the pattern at
            // the word (an anchoring match option would cost PCRE its JIT).
            const int from = std::max(0, pos - 1);
            const int to = std::min(n, pos + AliasWindow);
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
            const QRegularExpressionMatch m
                = group->match(QStringView(part).mid(from, to - from), pos - from);
#else
            const QRegularExpressionMatch m = group->match(part.mid(from, to - from), pos - from);
#endif
            if (m.hasMatch() && m.capturedEnd(0) > pos - from) {
                out.append({ from + int(m.capturedStart(0)), from + int(m.capturedEnd(0)) });
                return from + int(m.capturedEnd(0));
            }
        }
        return end;
    };
    if (tokens && tokens->describes(part)) {
        // The same words from the article's table: a run that starts before where the search goes on
        // lies in a match, as the character scan would skip it.
        int pos = 0;
        // A run of ASCII characters whose hash is no first word's starts no alias.
        for (const ArticleTokens::Run& run : tokens->runs()) {
            if (run.start < pos)
                continue;
            if (run.has(ArticleTokens::AsciiOnly) && !m_firstWordHashes.contains(run.hash))
                pos = run.end;
            else
                pos = atWord(run.start, run.end);
        }
        return out;
    }
    int pos = 0;
    while (pos < n) {
        if (!part.at(pos).isLetterOrNumber() || (pos > 0 && part.at(pos - 1).isLetterOrNumber())) {
            ++pos;
            continue;
        }
        int end = pos;
        while (end < n && part.at(end).isLetterOrNumber())
            ++end;
        pos = atWord(pos, end);
    }
    return out;
}

int EventCalendar::resolve(
    const EventMention& mention, const QDate& published, const QDate& from, const QDate& to) const
{
    QList<int> c = mention.candidates;
    int year = mention.year;
    if (year == 0 && mention.relativeYear != EventMention::NoRelativeYear && published.isValid())
        year = published.year() + mention.relativeYear;
    if (mention.relativeYear > 0)
        return -1; // "next year's summit": not where anything in the article was said
    auto keep = [&c](auto pred) {
        QList<int> kept;
        for (int i : std::as_const(c))
            if (pred(i))
                kept.append(i);
        c = kept;
    };
    if (year > 0)
        keep([&](int i) { return m_events.at(i).start.year() == year || m_events.at(i).end.year() == year; });
    if (from.isValid())
        keep([&](int i) { return m_events.at(i).end >= from; });
    if (to.isValid())
        keep([&](int i) { return m_events.at(i).start <= to; });
    if (c.isEmpty())
        return -1;

    // A place tells editions apart only where the series moves (summits), not where it always meets
    // (Munich, NATO headquarters).
    bool identified = year > 0;
    if (mention.placeNamed) {
        identified = identified
            || std::all_of(c.cbegin(), c.cend(), [this](int i) { return !m_events.at(i).fixedVenue; });
    }
    if (published.isValid()) {
        // A year written with the name tells the edition however long ago it was.
        const int lookback = year > 0 ? -1 : identified ? IdentifiedLookbackDays : SeriesLookbackDays;
        keep([&](int i) {
            const CalendarEvent& e = m_events.at(i);
            return e.start <= published.addDays(1) && (lookback < 0 || e.end >= published.addDays(-lookback));
        });
        if (c.isEmpty())
            return -1;
        // The latest edition before publication: the one the report is about.
        return *std::max_element(c.cbegin(), c.cend(),
            [this](int a, int b) { return m_events.at(a).start < m_events.at(b).start; });
    }
    // Undated article: only an edition the text itself singles out.
    if (!identified || c.size() != 1)
        return -1;
    return c.first();
}

const EventCalendar& EventCalendar::seeded()
{
    static const EventCalendar calendar = seed();
    return calendar;
}

EventCalendar EventCalendar::seed()
{
    auto s = [](const char* text) { return QString::fromUtf8(text); };
    auto d = [](int y, int m, int day) { return QDate(y, m, day); };
    QList<CalendarEvent> events;

    const QStringList summitNames { s("NATO summit"), s("NATO leaders' summit"), s("summit of NATO leaders"),
        s("NATO leaders summit"), s("summit of NATO heads of state and government"), s("Alliance summit") };
    struct Edition
    {
        const char* place;
        QDate start;
        QDate end;
        std::vector<const char*> ownNames; // phrases that name this edition alone
    };
    const std::vector<Edition> summits {
        { "Madrid", d(1997, 7, 8), d(1997, 7, 9), { "Madrid Summit" } },
        { "Washington", d(1999, 4, 23), d(1999, 4, 25), { "Washington Summit" } },
        { "Prague", d(2002, 11, 21), d(2002, 11, 22), {} },
        { "Istanbul", d(2004, 6, 28), d(2004, 6, 29), {} },
        { "Riga", d(2006, 11, 28), d(2006, 11, 29), {} },
        { "Bucharest", d(2008, 4, 2), d(2008, 4, 4), { "Bucharest Summit" } },
        { "Strasbourg", d(2009, 4, 3), d(2009, 4, 4), { "Strasbourg-Kehl Summit" } },
        { "Lisbon", d(2010, 11, 19), d(2010, 11, 20), {} },
        { "Chicago", d(2012, 5, 20), d(2012, 5, 21), { "Chicago Summit" } },
        { "Newport", d(2014, 9, 4), d(2014, 9, 5), { "Wales Summit" } },
        { "Warsaw", d(2016, 7, 8), d(2016, 7, 9), { "Warsaw Summit" } },
        { "Brussels", d(2017, 5, 25), d(2017, 5, 25), {} },
        { "Brussels", d(2018, 7, 11), d(2018, 7, 12), {} },
        { "London", d(2019, 12, 3), d(2019, 12, 4), { "London Leaders Meeting" } },
        { "Brussels", d(2021, 6, 14), d(2021, 6, 14), {} },
        { "Brussels", d(2022, 3, 24), d(2022, 3, 24), { "extraordinary NATO summit" } },
        { "Madrid", d(2022, 6, 28), d(2022, 6, 30), { "Madrid Summit" } },
        { "Vilnius", d(2023, 7, 11), d(2023, 7, 12), { "Vilnius Summit" } },
        { "Washington", d(2024, 7, 9), d(2024, 7, 11), { "Washington Summit", "75th anniversary summit" } },
        { "The Hague", d(2025, 6, 24), d(2025, 6, 25), { "Hague Summit" } },
    };
    for (const Edition& e : summits) {
        QStringList aliases = summitNames;
        for (const char* own : e.ownNames)
            aliases << s(own);
        events.append({ 0, s("NATO Summit"), aliases, s(e.place), e.start, e.end, s("summit"), false });
    }

    const QStringList forumNames { s("NATO-Industry Forum"), s("NATO Industry Forum") };
    events.append({ 0, s("NATO-Industry Forum"), forumNames, s("Stockholm"), d(2023, 10, 24), d(2023, 10, 25),
        s("forum"), false });
    events.append({ 0, s("NATO-Industry Forum"), forumNames, s("Bucharest"), d(2025, 11, 5), d(2025, 11, 6),
        s("forum"), false });
    events.append({ 0, s("NATO Summit Defence Industry Forum"),
        { s("Summit Defence Industry Forum"), s("Summit Defense Industry Forum") }, s("Washington"),
        d(2024, 7, 9), d(2024, 7, 9), s("forum"), false });
    events.append({ 0, s("International Defence Industries Forum"),
        { s("International Defence Industries Forum"), s("International Defense Industries Forum"),
            s("International Defence Industry Forum"), s("International Defense Industry Forum"),
            s("Defence Industries Forum"), s("Defense Industries Forum"), s("Forum of Defence Industries"),
            s("Forum of Defense Industries") },
        s("Kyiv"), d(2023, 9, 29), d(2023, 9, 29), s("forum"), true });

    const QStringList mscNames { s("Munich Security Conference") };
    const std::initializer_list<std::pair<QDate, QDate>> msc {
        { d(2014, 1, 31), d(2014, 2, 2) },
        { d(2015, 2, 6), d(2015, 2, 8) },
        { d(2016, 2, 12), d(2016, 2, 14) },
        { d(2017, 2, 17), d(2017, 2, 19) },
        { d(2018, 2, 16), d(2018, 2, 18) },
        { d(2019, 2, 15), d(2019, 2, 17) },
        { d(2020, 2, 14), d(2020, 2, 16) },
        { d(2022, 2, 18), d(2022, 2, 20) },
        { d(2023, 2, 17), d(2023, 2, 19) },
        { d(2024, 2, 16), d(2024, 2, 18) },
        { d(2025, 2, 14), d(2025, 2, 16) },
    };
    for (const auto& [start, end] : msc)
        events.append(
            { 0, s("Munich Security Conference"), mscNames, s("Munich"), start, end, s("conference"), true });

    const QStringList ministerNames { s("NATO defence ministers' meeting"),
        s("NATO defense ministers' meeting"), s("meeting of NATO defence ministers"),
        s("meeting of NATO defense ministers"), s("NATO defence ministerial"), s("NATO defense ministerial"),
        s("NATO Defence Ministers' Meeting") };
    const std::initializer_list<std::pair<QDate, QDate>> ministers {
        { d(2023, 2, 14), d(2023, 2, 15) },
        { d(2023, 6, 15), d(2023, 6, 16) },
        { d(2023, 10, 11), d(2023, 10, 12) },
        { d(2024, 2, 15), d(2024, 2, 15) },
        { d(2024, 6, 13), d(2024, 6, 14) },
        { d(2024, 10, 17), d(2024, 10, 18) },
        { d(2025, 2, 13), d(2025, 2, 13) },
        { d(2025, 6, 5), d(2025, 6, 5) },
    };
    for (const auto& [start, end] : ministers)
        events.append({ 0, s("NATO Defence Ministers' Meeting"), ministerNames, s("Brussels"), start, end,
            s("ministerial"), true });

    const QStringList udcgNames { s("Ukraine Defence Contact Group"), s("Ukraine Defense Contact Group"),
        s("UDCG"), s("Ramstein format"), s("Ramstein group") };
    const std::initializer_list<std::pair<const char*, QDate>> udcg {
        { "Ramstein", d(2022, 4, 26) },
        { "Ramstein", d(2023, 1, 20) },
        { "Ramstein", d(2023, 4, 21) },
        { "Ramstein", d(2023, 9, 19) },
        { "Ramstein", d(2024, 9, 6) },
        { "Ramstein", d(2025, 1, 9) },
        { "Brussels", d(2025, 2, 12) },
    };
    for (const auto& [place, day] : udcg)
        events.append(
            { 0, s("Ukraine Defence Contact Group"), udcgNames, s(place), day, day, s("meeting"), true });

    return EventCalendar(std::move(events));
}

} // namespace ql
