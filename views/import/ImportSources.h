#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QUrl>

#include <utility>

namespace ql {

// What the analyst handed to the import wizard, not read yet: reading happens off the GUI thread.
struct ImportSources
{
    ImportSources() = default;
    // Not an aggregate, so that `ImportSources { files, {} }` stays complete as fields are added.
    ImportSources(QStringList files, QList<QMap<QString, QByteArray>> content, QList<QUrl> pages = {})
        : paths(std::move(files))
        , payloads(std::move(content))
        , urls(std::move(pages))
    { }

    QStringList paths; // files and folders; folders are expanded when the batch starts
    // Dropped or pasted content without a local file behind it, MIME type → bytes, one map per
    // drop or paste (read with Ingestor::readMimePayload, which never fetches anything).
    QList<QMap<QString, QByteArray>> payloads;
    // Web pages (http or https) dropped or pasted as links: fetched one by one (PageFetcher),
    // then read like a saved HTML file, with the address as the article's source.
    QList<QUrl> urls;

    bool isEmpty() const { return paths.isEmpty() && payloads.isEmpty() && urls.isEmpty(); }
};

} // namespace ql
