#include "core/export/StatementExporter.h"

#include "core/export/CsvWriter.h"
#include "core/export/RisWriter.h"
#include "core/store/Store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <optional>

namespace ql {

namespace {

QString isoOrEmpty(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// The store's rows with their articles looked up once each.
class RecordBuilder
{
public:
    explicit RecordBuilder(const Store& store)
        : m_store(store)
    { }
    ExportRecord build(const StatementRow& row)
    {
        const Statement& s = row.statement;
        ExportRecord r;
        r.statementId = s.id;
        r.articleId = s.articleId;
        r.speaker = s.speaker;
        r.text = s.text;
        r.kind = statementKindName(s.kind);
        r.saidFrom = s.said.from;
        r.saidTo = s.said.to;
        r.saidLabel = s.said.label();
        r.saidEvidence = s.said.evidence;
        r.tags = row.tags;
        r.note = row.note;
        r.articleTitle = row.articleTitle;
        r.publisher = row.publisher;
        auto it = m_articles.constFind(s.articleId);
        if (it == m_articles.cend())
            it = m_articles.insert(s.articleId, m_store.articleSummary(s.articleId));
        if (it->has_value()) {
            r.articleDate = (*it)->published;
            r.url = (*it)->sourceUrl;
            if (r.articleTitle.isEmpty())
                r.articleTitle = (*it)->title;
            if (r.publisher.isEmpty())
                r.publisher = (*it)->publisher;
        }
        return r;
    }

private:
    const Store& m_store;
    QHash<qint64, std::optional<ArticleSummary>> m_articles;
};

} // namespace

QList<ExportRecord> StatementExporter::collect(const Store& store, const ExportFilter& filter)
{
    QList<ExportRecord> out;
    RecordBuilder builder(store);
    const QList<StatementRow> rows = store.statementRows(0, 0, store.statementCount());
    for (const StatementRow& row : rows) {
        ExportRecord r = builder.build(row);
        if (filter.accepts(r))
            out.append(r);
    }
    return out;
}

QList<ExportRecord> StatementExporter::collect(const Store& store, const QList<qint64>& statementIds)
{
    QList<ExportRecord> out;
    RecordBuilder builder(store);
    for (const StatementRow& row : store.statementRowsByIds(statementIds))
        out.append(builder.build(row));
    return out;
}

QStringList StatementExporter::csvHeader()
{
    return { QStringLiteral("statement_id"), QStringLiteral("speaker"), QStringLiteral("text"),
        QStringLiteral("kind"), QStringLiteral("said"), QStringLiteral("said_from"),
        QStringLiteral("said_to"), QStringLiteral("tags"), QStringLiteral("note"),
        QStringLiteral("article_title"), QStringLiteral("publisher"), QStringLiteral("article_date"),
        QStringLiteral("url") };
}

QStringList StatementExporter::csvFields(const ExportRecord& r)
{
    // Tags share one cell, joined by "; ", so the file stays one row per statement.
    return { QString::number(r.statementId), r.speaker, r.text, r.kind, r.saidLabel, isoOrEmpty(r.saidFrom),
        isoOrEmpty(r.saidTo), r.tags.join(QStringLiteral("; ")), r.note, r.articleTitle, r.publisher,
        isoOrEmpty(r.articleDate), r.url };
}

QByteArray StatementExporter::write(
    const QList<ExportRecord>& records, ExportFormat format, bool byteOrderMark)
{
    switch (format) {
    case ExportFormat::Csv: {
        CsvWriter csv(byteOrderMark);
        csv.addRow(csvHeader());
        for (const ExportRecord& r : records)
            csv.addRow(csvFields(r));
        return csv.data();
    }
    case ExportFormat::Ris: {
        RisWriter ris;
        for (const ExportRecord& r : records)
            ris.addRecord(r);
        return ris.data();
    }
    case ExportFormat::Json: {
        QJsonArray array;
        for (const ExportRecord& r : records) {
            array.append(QJsonObject {
                { QStringLiteral("statement_id"), r.statementId },
                { QStringLiteral("article_id"), r.articleId },
                { QStringLiteral("speaker"), r.speaker.isEmpty() ? QJsonValue(QJsonValue::Null) : r.speaker },
                { QStringLiteral("text"), r.text },
                { QStringLiteral("kind"), r.kind },
                { QStringLiteral("said"), r.saidLabel },
                { QStringLiteral("said_from"), isoOrNull(r.saidFrom) },
                { QStringLiteral("said_to"), isoOrNull(r.saidTo) },
                { QStringLiteral("said_evidence"), r.saidEvidence },
                { QStringLiteral("tags"), QJsonArray::fromStringList(r.tags) },
                { QStringLiteral("note"), r.note },
                { QStringLiteral("article_title"), r.articleTitle },
                { QStringLiteral("publisher"), r.publisher },
                { QStringLiteral("article_date"), isoOrNull(r.articleDate) },
                { QStringLiteral("url"), r.url },
            });
        }
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    }
    return QByteArray();
}

QString StatementExporter::writeFile(
    const QString& path, const QList<ExportRecord>& records, ExportFormat format, bool byteOrderMark)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    const QByteArray data = write(records, format, byteOrderMark);
    if (file.write(data) != data.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return QStringLiteral("cannot write %1: %2").arg(path, error);
    }
    if (!file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return QString();
}

} // namespace ql
