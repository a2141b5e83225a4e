#pragma once

#include <QString>
#include <QStringList>

namespace ql {

// Who published a text, where the text itself says so: a wire service in a dateline or byline
// ("BRUSSELS, March 3 (Reuters) -", "By Jane Doe, Associated Press", "Reporting by …; Editing by
// … (Reuters)"), a press-release header ("NATO Press Release", "Press release – Rheinmetall AG"),
// a "Publisher:" or "Published by" line, or a copyright line ("© 2025 Reuters"). Only the first
// lines (and the last few, for copyright and wire credits) are read. Empty when the text says
// nothing: a publisher is never guessed from a name that merely occurs in the text.
class PublisherFinder
{
public:
    static QString fromLines(const QStringList& lines);
    // The canonical name of a wire service ("AP" and "Associated Press" are "Associated Press");
    // empty when `name` is not one.
    static QString wireName(const QString& name);
};

} // namespace ql
