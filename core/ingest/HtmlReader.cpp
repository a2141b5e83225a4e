#include "core/ingest/HtmlReader.h"

#include "core/ingest/ContentExtractor.h"
#include "core/ingest/HtmlDateFinder.h"
#include "core/ingest/JsonLd.h"
#include "core/ingest/PlainTextReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <gumbo.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <vector>

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

GumboVector* childrenOf(GumboNode* node)
{
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    return isElement(node) ? &node->v.element.children : nullptr;
}

const GumboVector* childrenOf(const GumboNode* node)
{
    return childrenOf(const_cast<GumboNode*>(node));
}

// Pre-order over the elements under `root` (and `root` itself), with an explicit stack: a page
// nests as deep as it likes, the thread's stack does not. `visit` returning false skips the
// element's children.
void forEachElement(const GumboNode* root, const std::function<bool(const GumboNode*)>& visit)
{
    std::vector<const GumboNode*> stack { root };
    while (!stack.empty()) {
        const GumboNode* node = stack.back();
        stack.pop_back();
        if (!isElement(node) && node->type != GUMBO_NODE_DOCUMENT)
            continue;
        if (isElement(node) && !visit(node))
            continue;
        const GumboVector* children = childrenOf(node);
        for (unsigned i = children->length; i-- > 0;)
            stack.push_back(static_cast<const GumboNode*>(children->data[i]));
    }
}

QString plainText(const GumboNode* root)
{
    QString out;
    std::vector<const GumboNode*> stack { root };
    while (!stack.empty()) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
            out += QString::fromUtf8(n->v.text.text);
            continue;
        }
        if (!isElement(n))
            continue;
        const GumboVector& children = n->v.element.children;
        for (unsigned i = children.length; i-- > 0;)
            stack.push_back(static_cast<const GumboNode*>(children.data[i]));
    }
    return PlainTextReader::cleanLine(out);
}

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isTagNameChar(char c)
{
    return isAsciiAlpha(c) || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

QByteArray lowerAscii(const char* s, qsizetype n)
{
    QByteArray out(s, n);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return out;
}

bool isVoidElement(const QByteArray& name)
{
    static const QSet<QByteArray> names { "area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame" };
    return names.contains(name);
}

// Elements a new one of the same name closes (<p>…<p>, <li>…<li>): not nesting at all.
bool closesItsNamesake(const QByteArray& name)
{
    static const QSet<QByteArray> names { "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th",
        "thead", "tbody", "tfoot", "rb", "rt", "rp", "a", "nobr" };
    return names.contains(name);
}

// Elements whose content is text up to their end tag, so a "<" inside them opens nothing.
bool isRawTextElement(const QByteArray& name)
{
    return name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp"
        || name == "iframe" || name == "noembed" || name == "noframes";
}

// Where the end tag </name (any case) starts at or after `from`, or `n`.
qsizetype findEndTag(const char* s, qsizetype n, qsizetype from, const QByteArray& name)
{
    for (qsizetype i = from; i + 1 < n; ++i) {
        if (s[i] != '<' || s[i + 1] != '/')
            continue;
        if (i + 2 + name.size() > n)
            return n;
        if (lowerAscii(s + i + 2, name.size()) == name && !isTagNameChar(s[i + 2 + name.size()]))
            return i;
    }
    return n;
}

// Gumbo's parser is quadratic in the nesting depth (every end tag searches the stack of open
// elements, every formatting element the list of active ones): 100,000 closed <div>s took 32 s,
// 100,000 unclosed <b><i> as long. Before it parses, start tags that would open an element deeper
// than `maxDepth` are dropped, with their end tags; the text between them stays, in order. The
// scan is one pass, and it follows nesting the way browsers mostly do (void elements, elements
// a namesake closes, raw text); where it guesses wrong it only ever drops markup, never text.
QByteArray limitNesting(const QByteArray& html, int maxDepth)
{
    const char* const s = html.constData();
    const qsizetype n = html.size();
    std::vector<QByteArray> open;
    QHash<QByteArray, int> dropped;
    QByteArray out;
    qsizetype copied = 0; // html[0, copied) is in `out` (when anything was dropped)
    bool changed = false;
    qsizetype i = 0;
    while (i < n) {
        const void* lt = std::memchr(s + i, '<', size_t(n - i));
        if (!lt)
            break;
        i = static_cast<const char*>(lt) - s;
        if (i + 3 < n && s[i + 1] == '!' && s[i + 2] == '-' && s[i + 3] == '-') {
            const qsizetype end = html.indexOf("-->", i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (i + 1 < n && (s[i + 1] == '!' || s[i + 1] == '?')) {
            const qsizetype end = html.indexOf('>', i + 2);
            i = end < 0 ? n : end + 1;
            continue;
        }
        const bool closing = i + 1 < n && s[i + 1] == '/';
        const qsizetype nameStart = i + 1 + (closing ? 1 : 0);
        if (nameStart >= n || !isAsciiAlpha(s[nameStart])) {
            ++i; // a "<" in the text
            continue;
        }
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && isTagNameChar(s[nameEnd]))
            ++nameEnd;
        const QByteArray name = lowerAscii(s + nameStart, nameEnd - nameStart);
        qsizetype k = nameEnd;
        char quote = 0;
        for (; k < n; ++k) {
            const char c = s[k];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
        }
        if (k >= n)
            break; // an unterminated tag: the rest is gumbo's to make sense of
        const qsizetype tagEnd = k + 1;
        bool drop = false;
        qsizetype next = tagEnd;
        if (closing) {
            auto it = std::find(open.rbegin(), open.rend(), name);
            if (it != open.rend()) {
                open.erase(std::next(it).base(), open.end());
            } else if (auto d = dropped.find(name); d != dropped.end() && *d > 0) {
                --*d;
                drop = true;
            }
        } else if (!isVoidElement(name)) {
            // "<div/>" opens a div in HTML (the slash counts in SVG only): counted as gumbo counts it.
            if (closesItsNamesake(name) && !open.empty() && open.back() == name)
                open.pop_back();
            if (int(open.size()) >= maxDepth) {
                drop = true;
                ++dropped[name];
            } else {
                open.push_back(name);
            }
            if (isRawTextElement(name))
                next = findEndTag(s, n, tagEnd, name);
        }
        if (drop) {
            out.append(s + copied, i - copied);
            copied = tagEnd;
            changed = true;
        }
        i = next;
    }
    if (!changed)
        return html;
    out.append(s + copied, n - copied);
    return out;
}

// Gumbo builds trees of any depth, and what reads them afterwards (content extraction, dates,
// gumbo's own clean-up) walks them recursively: 100,000 unclosed <b><i> overflowed the stack. No
// page needs more than a few dozen levels, so below HtmlReader::MaxDepth every descendant of an
// element is lifted to be its direct child, in document order: all the text stays, in order, and
// only the deepest markup (which can no longer frame anything) is flattened.
void flattenDeepNesting(GumboNode* document, int maxDepth)
{
    std::vector<std::pair<GumboNode*, int>> stack { { document, 0 } };
    std::vector<GumboNode*> lifted;
    std::vector<GumboNode*> pending;
    while (!stack.empty()) {
        const auto [node, depth] = stack.back();
        stack.pop_back();
        GumboVector* children = childrenOf(node);
        if (!children || children->length == 0)
            continue;
        if (depth < maxDepth) {
            for (unsigned i = children->length; i-- > 0;)
                stack.emplace_back(static_cast<GumboNode*>(children->data[i]), depth + 1);
            continue;
        }
        // Every descendant, pre-order; each keeps its attributes and loses its children, which
        // now follow it as its siblings.
        lifted.clear();
        pending.assign(1, node);
        bool deeper = false;
        while (!pending.empty()) {
            GumboNode* n = pending.back();
            pending.pop_back();
            if (n != node)
                lifted.push_back(n);
            GumboVector* below = childrenOf(n);
            if (!below)
                continue;
            deeper = deeper || (n != node && below->length > 0);
            for (unsigned i = below->length; i-- > 0;)
                pending.push_back(static_cast<GumboNode*>(below->data[i]));
            if (n != node)
                below->length = 0; // the array itself is freed with the node, as before
        }
        if (!deeper)
            continue;
        // gumbo's default allocator is malloc, so its vectors can be replaced with malloc'd ones.
        void** data = static_cast<void**>(std::malloc(sizeof(void*) * lifted.size()));
        if (!data)
            continue;
        for (size_t i = 0; i < lifted.size(); ++i) {
            lifted[i]->parent = node;
            lifted[i]->index_within_parent = i;
            data[i] = lifted[i];
        }
        std::free(children->data);
        children->data = data;
        children->length = unsigned(lifted.size());
        children->capacity = unsigned(lifted.size());
    }
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

// A script of one short text (a redirect is one line), read without converting long programs.
bool isShortScript(const GumboNode* node)
{
    constexpr size_t MaxRedirectScriptBytes = 8192;
    const GumboVector& children = node->v.element.children;
    if (children.length != 1)
        return false;
    const auto* text = static_cast<const GumboNode*>(children.data[0]);
    return text->type == GUMBO_NODE_TEXT && text->v.text.original_text.length <= MaxRedirectScriptBytes;
}

// Where a redirecting page sends the browser: `<meta http-equiv="refresh" content="0; url=…">`
// or a script's `location.href = "…"` / `location.replace("…")`. Only absolute web addresses.
QString redirectTarget(const QString& text)
{
    if (!text.contains(QLatin1String("url"), Qt::CaseInsensitive)
        && !text.contains(QLatin1String("location")))
        return {};
    static const QRegularExpression target(
        QStringLiteral("(?:^\\s*\\d+\\s*[;,]\\s*url\\s*=\\s*['\"]?|\\blocation(?:\\.href)?\\s*=\\s*['\"]|"
                       "\\blocation\\.(?:replace|assign)\\(\\s*['\"])(https?://[^'\"\\s]+)"),
        Ci);
    const QRegularExpressionMatch m = target.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
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
    const QByteArray utf8 = limitNesting(html.toUtf8(), MaxDepth);
    const std::unique_ptr<GumboOutput, GumboDeleter> doc(
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())));
    if (!doc)
        return result;
    flattenDeepNesting(doc->document, MaxDepth);

    QString ogTitle, htmlTitle, jsonHeadline, canonical, ogUrl, siteName, redirect;
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
            else if (attr(node, "http-equiv").toLower() == QLatin1String("refresh") && redirect.isEmpty())
                redirect = redirectTarget(content);
            break;
        }
        case GUMBO_TAG_LINK:
            if (attr(node, "rel").toLower() == QLatin1String("canonical"))
                canonical = attr(node, "href");
            break;
        case GUMBO_TAG_SCRIPT:
            if (attr(node, "type").toLower() == QLatin1String("application/ld+json")) {
                findMetaInJson(parseJsonLd(plainText(node).toUtf8()), hints, jsonHeadline);
            } else if (redirect.isEmpty() && isShortScript(node)) {
                redirect = redirectTarget(plainText(node));
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
    // A page saved while a shield or consent wall redirected the browser names the article it
    // was going to: that address is the page's, when the page names no other.
    if (hints.sourceUrl.isEmpty() && !redirect.isEmpty()) {
        hints.sourceUrl = redirect;
        hints.sourceOrigin = QStringLiteral("redirect target");
    }
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
