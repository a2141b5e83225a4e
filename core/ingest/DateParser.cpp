#include "core/ingest/DateParser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace ql {

namespace {

constexpr int MinYear = 1900;
constexpr int MaxYear = 2100;
constexpr auto CiU
    = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// Languages whose month and weekday names are read, in the order that settles a name two of
// them share with different meanings (Polish/Czech "listopad" is November, Croatian October).
constexpr const char* NameLocales[] = { "en", "de", "fr", "es", "it", "nl", "pt", "pl", "cs", "sk", "sv",
    "da", "nb", "nn", "fi", "hu", "ro", "ca", "tr", "ru", "uk", "bg", "el", "sl", "hr", "sr_Latn", "lt", "lv",
    "et", "id", "ms", "af", "eu", "gl", "is", "ga", "cy", "lb", "rm", "fy", "ar", "he", "fa", "hi", "bn",
    "th", "vi", "sq", "mk", "be", "ka", "hy", "az", "kk", "sw", "tl" };

QString fromIcu(const icu::UnicodeString& s)
{
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

// "Sept." and "sept" are one name: lower case, no trailing dot.
QString nameKey(QStringView name)
{
    QString k = name.toString().toLower();
    while (k.endsWith(QLatin1Char('.')))
        k.chop(1);
    return k;
}

struct NameTables
{
    QHash<QString, int> months; // full names and abbreviations → 1–12
    QSet<QString> weekdays;
};

const NameTables& names()
{
    static const NameTables tables = [] {
        NameTables t;
        for (const char* locale : NameLocales) {
            UErrorCode status = U_ZERO_ERROR;
            const icu::DateFormatSymbols symbols { icu::Locale(locale), status };
            if (U_FAILURE(status))
                continue; // an ICU build without this language: its names are simply not read
            for (const auto context :
                { icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE }) {
                for (const auto width :
                    { icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED }) {
                    int32_t count = 0;
                    const icu::UnicodeString* months = symbols.getMonths(count, context, width);
                    for (int32_t i = 0; months && i < count && i < 12; ++i) {
                        const QString k = nameKey(fromIcu(months[i]));
                        // Numeric "abbreviations" (some locales use "1月") are not names.
                        if (k.size() >= 3 && k.at(0).isLetter() && !t.months.contains(k))
                            t.months.insert(k, i + 1); // the first locale's meaning wins
                    }
                    int32_t days = 0;
                    const icu::UnicodeString* weekdays = symbols.getWeekdays(days, context, width);
                    for (int32_t i = 1; weekdays && i < days; ++i) { // index 0 is unused by ICU
                        const QString k = nameKey(fromIcu(weekdays[i]));
                        if (k.size() >= 2)
                            t.weekdays.insert(k);
                    }
                }
            }
        }
        // ICU's tables hold one abbreviation per language; pages print a few more.
        const char* const extra[][13] = {
            { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", nullptr },
            { "janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc",
                nullptr },
            { "jän", "febr", "märz", "apr", "mai", "juni", "juli", "aug", "sept", "okt", "nov", "dez",
                nullptr },
            { "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic", nullptr },
            { "jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez", nullptr },
        };
        for (const auto& language : extra) {
            for (int i = 0; i < 12; ++i) {
                const QString k = QString::fromUtf8(language[i]);
                if (!t.months.contains(k))
                    t.months.insert(k, i + 1);
            }
        }
        return t;
    }();
    return tables;
}

int monthFromName(QStringView name)
{
    const QString lower = nameKey(name);
    if (lower.size() < 3)
        return 0;
    const QHash<QString, int>& months = names().months;
    const auto exact = months.constFind(lower);
    if (exact != months.constEnd())
        return exact.value();
    // A longer spelling of a known abbreviation ("Sept" for "Sep", "Febr" for "Feb"), Latin
    // script only: three letters of a Cyrillic or Greek word are too little to go on.
    if (lower.at(0).unicode() >= 0x250)
        return 0;
    for (qsizetype len = qMin<qsizetype>(lower.size() - 1, 5); len >= 3; --len) {
        const auto it = months.constFind(lower.left(len));
        if (it != months.constEnd())
            return it.value();
    }
    return 0;
}

QDate makeDate(int y, int m, int d)
{
    if (y < 100)
        return {}; // two-digit years are ambiguous: never guess a century
    if (y < MinYear || y > MaxYear)
        return {};
    const QDate date(y, m, d);
    return date.isValid() ? date : QDate();
}

const QRegularExpression& anyDateRe()
{
    // A month is any word the name tables know; the regex only finds the shapes.
    static const QString month = QStringLiteral("\\p{L}[\\p{L}\\p{M}]{2,}\\.?");
    static const QRegularExpression re(
        QStringLiteral("(?<![\\d/.-])(?:"
                       // ISO y-m-d (also with / or .)
                       "(?<iy>\\d{4})[-/.](?<im>\\d{1,2})[-/.](?<id>\\d{1,2})(?!\\d)"
                       // d/m/y or m/d/y, d.m.y
                       "|(?<na>\\d{1,2})(?:/|\\.\\s?)(?<nb>\\d{1,2})(?:/|\\.\\s?)(?<ny>\\d{4})(?!\\d)"
                       // 29 Sep. 2023, 5. März 2024, 5 de março de 2024, 1st of March 2022
                       "|(?<dd>\\d{1,2})(?:st|nd|rd|th|er|\u00ba|\u00b0)?\\.?\\s*(?:de\\s+|of\\s+)?(?<mon>")
            + month
            + QStringLiteral(")(?:\\s+de)?,?\\s+(?<dy>\\d{4})(?!\\d)"
                             // 2024. március 5.
                             "|(?<hy>\\d{4})\\.\\s*(?<hmon>")
            + month
            + QStringLiteral(")\\s*(?<hd>\\d{1,2})\\.(?!\\d)"
                             // 2024年3月5日, 2024년 3월 5일
                             "|(?<cy>\\d{4})\\s*[\u5e74\ub144]\\s*(?<cm>\\d{1,2})\\s*[\u6708\uc6d4]\\s*"
                             "(?<cd>\\d{1,2})\\s*[\u65e5\uc77c]"
                             ")"
                             // September 29, 2023
                             "|(?<!\\p{L})(?<mon2>")
            + month + QStringLiteral(")\\s+(?<md>\\d{1,2})(?:st|nd|rd|th)?\\.?,?\\s+(?<my>\\d{4})(?!\\d)"),
        CiU);
    return re;
}

QDate dateFromMatch(const QRegularExpressionMatch& m)
{
    if (m.capturedLength(u"iy") > 0)
        return makeDate(m.captured(u"iy").toInt(), m.captured(u"im").toInt(), m.captured(u"id").toInt());
    if (m.capturedLength(u"ny") > 0) {
        const int a = m.captured(u"na").toInt();
        const int b = m.captured(u"nb").toInt();
        const int y = m.captured(u"ny").toInt();
        const bool dotted = m.captured(0).contains(QLatin1Char('.'));
        // Dots mean the European day.month.year; slashes are read month/day unless the first
        // number cannot be a month. Both readings valid and different is ambiguous only when
        // the day could be a month too; the US reading is what the pages we see print.
        if (dotted || a > 12)
            return makeDate(y, b, a);
        return makeDate(y, a, b);
    }
    if (m.capturedLength(u"dy") > 0) {
        const int mon = monthFromName(m.capturedView(u"mon"));
        return mon ? makeDate(m.captured(u"dy").toInt(), mon, m.captured(u"dd").toInt()) : QDate();
    }
    if (m.capturedLength(u"hy") > 0) {
        const int mon = monthFromName(m.capturedView(u"hmon"));
        return mon ? makeDate(m.captured(u"hy").toInt(), mon, m.captured(u"hd").toInt()) : QDate();
    }
    if (m.capturedLength(u"cy") > 0)
        return makeDate(m.captured(u"cy").toInt(), m.captured(u"cm").toInt(), m.captured(u"cd").toInt());
    if (m.capturedLength(u"my") > 0) {
        const int mon = monthFromName(m.capturedView(u"mon2"));
        return mon ? makeDate(m.captured(u"my").toInt(), mon, m.captured(u"md").toInt()) : QDate();
    }
    return {};
}

// What may stand before a date on a line that is only a date: separators and a weekday.
bool onlyWeekdayBefore(QStringView text)
{
    QString word;
    for (const QChar c : text) {
        if (c.isLetter() || c.isMark()) {
            word += c;
        } else if (!word.isEmpty() && !c.isSpace() && !c.isPunct() && !c.isSymbol()) {
            return false;
        } else if (!c.isSpace() && !c.isPunct() && !c.isSymbol()) {
            return false; // a digit
        } else if (!word.isEmpty() && c.isSpace()) {
            word += QLatin1Char(' '); // "a las", two-word weekdays are rare: judged below
        }
    }
    word = word.trimmed();
    return word.isEmpty() || names().weekdays.contains(nameKey(word));
}

} // namespace

int DateParser::monthNumber(QStringView name)
{
    return monthFromName(name);
}

DateMatch DateParser::find(QStringView text)
{
    DateMatch result;
    // Cheap pre-check: every supported form has a four-digit year.
    int run = 0;
    bool hasYear = false;
    for (const QChar c : text) {
        run = c.isDigit() ? run + 1 : 0;
        if (run == 4) {
            hasYear = true;
            break;
        }
    }
    if (!hasYear)
        return result;
    auto it = anyDateRe().globalMatch(text.toString());
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QDate date = dateFromMatch(m);
        if (date.isValid()) {
            result.date = date;
            result.start = m.capturedStart(0);
            result.length = m.capturedLength(0);
            return result;
        }
    }
    return result;
}

bool DateParser::isDateOnly(QStringView text)
{
    const DateMatch m = find(text);
    if (!m.date.isValid())
        return false;
    static const QRegularExpression after(
        QStringLiteral("^[\\s\\p{P}\\p{S}]*(?:(?:at|um|à|às|a las|alle|om|kl\\.?|o)?\\s*\\d{1,2}[:.h]\\d{2}"
                       "(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|uhr|h|[A-Z]{2,5})?"
                       "\\s*(?:[+-]\\d{2}:?\\d{2})?)?[\\s\\p{P}\\p{S}]*$"),
        CiU);
    return onlyWeekdayBefore(text.left(m.start))
        && after.match(text.mid(m.start + m.length).toString()).hasMatch();
}

QDate DateParser::parse(QStringView text, int* utcMinute)
{
    if (utcMinute)
        *utcMinute = -1;
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // Machine stamps ("2023-09-29T10:00:00+02:00", "2023/09/29 10:00", "20230929"): the day as
    // written, whatever the offset; the caller learns the clock when it was UTC.
    static const QRegularExpression stamp(
        QStringLiteral("^(\\d{4})([-/]?)(\\d{2})\\2(\\d{2})(?:(?:[T\\s]+(\\d{1,2}):?(\\d{2}))(?::?\\d{2})?"
                       "(?:[.,]\\d+)?\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = stamp.match(trimmed.toString());
    if (m.hasMatch()) {
        static const QRegularExpression zero(
            QStringLiteral("^(?:Z|UTC|GMT|[+-]00(?::?00)?)$"), QRegularExpression::CaseInsensitiveOption);
        if (utcMinute && m.capturedLength(5) > 0 && zero.match(m.captured(7)).hasMatch())
            *utcMinute = m.captured(5).toInt() * 60 + m.captured(6).toInt();
        return makeDate(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    }
    // An ISO day followed by anything else ("2023-09-29T10:00:00.000+0200[Europe/Berlin]").
    static const QRegularExpression isoStart(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T\\s].*)?$"));
    const QRegularExpressionMatch s = isoStart.match(trimmed.toString());
    if (s.hasMatch())
        return makeDate(s.captured(1).toInt(), s.captured(2).toInt(), s.captured(3).toInt());
    if (!isDateOnly(trimmed))
        return {};
    const QDate d = find(trimmed).date;
    if (utcMinute && d.isValid()) {
        // "Mon, 20 Jan 2020 09:49:32 +0000", "… 09:49 GMT"
        static const QRegularExpression utcClock(
            QStringLiteral("(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*(?:GMT|UTC|Z|[+-]00:?00)\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch c = utcClock.match(trimmed.toString());
        if (c.hasMatch())
            *utcMinute = c.captured(1).toInt() * 60 + c.captured(2).toInt();
    }
    return d;
}

QDate DateParser::parseShortYear(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^[\\s\\p{P}]*(?:(?<wd>\\p{L}{2,12})\\.?,?\\s+)?(?<d>\\d{1,2})\\.\\s?(?<m>\\d{1,2})\\.\\s?"
            "(?<y>\\d{2})(?:\\s*[,|/\u2013-]?\\s*(?:um\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*uhr)?)?[\\s\\p{P}]*$"),
        CiU);
    const QRegularExpressionMatch m = re.match(text.toString());
    if (!m.hasMatch())
        return {};
    if (m.capturedLength(u"wd") > 0 && !names().weekdays.contains(nameKey(m.capturedView(u"wd"))))
        return {};
    const int yy = m.captured(u"y").toInt();
    const int thisYear = QDate::currentDate().year();
    int year = thisYear / 100 * 100 + yy;
    if (year > thisYear)
        year -= 100;
    return makeDate(year, m.captured(u"m").toInt(), m.captured(u"d").toInt());
}

QDate DateParser::fromUrl(QStringView url)
{
    // /2023/09/30/, /2023-09-30-slug, /2020/oct/02/, /20230930/, slug-20230930: a year of this
    // century or the last, then a month and a day, ending where a path segment or word ends.
    static const QRegularExpression re(
        QStringLiteral("[/_-]((?:19|20)\\d{2})(?:([/_-])(\\d{1,2}|[a-z]{3,9})\\2(\\d{1,2})|(\\d{2})(\\d{2}))"
                       "(?=[/._?#-]|$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString path = url.toString();
    auto it = re.globalMatch(path);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // A compact date glued to a slug by a dash is common; separated forms must start a segment.
        if (m.capturedLength(2) > 0 && path.at(m.capturedStart(0)) != QLatin1Char('/'))
            continue;
        const int y = m.captured(1).toInt();
        int mon = 0;
        if (m.capturedLength(3) > 0) {
            const QString month = m.captured(3);
            mon = month.at(0).isDigit() ? month.toInt() : monthFromName(month);
        } else {
            mon = m.captured(5).toInt();
        }
        const int d = (m.capturedLength(4) ? m.captured(4) : m.captured(6)).toInt();
        const QDate date = makeDate(y, mon, d);
        if (date.isValid())
            return date;
    }
    return {};
}

bool DateParser::opensDayRange(QStringView after)
{
    // A dash or wave dash, then one or two digits that are not a clock ("-12:30", "–12.30").
    qsizetype i = 0;
    while (i < after.size() && after.at(i) == QLatin1Char(' '))
        ++i;
    if (i >= after.size())
        return false;
    const char16_t dash = after.at(i).unicode();
    if (dash != u'-' && dash != u'\u2013' && dash != u'\u2014' && dash != u'~' && dash != u'\u301c'
        && dash != u'\uff5e')
        return false;
    ++i;
    while (i < after.size() && after.at(i) == QLatin1Char(' '))
        ++i;
    qsizetype digits = 0;
    while (i + digits < after.size() && after.at(i + digits).isDigit())
        ++digits;
    if (digits < 1 || digits > 2)
        return false;
    qsizetype next = i + digits;
    const bool clock = next + 1 < after.size()
        && (after.at(next) == QLatin1Char(':') || after.at(next) == QLatin1Char('.'))
        && after.at(next + 1).isDigit();
    if (clock)
        return false;
    if (next < after.size() && after.at(next) == QChar(u'\u65e5')) // 日, the day in CJK dates
        return true;
    // "– 5 min read", "- 3 comments": a count, not a day; a month name may close the span.
    while (next < after.size() && after.at(next) == QLatin1Char(' '))
        ++next;
    if (next < after.size() && after.at(next).isLetter()) {
        qsizetype end = next;
        while (end < after.size() && after.at(end).isLetter())
            ++end;
        return monthNumber(after.mid(next, end - next)) > 0;
    }
    return true;
}

} // namespace ql
