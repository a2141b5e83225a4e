#include "views/import/DropTarget.h"

#include "core/importing/UrlImport.h"
#include "core/ingest/PageRequest.h"

#include <QMimeData>
#include <QRegularExpression>
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

// text/x-moz-url: address and title on alternate lines, UTF-16 from Firefox, UTF-8 elsewhere.
QStringList mozUrlLines(const QByteArray& raw)
{
    const QString text = raw.size() > 1 && raw[1] == 0
        ? QString::fromUtf16(reinterpret_cast<const char16_t*>(raw.constData()), raw.size() / 2)
        : QString::fromUtf8(raw);
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = line.trimmed().remove(QChar(0));
    return lines;
}

QString visibleText(const QString& html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    return QString(html).remove(tags).replace(blanks, QStringLiteral(" ")).trimmed();
}

// A browser sends a dragged link as the address plus, often, an HTML anchor and its title as
// text; a dragged selection carries text of its own. Only the former is "just a link".
bool isLoneAnchor(const QString& html)
{
    static const QRegularExpression anchor(
        QStringLiteral("<a\\s[^>]*href\\s*=\\s*[\"']?https?://"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression block(
        QStringLiteral("<(p|div|li|br|h[1-6]|table|blockquote|article|section)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    int anchors = 0;
    for (auto it = anchor.globalMatch(html); it.hasNext(); it.next())
        ++anchors;
    return anchors == 1 && !html.contains(block) && visibleText(html).size() <= 300;
}

// Web addresses of a drop, in order, each once: dragged or listed links, a Firefox link, or
// an address as the only text.
QList<QUrl> webUrlsOf(const QMimeData* mime)
{
    QList<QUrl> urls;
    const auto add = [&urls](const QUrl& url) {
        if (PageRequest::isWebUrl(url) && !urls.contains(url))
            urls.append(url);
    };
    if (mime->hasUrls()) {
        const QList<QUrl> listed = mime->urls();
        for (const QUrl& url : listed)
            add(url);
    }
    const QStringList moz = mozUrlLines(mime->data(mozUrlType));
    for (int i = 0; i < moz.size(); i += 2)
        if (UrlImport::isWebAddress(moz[i]))
            add(QUrl(moz[i]));
    const QString plain = QString::fromUtf8(mime->data(plainType));
    if (UrlImport::isWebAddress(plain))
        add(QUrl(plain.trimmed()));
    return urls;
}

// True when the drop holds links and nothing to read besides them: the pages are to be fetched.
bool isLinkDrop(const QMimeData* mime, const QList<QUrl>& webUrls)
{
    if (webUrls.isEmpty() || !mime->data(markdownType).trimmed().isEmpty())
        return false;
    const QString html = QString::fromUtf8(mime->data(htmlType)).trimmed();
    if (!html.isEmpty() && !isLoneAnchor(html))
        return false;
    const QString plain = QString::fromUtf8(mime->data(plainType)).trimmed();
    if (plain.isEmpty() || UrlImport::isWebAddress(plain))
        return true;
    // The link's title as text, from the anchor or from Firefox's address/title pairs.
    if (!html.isEmpty() && plain == visibleText(html))
        return true;
    const QStringList moz = mozUrlLines(mime->data(mozUrlType));
    for (int i = 1; i < moz.size(); i += 2)
        if (plain == moz[i])
            return true;
    return false;
}

} // namespace

bool DropTarget::canAccept(const QMimeData* mime)
{
    if (!mime)
        return false;
    if (mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        for (const QUrl& url : urls)
            if (url.isLocalFile() || PageRequest::isWebUrl(url))
                return true;
    }
    if (!webUrlsOf(mime).isEmpty())
        return true;
    const auto hasText = [mime](const QString& type) { return !mime->data(type).trimmed().isEmpty(); };
    return hasText(htmlType) || hasText(markdownType) || hasText(plainType);
}

ImportSources DropTarget::fromMimeData(const QMimeData* mime)
{
    ImportSources sources;
    if (!mime)
        return sources;
    const QList<QUrl> webUrls = webUrlsOf(mime);
    if (isLinkDrop(mime, webUrls)) {
        if (mime->hasUrls()) {
            const QList<QUrl> urls = mime->urls();
            for (const QUrl& url : urls)
                if (url.isLocalFile())
                    sources.paths << url.toLocalFile();
        }
        sources.urls = webUrls;
        return sources;
    }
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
