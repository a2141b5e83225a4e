#include "Ingestor.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace ql {

IngestResult Ingestor::readFile(const QString& path) const
{
    IngestResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = QStringLiteral("file not found");
        return result;
    }
    if (info.size() > MaxFileSize) {
        result.error = QStringLiteral("file is larger than the 50 MB limit");
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot read file: %1").arg(file.errorString());
        return result;
    }
    return readBytes(file.readAll(), info.fileName());
}

// Bootstrap implementation: UTF-8 plain text only. Replaced by the full reader set.
IngestResult Ingestor::readBytes(const QByteArray& bytes, const QString& nameHint, const QString&) const
{
    IngestResult result;
    if (bytes.trimmed().isEmpty()) {
        result.error = QStringLiteral("empty file");
        return result;
    }
    Article& a = result.article;
    a.fileName = nameHint;
    a.original = bytes;
    a.format = QStringLiteral("text");
    a.text = QString::fromUtf8(bytes);
    const int nl = int(a.text.indexOf(QLatin1Char('\n')));
    a.title = (nl < 0 ? a.text : a.text.left(nl)).trimmed();
    a.contentHash = QCryptographicHash::hash(a.text.toUtf8(), QCryptographicHash::Sha256).toHex();
    result.ok = true;
    return result;
}

} // namespace ql
