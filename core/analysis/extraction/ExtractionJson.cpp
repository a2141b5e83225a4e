#include "core/analysis/extraction/ExtractionJson.h"

#include <QJsonArray>
#include <QJsonValue>

namespace ql {

QJsonObject extractionToEvalJson(
    const QString& filePath, const Article& article, const Extraction& extraction, bool withText)
{
    QJsonObject out;
    out.insert(QStringLiteral("file"), filePath);
    out.insert(QStringLiteral("title"), article.title);
    out.insert(QStringLiteral("published"),
        article.published.isValid() ? QJsonValue(article.published.toString(Qt::ISODate)) : QJsonValue());
    out.insert(
        QStringLiteral("source"), article.sourceUrl.isEmpty() ? QJsonValue() : QJsonValue(article.sourceUrl));
    QJsonArray statements;
    for (const Statement& s : extraction.statements) {
        QJsonObject o;
        o.insert(QStringLiteral("speaker"), s.speaker.isEmpty() ? QJsonValue() : QJsonValue(s.speaker));
        o.insert(QStringLiteral("text"), s.text);
        o.insert(QStringLiteral("kind"), statementKindName(s.kind));
        o.insert(QStringLiteral("start"), s.start);
        o.insert(QStringLiteral("end"), s.end);
        // When it was said: `date` for one day, `date_range` for a window, neither when undated. A
        // window open on one side (a term of office) has no range to print.
        if (s.said.isDay()) {
            o.insert(QStringLiteral("date"), s.said.from.toString(Qt::ISODate));
        } else if (s.said.isBounded()) {
            o.insert(QStringLiteral("date_range"),
                QJsonArray { s.said.from.toString(Qt::ISODate), s.said.to.toString(Qt::ISODate) });
        }
        if (!s.said.evidence.isEmpty())
            o.insert(QStringLiteral("said_why"), s.said.evidence);
        statements.append(o);
    }
    out.insert(QStringLiteral("statements"), statements);
    QJsonArray figures;
    for (const Figure& f : extraction.figures) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), f.kind);
        o.insert(QStringLiteral("value"), f.value);
        if (!f.currency.isEmpty())
            o.insert(QStringLiteral("currency"), f.currency);
        if (f.year > 0)
            o.insert(QStringLiteral("year"), f.year);
        o.insert(QStringLiteral("text"), f.text);
        if (!f.subject.isEmpty())
            o.insert(QStringLiteral("subject"), f.subject);
        o.insert(QStringLiteral("start"), f.start);
        o.insert(QStringLiteral("end"), f.end);
        if (f.statementIndex >= 0) {
            o.insert(QStringLiteral("statement"), f.statementIndex);
            const QString speaker = extraction.statements.value(f.statementIndex).speaker;
            if (!speaker.isEmpty())
                o.insert(QStringLiteral("speaker"), speaker);
        }
        figures.append(o);
    }
    out.insert(QStringLiteral("figures"), figures);
    if (withText)
        out.insert(QStringLiteral("text"), article.text);
    return out;
}

} // namespace ql
