#include "DateParser.h"

#include <QHash>
#include <QRegularExpression>

namespace ql {

namespace {

constexpr int MinYear = 1900;
constexpr int MaxYear = 2100;

int monthFromName(const QString& name)
{
    // Abbreviations are matched by prefix so "Sept", "Sep." and "September" all work.
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const char* const names[][13] = {
            { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", nullptr },
            { "janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc",
                nullptr },
            { "jän", "feb", "märz", "apr", "mai", "juni", "juli", "aug", "sep", "okt", "nov", "dez",
                nullptr },
            { "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic", nullptr },
            { "jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez", nullptr },
        };
        for (const auto& language : names) {
            for (int i = 0; i < 12; ++i)
                m.insert(QString::fromUtf8(language[i]), i + 1);
        }
        return m;
    }();
    const QString lower = name.toLower();
    for (int len = int(qMin<qsizetype>(lower.size(), 5)); len >= 3; --len) {
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

// Month names: English in full and abbreviated plus common French/German/Spanish/Portuguese forms.
const QString& monthPattern()
{
    static const QString p = QStringLiteral(
        "(?<mon>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|fevr|avr|mai|juin|juil|août|"
        "déc|jän|märz|okt|dez|ene|abr|ago|dic|fev|set|out)[[:alpha:]]*\\.?)");
    return p;
}

const QRegularExpression& anyDateRe()
{
    // Alternatives: ISO y-m-d (also with / or .), d/m/y or m/d/y, "29 Sep. 2023", "Sep 29, 2023".
    static const QRegularExpression re(
        QStringLiteral("(?<![\\d/.-])(?:"
                       "(?<iy>\\d{4})[-/.](?<im>\\d{1,2})[-/.](?<id>\\d{1,2})(?![\\d])"
                       "|(?<na>\\d{1,2})[/.](?<nb>\\d{1,2})[/.](?<ny>\\d{4})(?!\\d)"
                       "|(?<dd>\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?")
            + monthPattern()
            + QStringLiteral("(?:\\s+de)?,?\\s+(?<dy>\\d{4})(?!\\d)"
                             "|(?<mon2>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[[:alpha:]]*\\.?)"
                             "\\s+(?<md>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<my>\\d{4})(?!\\d)"
                             ")"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
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
        const int mon = monthFromName(m.captured(u"mon"));
        return mon ? makeDate(m.captured(u"dy").toInt(), mon, m.captured(u"dd").toInt()) : QDate();
    }
    if (m.capturedLength(u"my") > 0) {
        const int mon = monthFromName(m.captured(u"mon2"));
        return mon ? makeDate(m.captured(u"my").toInt(), mon, m.captured(u"md").toInt()) : QDate();
    }
    return {};
}

} // namespace

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
    static const QRegularExpression rest(
        QStringLiteral(
            "^[\\s\\p{P}\\p{S}]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[[:alpha:]]*\\.?,?)?[\\s\\p{P}\\p{S}]*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression after(
        QStringLiteral(
            "^[\\s\\p{P}\\p{S}]*(?:(?:at\\s+)?\\d{1,2}[:.h]\\d{2}(?::\\d{2})?\\s*(?:am|pm|[A-Z]{2,4})?)?"
            "[\\s\\p{P}\\p{S}]*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return rest.match(text.left(m.start).toString()).hasMatch()
        && after.match(text.mid(m.start + m.length).toString()).hasMatch();
}

QDate DateParser::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // ISO 8601 timestamps ("2023-09-29T10:00:00+02:00") are the common machine form.
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T\\s].*)?$"));
    const QRegularExpressionMatch m = iso.match(trimmed.toString());
    if (m.hasMatch())
        return makeDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return isDateOnly(trimmed) ? find(trimmed).date : QDate();
}

QDate DateParser::fromUrl(QStringView url)
{
    static const QRegularExpression re(
        QStringLiteral("/((?:19|20)\\d{2})(?:([/-])(\\d{1,2})\\2(\\d{1,2})|(\\d{2})(\\d{2}))(?=[/._-]|$)"));
    auto it = re.globalMatch(url.toString());
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int y = m.captured(1).toInt();
        const int mon = (m.capturedLength(3) ? m.captured(3) : m.captured(5)).toInt();
        const int d = (m.capturedLength(4) ? m.captured(4) : m.captured(6)).toInt();
        const QDate date = makeDate(y, mon, d);
        if (date.isValid())
            return date;
    }
    return {};
}

} // namespace ql
