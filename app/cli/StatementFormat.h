#pragma once

#include <QJsonObject>
#include <QString>

namespace ql {

struct StatementRow;

// How similar, families and diff print a stored statement: one tab-separated line
// (date, speaker, id, text) or one JSON object; and how any tab-separated output keeps its lines.
class StatementFormat
{
public:
    static QString line(const StatementRow& row);
    static QJsonObject json(const StatementRow& row);
    // A field of a tab-separated line, kept on its line: a backslash, tab, newline or other
    // control character is written as a C escape (\\, \t, \n, \r, \xHH), as `ls -b` does.
    static QString oneLine(const QString& field);
};

} // namespace ql
