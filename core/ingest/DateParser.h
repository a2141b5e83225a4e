#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace ql {

// A calendar date found in a string, with where it was found.
struct DateMatch
{
    QDate date;
    qsizetype start = -1;
    qsizetype length = 0;
};

// Reads the full calendar dates that web pages and wire copy print: ISO and machine stamps,
// US and European numeric forms, "29 Sep. 2023", "September 29, 2023", "5. März 2024",
// "5 de março de 2024", "2024. március 5.", "2024年3月5日", with the month names of every
// language ICU knows that we list (German, French, Spanish, Italian, Dutch, Portuguese, Polish,
// Czech, Scandinavian, Russian, …), and dates in URLs. Only complete dates count: a month
// without a year or a bare year is never turned into a date.
class DateParser
{
public:
    // The whole string (surrounding punctuation, a weekday and a clock time allowed) is one date.
    // A machine stamp keeps the day it is written in ("2021-11-04T23:00Z" is 4 November);
    // `utcMinute` (optional) receives the minute of the day when the stamp carries a UTC clock
    // ("T23:00Z" → 1380), else -1.
    static QDate parse(QStringView text, int* utcMinute = nullptr);
    // The first full date anywhere in `text`.
    static DateMatch find(QStringView text);
    // A day.month.two-digit-year stamp that is the whole of `text` ("28.01.22", "Fr, 02.12.19"),
    // as date elements and the line under a headline print it; the century is the one that
    // does not put the year in the future. Never read inside prose, where "1.2.19" is anything.
    static QDate parseShortYear(QStringView text);
    // A date in a URL path: /2023/09/30/, /2023-09-30, /20230930/.
    static QDate fromUrl(QStringView url);
    // True when `text` holds a date and nothing else but a weekday, a clock time and separators.
    static bool isDateOnly(QStringView text);
    // True when the text right after a date carries it on as a span of days ("2020/7/11-12",
    // "3.–5. Mai", "11～12日"): the dates of an event, not the day a page was written.
    static bool opensDayRange(QStringView after);
    // 1–12 for a month name or abbreviation in any supported language, else 0.
    static int monthNumber(QStringView name);
};

} // namespace ql
