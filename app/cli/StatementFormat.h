#pragma once

#include <QJsonObject>
#include <QString>

namespace ql {

struct StatementRow;

// How similar, families and diff print a stored statement: one tab-separated line
// (date, speaker, id, text) or one JSON object.
class StatementFormat
{
public:
    static QString line(const StatementRow& row);
    static QJsonObject json(const StatementRow& row);
};

} // namespace ql
