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

// Reads the full calendar dates that web pages and wire copy print (ISO, US and European numeric
// forms, "29 Sep. 2023", "September 29, 2023", a few non-English month names) and dates in URLs.
// Only complete dates count: a month without a year or a bare year is never turned into a date.
class DateParser
{
public:
    // The whole string (surrounding punctuation, a weekday and a clock time allowed) is one date.
    static QDate parse(QStringView text);
    // The first full date anywhere in `text`.
    static DateMatch find(QStringView text);
    // A date in a URL path: /2023/09/30/, /2023-09-30, /20230930/.
    static QDate fromUrl(QStringView url);
    // True when `text` holds a date and nothing else but a weekday, a clock time and separators.
    static bool isDateOnly(QStringView text);
};

} // namespace ql
