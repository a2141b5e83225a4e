#include "app/cli/StatementFormat.h"

#include "core/store/StatementRow.h"

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
            s.speaker.isEmpty() ? QStringLiteral("unknown") : oneLine(s.speaker), QString::number(s.id),
            oneLine(s.text));
}

QString StatementFormat::oneLine(const QString& field)
{
    QString out;
    out.reserve(field.size());
    for (const QChar c : field) {
        switch (c.unicode()) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator
                || c == QChar::ParagraphSeparator)
                out += QStringLiteral("\\x%1").arg(uint(c.unicode()), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

} // namespace ql
