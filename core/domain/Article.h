#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace ql {

// An imported document. `text` is what extraction sees (boilerplate removed);
// `original` keeps the bytes exactly as they were imported.
struct Article
{
    qint64 id = 0;
    QString title;
    QString sourceUrl;
    QString publisher;
    QDate published; // null when the document gives no date
    QString dateOrigin; // how the date was found ("meta article:published_time", "dateline", …)
    QString language; // BCP 47 code, e.g. "en"; empty when unknown
    QString format; // "text", "html", "markdown", "pdf", "pdf-ocr" (a scan: text recognised by OCR)
    QString fileName;
    QByteArray original;
    QString text;
    QByteArray contentHash; // hex SHA-256 of the extracted text
    int statementCount = 0; // filled by queries that count, not stored
    // Words OCR was unsure of (format "pdf-ocr"), for the reader to check; not stored yet.
    QStringList lowConfidenceWords;
};

} // namespace ql
