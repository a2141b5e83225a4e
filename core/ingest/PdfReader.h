#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ql {

struct PdfReadResult
{
    bool ok = false;
    QString error; // "no text layer: needs OCR", "encrypted PDF", …
    QStringList lines; // as PlainTextReader::lines(): empty string = paragraph break
    QString title; // from the document info, when set
    // Pages without a text layer are rendered and recognised by OCR; then `ocr` is set and the
    // words the engine was unsure of are listed once each, in reading order, for the reader.
    bool ocr = false;
    int ocrPages = 0;
    QStringList lowConfidenceWords;
};

// PDF transcripts (poppler-qt) → lines in reading order. Lines repeated at the top or bottom of
// most pages (running headers, footers) and bare page numbers are dropped. A page with no text
// layer (a scan) is rendered at 300 dpi and read by OcrEngine; OcrProgressScope follows and
// cancels that page by page.
class PdfReader
{
public:
    PdfReadResult read(const QByteArray& bytes) const;
    // Article::format of a PDF whose text (some of it) was recognised by OCR.
    static QString ocrFormatName() { return QStringLiteral("pdf-ocr"); }
    static bool isOcrFormat(const QString& format) { return format == ocrFormatName(); }
};

} // namespace ql
