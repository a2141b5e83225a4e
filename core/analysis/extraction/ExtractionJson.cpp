#include "ExtractionJson.h"

#include <QJsonArray>

namespace ql {

QJsonObject extractionToEvalJson(const QString& filePath, const Article& article, const Extraction& extraction)
{
    QJsonArray statements;
    for (const Statement& s : extraction.statements) {
        statements.append(QJsonObject {
            { QStringLiteral("speaker"), s.speaker.isEmpty() ? QJsonValue() : QJsonValue(s.speaker) },
            { QStringLiteral("text"), s.text },
            { QStringLiteral("kind"), statementKindName(s.kind) },
            { QStringLiteral("start"), s.start },
            { QStringLiteral("end"), s.end },
            { QStringLiteral("date"), s.saidOn.isValid() ? QJsonValue(s.saidOn.toString(Qt::ISODate)) : QJsonValue() },
        });
    }
    QJsonArray figures;
    for (const Figure& f : extraction.figures) {
        QJsonObject o {
            { QStringLiteral("kind"), f.kind },
            { QStringLiteral("value"), f.value },
            { QStringLiteral("text"), f.text },
            { QStringLiteral("start"), f.start },
            { QStringLiteral("end"), f.end },
        };
        if (!f.currency.isEmpty())
            o.insert(QStringLiteral("currency"), f.currency);
        if (f.year > 0)
            o.insert(QStringLiteral("year"), f.year);
        if (!f.subject.isEmpty())
            o.insert(QStringLiteral("subject"), f.subject);
        figures.append(o);
    }
    return QJsonObject {
        { QStringLiteral("file"), filePath },
        { QStringLiteral("title"), article.title },
        { QStringLiteral("published"),
            article.published.isValid() ? QJsonValue(article.published.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("source"), article.sourceUrl.isEmpty() ? QJsonValue() : QJsonValue(article.sourceUrl) },
        { QStringLiteral("statements"), statements },
        { QStringLiteral("figures"), figures },
    };
}

} // namespace ql
