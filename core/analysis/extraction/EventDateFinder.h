#pragma once

#include "TextSpan.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ql {

// The date the article's statements were made, when the text gives one: an explicit day and month in a
// sentence about the event ("the forum was held in Kyiv on 29 September", "spoke on 3 March 2024"), or the
// date line of a speech's header. A missing year comes from the published date; with neither, no date.
// Dates after publication or more than a year before it are not the event's.
class EventDateFinder
{
public:
    QDate find(const QString& text, const QDate& published, const QList<TextSpan>& skipped) const;
    // The first explicit date inside `span` (a transcript header), resolved the same way.
    QDate firstDateIn(const QString& text, TextSpan span, const QDate& published) const;
};

} // namespace ql
