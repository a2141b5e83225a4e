#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QStringList>

namespace ql {

// What the analyst handed to the import wizard, not read yet: reading happens off the GUI thread.
struct ImportSources
{
    QStringList paths; // files and folders; folders are expanded when the batch starts
    // Dropped or pasted content without a local file behind it, MIME type → bytes, one map per
    // drop or paste (read with Ingestor::readMimePayload, which never fetches remote URLs).
    QList<QMap<QString, QByteArray>> payloads;

    bool isEmpty() const { return paths.isEmpty() && payloads.isEmpty(); }
};

} // namespace ql
