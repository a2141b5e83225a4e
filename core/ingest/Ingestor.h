#pragma once

#include "core/domain/Article.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ql {

// The outcome of reading one document: an article ready for extraction, or a clear reason why not.
struct IngestResult
{
    bool ok = false;
    QString error; // one line, for the wizard's list and the CLI; empty when ok
    Article article;
    QString source; // the file path or payload label the result belongs to
};

// Turns files and dropped/pasted payloads into articles: format detection, decoding,
// boilerplate removal and metadata (title, date, source, publisher, language).
// Thread-safe; never touches the network.
class Ingestor
{
public:
    // 50 MiB: what "the file is too large" means, in the words sizeLimitMessage() uses.
    static constexpr qint64 MaxFileSize = 50 * 1024 * 1024;
    static QString sizeLimitMessage();
    // Why `path` (symbolic links followed) cannot be read as a document: a folder, a device, a
    // FIFO, a socket, or missing; empty for a regular file.
    static QString notRegularFile(const QString& path);

    IngestResult readFile(const QString& path) const;
    // `nameHint` (a file name or URL) and `mimeType` help pick the reader; both may be empty.
    // A "charset=" parameter in `mimeType` declares the encoding.
    IngestResult readBytes(
        const QByteArray& bytes, const QString& nameHint, const QString& mimeType = QString()) const;

    // A drop or clipboard payload (MIME type → bytes). Local files in "text/uri-list" win (folders
    // are expanded); otherwise "text/html", then "text/plain" is read. Remote URLs are reported,
    // never fetched.
    QList<IngestResult> readMimePayload(const QMap<QString, QByteArray>& formats) const;
    // Files under the given paths, folders expanded recursively, in a stable order.
    static QStringList expandPaths(const QStringList& paths);
};

} // namespace ql
