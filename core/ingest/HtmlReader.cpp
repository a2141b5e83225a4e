#include "HtmlReader.h"

#include "ContentExtractor.h"
#include "HtmlDateFinder.h"
#include "PlainTextReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gumbo.h>

#include <functional>
#include <memory>

namespace ql {

namespace {

constexpr auto Ci = QRegularExpression::CaseInsensitiveOption;

QString attr(const GumboNode* node, const char* name)
{
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value).trimmed() : QString();
}

bool isElement(const GumboNode* node)
{
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

GumboTag tagOf(const GumboNode* node)
{
    return node->v.element.tag;
}

void forEachElement(const GumboNode* node, const std::function<bool(const GumboNode*)>& visit)
{
    if (!isElement(node) && node->type != GUMBO_NODE_DOCUMENT)
        return;
    if (isElement(node) && !visit(node))
        return;
    const GumboVector& children
        = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        forEachElement(static_cast<const GumboNode*>(children.data[i]), visit);
}

QString plainText(const GumboNode* node)
{
    QString out;
    std::function<void(const GumboNode*)> walk = [&](const GumboNode* n) {
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
            out += QString::fromUtf8(n->v.text.text);
            return;
        }
        if (!isElement(n))
            return;
        const GumboVector& children = n->v.element.children;
        for (unsigned i = 0; i < children.length; ++i)
            walk(static_cast<const GumboNode*>(children.data[i]));
    };
    walk(node);
    return PlainTextReader::cleanLine(out);
}

// Headline and publisher from JSON-LD; its dates are HtmlDateFinder's.
void findMetaInJson(const QJsonValue& v, MetadataHints& hints, QString& headline)
{
    if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            findMetaInJson(item, hints, headline);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    if (headline.isEmpty())
        headline = o.value(QLatin1String("headline")).toString().trimmed();
    const QJsonValue publisher = o.value(QLatin1String("publisher"));
    if (hints.publisher.isEmpty() && publisher.isObject())
        hints.publisher = publisher.toObject().value(QLatin1String("name")).toString().trimmed();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isObject() || it.value().isArray())
            findMetaInJson(it.value(), hints, headline);
    }
}

QString stripSiteSuffix(const QString& title, const QString& site)
{
    static const QRegularExpression sep(QStringLiteral("\\s+[|–—-]\\s+[^|–—-]{2,40}$"));
    QString t = title;
    if (!site.isEmpty() && t.endsWith(site)) {
        const QRegularExpressionMatch m = sep.match(t);
        if (m.hasMatch())
            t.truncate(m.capturedStart());
    }
    return t.trimmed();
}

struct GumboDeleter
{
    void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

} // namespace

QString HtmlReader::declaredCharset(const QByteArray& bytes)
{
    static const QRegularExpression re(
        QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)"), Ci);
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(bytes.left(4096)));
    return m.hasMatch() ? m.captured(1) : QString();
}

HtmlReadResult HtmlReader::read(const QString& html) const
{
    HtmlReadResult result;
    MetadataHints& hints = result.hints;
    const QByteArray utf8 = html.toUtf8();
    const std::unique_ptr<GumboOutput, GumboDeleter> doc(
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())));
    if (!doc)
        return result;

    QString ogTitle, htmlTitle, jsonHeadline, canonical, ogUrl, siteName;
    const GumboNode* h1 = nullptr;
    const GumboNode* body = nullptr;

    forEachElement(doc->document, [&](const GumboNode* node) {
        const GumboTag t = tagOf(node);
        switch (t) {
        case GUMBO_TAG_HTML:
            hints.language = attr(node, "lang").section(QLatin1Char('-'), 0, 0).toLower();
            break;
        case GUMBO_TAG_BODY:
            body = node;
            break;
        case GUMBO_TAG_TITLE:
            if (htmlTitle.isEmpty())
                htmlTitle = plainText(node);
            return false;
        case GUMBO_TAG_META: {
            const QString key
                = (attr(node, "property") + attr(node, "name") + attr(node, "itemprop")).toLower();
            const QString content = attr(node, "content");
            if (content.isEmpty())
                break;
            if (key == QLatin1String("og:title") && ogTitle.isEmpty())
                ogTitle = content;
            else if (key == QLatin1String("og:url"))
                ogUrl = content;
            else if (key == QLatin1String("og:site_name"))
                siteName = content;
            break;
        }
        case GUMBO_TAG_LINK:
            if (attr(node, "rel").toLower() == QLatin1String("canonical"))
                canonical = attr(node, "href");
            break;
        case GUMBO_TAG_SCRIPT:
            if (attr(node, "type").toLower() == QLatin1String("application/ld+json")) {
                const QJsonDocument json = QJsonDocument::fromJson(plainText(node).toUtf8());
                findMetaInJson(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()), hints,
                    jsonHeadline);
            }
            return false;
        default:
            break;
        }
        if (!h1 && t == GUMBO_TAG_H1)
            h1 = node;
        return true;
    });
    // Dates come from the whole page (meta, JSON-LD, <time>), even where no body is kept.
    hints.dates = HtmlDateFinder().find(doc->document);

    // The body as a reader view shows it; the page's own names for the article tell which heading
    // is the headline, kept out of the text (it is the title).
    ExtractedContent content = ContentExtractor().extract(body, { ogTitle, jsonHeadline, htmlTitle });

    hints.sourceUrl = canonical.startsWith(QLatin1String("http")) ? canonical : ogUrl;
    hints.sourceOrigin = canonical.startsWith(QLatin1String("http")) ? QStringLiteral("canonical link")
                                                                     : QStringLiteral("og:url");
    if (!hints.sourceUrl.startsWith(QLatin1String("http")))
        hints.sourceUrl.clear();
    if (hints.publisher.isEmpty())
        hints.publisher = siteName;
    // A headline inside the body beats one in the page header (which is often the site's logo).
    const QString& headline = content.headline;
    const QString pageH1 = h1 ? plainText(h1) : QString();
    hints.title = !ogTitle.isEmpty()                ? ogTitle
        : !headline.isEmpty()                       ? headline
        : !jsonHeadline.isEmpty()                   ? jsonHeadline
        : (!pageH1.isEmpty() && pageH1 != siteName) ? pageH1
                                                    : stripSiteSuffix(htmlTitle, siteName);

    result.lines = std::move(content.lines);
    return result;
}

} // namespace ql
