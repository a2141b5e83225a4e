#pragma once

#include <QByteArray>
#include <QString>

namespace ql {

enum class DocumentFormat { Text, Html, Markdown, Pdf, Binary, Unsupported };

struct SniffResult
{
    DocumentFormat format = DocumentFormat::Text;
    QString detail; // for Unsupported/Binary: what the bytes look like, e.g. "ZIP archive"
};

// Decides which reader gets the bytes, from magic numbers first, then the MIME type, the file
// name's extension and finally the content itself.
class FormatSniffer
{
public:
    SniffResult sniff(const QByteArray& bytes, const QString& nameHint, const QString& mimeType) const;

    // "text", "html", "markdown", "pdf" as stored in Article::format.
    static QString formatName(DocumentFormat format);
};

} // namespace ql
