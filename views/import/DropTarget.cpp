#include "DropTarget.h"

#include <QMimeData>
#include <QUrl>

namespace ql {

namespace {

const QString uriListType = QStringLiteral("text/uri-list");
const QString htmlType = QStringLiteral("text/html");
const QString plainType = QStringLiteral("text/plain");
const QString markdownType = QStringLiteral("text/markdown");
// Firefox and Chromium name the page a fragment was dragged from here.
const QString mozUrlType = QStringLiteral("text/x-moz-url");

bool isBareUrl(const QByteArray& text)
{
    const QByteArray t = text.trimmed();
    if (t.isEmpty() || t.contains(' ') || t.contains('\n') || t.contains('\t'))
        return false;
    return t.startsWith("http://") || t.startsWith("https://") || t.startsWith("file:");
}

} // namespace

bool DropTarget::canAccept(const QMimeData* mime)
{
    if (!mime)
        return false;
    if (mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        for (const QUrl& url : urls)
            if (url.isLocalFile())
                return true;
    }
    const auto hasText = [mime](const QString& type) { return !mime->data(type).trimmed().isEmpty(); };
    return hasText(htmlType) || hasText(markdownType) || hasText(plainType);
}

ImportSources DropTarget::fromMimeData(const QMimeData* mime)
{
    ImportSources sources;
    if (!mime)
        return sources;
    QList<QByteArray> remote;
    if (mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        for (const QUrl& url : urls) {
            if (url.isLocalFile())
                sources.paths << url.toLocalFile();
            else if (url.isValid())
                remote << url.toEncoded();
        }
    }
    // A file manager puts the file names in text/plain too; reading them as an article would be wrong.
    if (!sources.paths.isEmpty() && remote.isEmpty())
        return sources;

    QMap<QString, QByteArray> payload;
    for (const QString& type : { htmlType, markdownType, plainType, mozUrlType }) {
        const QByteArray bytes = mime->data(type);
        if (!bytes.trimmed().isEmpty())
            payload.insert(type, bytes);
    }
    // A dragged link carries its address as text/plain; that is a reference, not an article.
    const auto plain = payload.constFind(plainType);
    if (plain != payload.constEnd() && isBareUrl(plain.value())) {
        const QByteArray url = plain.value().trimmed();
        if (!url.startsWith("file:") && !remote.contains(url))
            remote << url;
        payload.remove(plainType);
    }
    if (!payload.isEmpty() && !sources.paths.isEmpty()) {
        // Text beside local files is the file names again, not content; keep only the remote
        // URLs so the analyst learns they were not downloaded.
        payload.clear();
    }
    if (payload.size() == 1 && payload.contains(mozUrlType))
        payload.clear();
    if (!remote.isEmpty())
        payload.insert(uriListType, remote.join("\r\n") + "\r\n");
    if (!payload.isEmpty())
        sources.payloads << payload;
    return sources;
}

} // namespace ql
