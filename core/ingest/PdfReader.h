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
};

// PDF transcripts (poppler-qt) → lines in reading order. Lines repeated at the top or bottom of
// most pages (running headers, footers) and bare page numbers are dropped.
class PdfReader
{
public:
    PdfReadResult read(const QByteArray& bytes) const;
};

} // namespace ql
