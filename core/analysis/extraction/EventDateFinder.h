#pragma once

#include "core/analysis/extraction/TextSpan.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

class QRegularExpressionMatch;

namespace ql {

// The date the article's statements were made, when the text gives one: an explicit day and month in a
// sentence about the event ("the forum was held in Kyiv on 29 September", "spoke on 3 March 2024"), or the
// date line of a speech's header. A missing year comes from the published date; with neither, no date.
// Dates after publication or more than a year before it are not the event's.
class EventDateFinder
{
public:
    // A date found in the text and the words that give it ("held in Kyiv on 29 September").
    struct Found
    {
        QDate date;
        TextSpan span { -1, -1 };
    };

    QDate find(const QString& text, const QDate& published, const QList<TextSpan>& skipped) const;
    // The same, only inside `within` (a statement's paragraph), with the phrase that gives the date.
    Found findIn(
        const QString& text, TextSpan within, const QDate& published, const QList<TextSpan>& skipped) const;
    // For an undated article: a date inside `within` that falls in [from, to] (what else dates the
    // text, an event or a term of office), a missing year taken from that window when only one
    // year fits.
    Found findBetween(const QString& text, TextSpan within, const QDate& from, const QDate& to,
        const QList<TextSpan>& skipped) const;
    // The first explicit date inside `span` (a transcript header), resolved the same way.
    QDate firstDateIn(const QString& text, TextSpan span, const QDate& published) const;
    Found firstIn(const QString& text, TextSpan span, const QDate& published) const;

private:
    Found scan(const QString& text, TextSpan within, const QList<TextSpan>& skipped,
        const std::function<QDate(const QRegularExpressionMatch&)>& resolver) const;
};

} // namespace ql
