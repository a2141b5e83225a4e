#include "HtmlReader.h"

#include "DateParser.h"
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

bool isBlockTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_BODY:
        return true;
    default:
        return false;
    }
}

// Elements that never hold article text.
bool isFurnitureTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_MENU:
        return true;
    default:
        return false;
    }
}

const QRegularExpression& furnitureName()
{
    static const QRegularExpression re(
        QStringLiteral(
            "(?:^|[\\s_-])(?:nav|navbar|navigation|menu|footer|masthead|sidebar|aside|related|"
            "relatedposts|promo|promotion|newsletter|subscribe|subscription|signup|social|share|sharing|"
            "comment|comments|disqus|advert|advertisement|ad|ads|adslot|dfp|cookie|cookies|consent|gdpr|"
            "banner|breadcrumb|breadcrumbs|widget|popup|modal|recommend|recommended|recommendations|"
            "outbrain|taboola|tags|taglist|bio|more-stories|readmore|read-more|trending|most-read|"
            "mostread|paywall|hidden|sr-only|visually-hidden|skip|toolbar|pagination|teaser|teasers)"
            "(?:$|[\\s_-])"),
        Ci);
    return re;
}

bool isHidden(const GumboNode* node)
{
    if (gumbo_get_attribute(&node->v.element.attributes, "hidden"))
        return true;
    if (attr(node, "aria-hidden") == QLatin1String("true"))
        return true;
    const QString style = attr(node, "style").remove(QLatin1Char(' ')).toLower();
    return style.contains(QLatin1String("display:none"))
        || style.contains(QLatin1String("visibility:hidden"));
}

bool hasFurnitureRole(const GumboNode* node)
{
    const QString role = attr(node, "role").toLower();
    return role == QLatin1String("navigation") || role == QLatin1String("complementary")
        || role == QLatin1String("contentinfo") || role == QLatin1String("banner")
        || role == QLatin1String("search") || role == QLatin1String("dialog")
        || role == QLatin1String("alert");
}

// Text statistics of a subtree, used to protect real content from a misleading class name.
struct TextStats
{
    qsizetype text = 0;
    qsizetype linkText = 0;
    int paragraphs = 0;
};

void measure(const GumboNode* node, bool inLink, TextStats& stats)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
        const qsizetype len = qsizetype(strlen(node->v.text.text));
        stats.text += len;
        if (inLink)
            stats.linkText += len;
        return;
    }
    if (!isElement(node))
        return;
    const GumboTag t = tagOf(node);
    if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT)
        return;
    if (t == GUMBO_TAG_P)
        ++stats.paragraphs;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        measure(static_cast<const GumboNode*>(children.data[i]), inLink || t == GUMBO_TAG_A, stats);
}

bool looksLikeContent(const GumboNode* node)
{
    TextStats s;
    measure(node, false, s);
    return s.paragraphs >= 3 && s.text >= 500 && s.linkText * 10 < s.text * 3;
}

bool isFurniture(const GumboNode* node)
{
    if (!isElement(node))
        return false;
    const GumboTag t = tagOf(node);
    if (isFurnitureTag(t))
        return t != GUMBO_TAG_HEADER || !looksLikeContent(node);
    if (isHidden(node) || hasFurnitureRole(node))
        return true;
    const QString names = attr(node, "class") + QLatin1Char(' ') + attr(node, "id");
    if (names.size() > 1 && furnitureName().match(names).hasMatch())
        return !looksLikeContent(node);
    return false;
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

// Collects paragraphs from the chosen body root.
class BlockCollector
{
public:
    QStringList lines;

    void collect(const GumboNode* node, bool inLink)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA
            || node->type == GUMBO_NODE_WHITESPACE) {
            const QString text = QString::fromUtf8(node->v.text.text);
            m_current += text;
            // Remembered as the text arrives, so a row of many empty cells stays linear.
            m_hasText = m_hasText || node->type != GUMBO_NODE_WHITESPACE;
            if (inLink)
                m_linkChars += text.trimmed().size();
            return;
        }
        if (!isElement(node) || isFurniture(node))
            return;
        const GumboTag t = tagOf(node);
        if (t == GUMBO_TAG_BR) {
            m_current += QChar(0x2028); // a line break inside the paragraph
            return;
        }
        if ((t == GUMBO_TAG_UL || t == GUMBO_TAG_OL) && isLinkList(node))
            return; // "related articles" and tag lists
        const bool block = isBlockTag(t);
        if (block)
            flush();
        // A table row is one line ("Air defence | $850 million"): cells on lines of their own would read
        // as a menu and lose the figures a table usually holds.
        if ((t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) && holdsText())
            m_current += QStringLiteral(" | ");
        // Browsers draw the marks of <q>; the text must carry them or the quotation is lost.
        if (t == GUMBO_TAG_Q)
            m_current += QChar(0x201C);
        const GumboVector& children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i)
            collect(static_cast<const GumboNode*>(children.data[i]), inLink || t == GUMBO_TAG_A);
        if (t == GUMBO_TAG_Q)
            m_current += QChar(0x201D);
        if (block)
            flush();
    }

    void flush()
    {
        const QStringList parts = m_current.split(QChar(0x2028));
        QStringList cleaned;
        qsizetype chars = 0;
        for (const QString& part : parts) {
            QString c = PlainTextReader::cleanLine(part);
            if (!c.isEmpty()) {
                chars += c.size();
                cleaned.append(std::move(c));
            }
        }
        // A paragraph that is mostly a link is a teaser for another page.
        const bool teaser = chars > 0 && m_linkChars * 10 > chars * 6 && chars < 300;
        if (!cleaned.isEmpty() && !teaser) {
            lines += cleaned;
            lines.append(QString());
        }
        m_current.clear();
        m_hasText = false;
        m_linkChars = 0;
    }

private:
    bool holdsText() const { return m_hasText; }

    static bool isLinkList(const GumboNode* list)
    {
        TextStats s;
        measure(list, false, s);
        return s.text > 0 && s.linkText * 10 > s.text * 6;
    }

    QString m_current;
    bool m_hasText = false;
    qsizetype m_linkChars = 0;
};

void findDatesInJson(const QJsonValue& v, MetadataHints& hints, QString& headline)
{
    if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            findDatesInJson(item, hints, headline);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    const QDate d = DateParser::parse(o.value(QLatin1String("datePublished")).toString());
    if (d.isValid())
        hints.dates.append({ d, QStringLiteral("JSON-LD datePublished"), DateCandidate::Structured });
    if (headline.isEmpty())
        headline = o.value(QLatin1String("headline")).toString().trimmed();
    const QJsonValue publisher = o.value(QLatin1String("publisher"));
    if (hints.publisher.isEmpty() && publisher.isObject())
        hints.publisher = publisher.toObject().value(QLatin1String("name")).toString().trimmed();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isObject() || it.value().isArray())
            findDatesInJson(it.value(), hints, headline);
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

bool insideArticle(const GumboNode* node)
{
    for (const GumboNode* p = node->parent; p; p = p->parent) {
        if (!isElement(p))
            continue;
        const GumboTag t = tagOf(p);
        if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN
            || attr(p, "itemprop").toLower() == QLatin1String("articlebody")
            || attr(p, "role").toLower() == QLatin1String("main"))
            return true;
    }
    return false;
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
    const GumboNode* articleBody = nullptr;
    const GumboNode* bestArticle = nullptr;
    qsizetype bestArticleText = 0;
    const GumboNode* mainNode = nullptr;
    const GumboNode* h1 = nullptr;
    const GumboNode* body = nullptr;
    bool timeSeen = false;
    DateCandidate looseTime;

    static const QStringList dateMetas = { QStringLiteral("article:published_time"),
        QStringLiteral("og:article:published_time"), QStringLiteral("datepublished"), QStringLiteral("date"),
        QStringLiteral("pubdate"), QStringLiteral("publishdate"), QStringLiteral("publish-date"),
        QStringLiteral("publish_date"), QStringLiteral("dc.date"), QStringLiteral("dc.date.issued"),
        QStringLiteral("dcterms.created"), QStringLiteral("dcterms.issued"), QStringLiteral("sailthru.date"),
        QStringLiteral("parsely-pub-date"), QStringLiteral("article.published"),
        QStringLiteral("citation_publication_date") };

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
            else if (dateMetas.contains(key)) {
                const QDate d = DateParser::parse(content);
                if (d.isValid())
                    hints.dates.append({ d, QStringLiteral("meta %1").arg(key), DateCandidate::Structured });
            }
            break;
        }
        case GUMBO_TAG_LINK:
            if (attr(node, "rel").toLower() == QLatin1String("canonical"))
                canonical = attr(node, "href");
            break;
        case GUMBO_TAG_SCRIPT:
            if (attr(node, "type").toLower() == QLatin1String("application/ld+json")) {
                const QJsonDocument json = QJsonDocument::fromJson(plainText(node).toUtf8());
                findDatesInJson(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()), hints,
                    jsonHeadline);
            }
            return false;
        default:
            break;
        }
        if (t == GUMBO_TAG_HEAD)
            return true;
        if (isFurniture(node) && t != GUMBO_TAG_HEADER)
            return false;
        if (!articleBody && attr(node, "itemprop").toLower() == QLatin1String("articlebody"))
            articleBody = node;
        if (t == GUMBO_TAG_ARTICLE) {
            TextStats s;
            measure(node, false, s);
            if (s.text - s.linkText > bestArticleText) {
                bestArticleText = s.text - s.linkText;
                bestArticle = node;
            }
        }
        if (!mainNode && (t == GUMBO_TAG_MAIN || attr(node, "role").toLower() == QLatin1String("main")))
            mainNode = node;
        if (!h1 && t == GUMBO_TAG_H1)
            h1 = node;
        if (!timeSeen && t == GUMBO_TAG_TIME) {
            const QString dt = attr(node, "datetime");
            const QDate d = DateParser::parse(dt.isEmpty() ? plainText(node) : dt);
            if (d.isValid()) {
                // A <time> outside the article may be the masthead's "today": kept apart, used
                // only when the page has no article element at all.
                if (insideArticle(node)) {
                    hints.dates.append({ d, QStringLiteral("<time datetime>"), DateCandidate::Structured });
                    timeSeen = true;
                } else if (!looseTime.date.isValid()) {
                    looseTime = { d, QStringLiteral("<time datetime>"), DateCandidate::Structured };
                }
            }
        }
        return true;
    });

    if (!timeSeen && looseTime.date.isValid() && !bestArticle && !articleBody && !mainNode)
        hints.dates.append(looseTime);

    // The densest block: the element whose own paragraphs hold the most text.
    const GumboNode* densest = nullptr;
    if (body) {
        qsizetype bestScore = 0;
        forEachElement(body, [&](const GumboNode* node) {
            if (isFurniture(node))
                return false;
            qsizetype score = 0;
            const GumboVector& children = node->v.element.children;
            for (unsigned i = 0; i < children.length; ++i) {
                const auto* child = static_cast<const GumboNode*>(children.data[i]);
                if (child->type == GUMBO_NODE_TEXT) {
                    score += qsizetype(strlen(child->v.text.text)); // text set with <br>, not <p>
                } else if (isElement(child)
                    && (tagOf(child) == GUMBO_TAG_P || tagOf(child) == GUMBO_TAG_BLOCKQUOTE)) {
                    TextStats s;
                    measure(child, false, s);
                    score += s.text - 2 * s.linkText;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                densest = node;
            }
            return true;
        });
    }

    const GumboNode* root = articleBody ? articleBody
        : bestArticle                   ? bestArticle
        : mainNode                      ? mainNode
                                        : densest;
    BlockCollector collector;
    if (root)
        collector.collect(root, false);
    int words = 0;
    for (const QString& l : std::as_const(collector.lines))
        words += int(l.count(QLatin1Char(' '))) + (l.isEmpty() ? 0 : 1);
    if (words < 40 && densest && root != densest) {
        collector.lines.clear();
        collector.collect(densest, false);
    }

    hints.sourceUrl = canonical.startsWith(QLatin1String("http")) ? canonical : ogUrl;
    hints.sourceOrigin = canonical.startsWith(QLatin1String("http")) ? QStringLiteral("canonical link")
                                                                     : QStringLiteral("og:url");
    if (!hints.sourceUrl.startsWith(QLatin1String("http")))
        hints.sourceUrl.clear();
    if (hints.publisher.isEmpty())
        hints.publisher = siteName;
    // A headline inside the body beats one in the page header (which is often the site's logo).
    const GumboNode* rootH1 = nullptr;
    if (root) {
        forEachElement(root, [&](const GumboNode* node) {
            if (!rootH1 && tagOf(node) == GUMBO_TAG_H1)
                rootH1 = node;
            return !rootH1;
        });
    }
    const QString headline = rootH1 ? plainText(rootH1) : QString();
    const QString pageH1 = h1 ? plainText(h1) : QString();
    hints.title = !ogTitle.isEmpty()                ? ogTitle
        : !headline.isEmpty()                       ? headline
        : !jsonHeadline.isEmpty()                   ? jsonHeadline
        : (!pageH1.isEmpty() && pageH1 != siteName) ? pageH1
                                                    : stripSiteSuffix(htmlTitle, siteName);

    // The headline opens the text, as the reader of the page sees it.
    QStringList& lines = collector.lines;
    while (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return result;
    const QString opening = headline.isEmpty() ? hints.title : headline;
    if (!opening.isEmpty() && !lines.contains(opening)) {
        lines.prepend(QString());
        lines.prepend(opening);
    }
    result.lines = std::move(lines);
    return result;
}

} // namespace ql
