#pragma once

#include "domain/Article.h"

#include <QByteArray>
#include <QString>

namespace ql {

// The outcome of reading one document: an article ready for extraction, or a clear reason why not.
struct IngestResult
{
    bool ok = false;
    QString error; // one line, for the wizard's list and the CLI; empty when ok
    Article article;
};

// Turns files and dropped/pasted payloads into articles: format detection, decoding,
// boilerplate removal and metadata (title, date, source, publisher, language).
// Thread-safe; never touches the network.
class Ingestor
{
public:
    static constexpr qint64 MaxFileSize = 50 * 1024 * 1024;

    IngestResult readFile(const QString& path) const;
    // `nameHint` (a file name or URL) and `mimeType` help pick the reader; both may be empty.
    IngestResult readBytes(const QByteArray& bytes, const QString& nameHint,
        const QString& mimeType = QString()) const;
};

} // namespace ql
