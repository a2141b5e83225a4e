#include "StatementFormat.h"

#include "store/StatementRow.h"

#include <QJsonValue>

namespace ql {

QJsonObject StatementFormat::json(const StatementRow& row)
{
    const Statement& s = row.statement;
    return QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("article"), s.articleId },
        { QStringLiteral("date"),
            s.saidOn.isValid() ? QJsonValue(s.saidOn.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("speaker"), s.speaker.isEmpty() ? QJsonValue() : QJsonValue(s.speaker) },
        { QStringLiteral("source"), row.articleTitle }, { QStringLiteral("kind"), statementKindName(s.kind) },
        { QStringLiteral("text"), s.text } };
}

QString StatementFormat::line(const StatementRow& row)
{
    const Statement& s = row.statement;
    return QStringLiteral("%1\t%2\t%3\t%4")
        .arg(s.saidOn.isValid() ? s.saidOn.toString(Qt::ISODate) : QStringLiteral("no date"),
            s.speaker.isEmpty() ? QStringLiteral("unknown") : s.speaker, QString::number(s.id), s.text);
}

} // namespace ql
