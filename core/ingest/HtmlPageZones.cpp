#include "core/ingest/HtmlPageZones.h"

#include "core/ingest/PlainTextReader.h"

#include <QList>
#include <QStringList>

#include <cstring>

namespace ql::htmlpage {

namespace {

// Element siblings on each side of the headline that belong to it (kicker, date, byline).
constexpr int HeadlineNeighbours = 2;

// A blog post marked up as a microformat entry (class hentry / h-entry, itemprop blogPost).
bool isEntry(const GumboNode* n)
{
    static const QRegularExpression entry(QStringLiteral("(?:^|\\s)h-?entry(?:$|\\s)"), CiU);
    const GumboAttribute* itemprop = gumbo_get_attribute(&n->v.element.attributes, "itemprop");
    if (itemprop && qstricmp(itemprop->value, "blogPost") == 0)
        return true;
    const GumboAttribute* cls = gumbo_get_attribute(&n->v.element.attributes, "class");
    return cls && std::strstr(cls->value, "entry") && entry.match(QString::fromUtf8(cls->value)).hasMatch();
}

QString normalised(const QString& text)
{
    return text.simplified().toLower();
}

// The article's headline: the first <h1> the page's title names (a site prints its name or a
// greeting in an <h1> too), else an <h2>/<h3> the title names (themes that keep <h1> for the
// logo), else the first <h1>.
const GumboNode* pickHeadline(const QList<const GumboNode*>& headings, const QStringList& titles)
{
    constexpr qsizetype MinHeadline = 8;
    const GumboNode* firstH1 = nullptr;
    for (const bool wantH1 : { true, false }) {
        for (const GumboNode* h : headings) {
            const bool isH1 = h->v.element.tag == GUMBO_TAG_H1;
            if (isH1 != wantH1)
                continue;
            if (isH1 && !firstH1)
                firstH1 = h;
            const QString text = normalised(shortText(h));
            if (text.size() < MinHeadline)
                continue;
            for (const QString& title : titles) {
                if (title.contains(text) || (title.size() >= MinHeadline && text.contains(title)))
                    return h;
            }
        }
    }
    return firstH1;
}

// Zones whose dates belong to other stories or to the site: comments, teasers, navigation.
// Whether an <article> element holds `node` (the page's own story or one of its items).
bool insideArticle(const GumboNode* node)
{
    for (const GumboNode* p = node->parent; p && isElement(p); p = p->parent)
        if (p->v.element.tag == GUMBO_TAG_ARTICLE)
            return true;
    return false;
}

} // namespace

QString attr(const GumboNode* node, const char* name)
{
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value).trimmed() : QString();
}

bool isElement(const GumboNode* node)
{
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

const GumboVector& childrenOf(const GumboNode* node)
{
    return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

// The text of a small element, or empty when it holds more than a stamp would.
QString shortText(const GumboNode* node)
{
    QString out;
    bool tooLong = false;
    const auto walk = [&](const auto& self, const GumboNode* n, int depth) -> void {
        if (tooLong || depth > MaxWalkDepth)
            return;
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
            out += QString::fromUtf8(n->v.text.text);
            tooLong = out.size() > 4 * MaxStampText;
            return;
        }
        if (!isElement(n))
            return;
        const GumboTag t = n->v.element.tag;
        if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT)
            return;
        out += QLatin1Char(' ');
        const GumboVector& children = n->v.element.children;
        for (unsigned i = 0; i < children.length; ++i)
            self(self, static_cast<const GumboNode*>(children.data[i]), depth + 1);
    };
    walk(walk, node, 0);
    if (tooLong)
        return {};
    out = PlainTextReader::cleanLine(out);
    return out.size() > MaxStampText ? QString() : out;
}

// The elements around the article's headline, its single entry and an itemprop=articleBody: a
// wrapper named "with-sidebar", "widget Blog" or "main nav" that holds the headline or the
// article's body holds the article, so it is never a foreign zone.
// `entry` receives the page's one microformat entry (a single blog post), or null when it has
// none or several (a list of posts dates other stories); `headline` the article's headline.
QSet<const GumboNode*> contentAncestors(
    const GumboNode* document, const GumboNode** entry, const GumboNode** headline)
{
    constexpr qsizetype MaxHeadings = 80;
    QList<const GumboNode*> entries;
    QList<const GumboNode*> headings;
    QStringList titles;
    QSet<const GumboNode*> around;
    const auto keepAncestors = [&around](const GumboNode* n) {
        for (const GumboNode* p = n->parent; p && !around.contains(p); p = p->parent)
            around.insert(p);
    };
    // The elements printed right above and below the headline ("02.01.2022" in an element a
    // theme calls "teaser-meta") are the article's own furniture, whatever their class says.
    const auto keepNeighbours = [&around](const GumboNode* n) {
        const GumboNode* parent = n->parent;
        if (!parent || !isElement(parent))
            return;
        const GumboVector& siblings = parent->v.element.children;
        const auto at = qsizetype(n->index_within_parent);
        for (const int dir : { -1, 1 }) {
            int found = 0;
            for (qsizetype i = at + dir;
                 i >= 0 && i < qsizetype(siblings.length) && found < HeadlineNeighbours; i += dir) {
                const auto* s = static_cast<const GumboNode*>(siblings.data[i]);
                if (isElement(s)) {
                    around.insert(s);
                    ++found;
                }
            }
        }
    };
    QList<const GumboNode*> stack { document };
    while (!stack.isEmpty()) {
        const GumboNode* n = stack.takeLast();
        if (!isElement(n) && n->type != GUMBO_NODE_DOCUMENT)
            continue;
        if (isElement(n)) {
            const GumboTag tag = n->v.element.tag;
            if ((tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3)
                && headings.size() < MaxHeadings)
                headings.append(n);
            else if (tag == GUMBO_TAG_TITLE && titles.isEmpty())
                titles.append(normalised(shortText(n)));
            else if (tag == GUMBO_TAG_META) {
                const GumboAttribute* property = gumbo_get_attribute(&n->v.element.attributes, "property");
                if (property && qstricmp(property->value, "og:title") == 0)
                    titles.append(normalised(attr(n, "content")));
            }
            const GumboAttribute* itemprop = gumbo_get_attribute(&n->v.element.attributes, "itemprop");
            if (itemprop && qstricmp(itemprop->value, "articleBody") == 0)
                keepAncestors(n);
            if (entries.size() < 2 && isEntry(n))
                entries.append(n);
        }
        const GumboVector& children = childrenOf(n);
        for (unsigned i = children.length; i > 0; --i) // reversed: the stack pops in document order
            stack.append(static_cast<const GumboNode*>(children.data[i - 1]));
    }
    titles.removeAll(QString());
    *headline = pickHeadline(headings, titles);
    if (*headline) {
        keepAncestors(*headline);
        keepNeighbours(*headline);
    }
    *entry = entries.size() == 1 ? entries.constFirst() : nullptr;
    if (*entry) {
        keepAncestors(*entry);
        around.insert(*entry);
    }
    return around;
}

bool isForeignZone(const GumboNode* node, const QString& names, const QSet<const GumboNode*>& keep)
{
    switch (node->v.element.tag) {
    case GUMBO_TAG_FOOTER:
        // An <article>'s own <footer> holds its byline and date (HTML: the footer of its nearest
        // sectioning element); any other footer is the site's.
        return !(node->parent && isElement(node->parent) && node->parent->v.element.tag == GUMBO_TAG_ARTICLE);
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_MENU:
        return true;
    case GUMBO_TAG_ASIDE:
        // HTML: an <aside> inside an <article> is about that article (its date, author, tags
        // box); anywhere else it is the site's sidebar. Its class still has to pass below.
        if (!insideArticle(node))
            return true;
        break;
    // Whole-page wrappers carry page-wide classes ("has-sidebar", "single-post"): never a zone.
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ARTICLE:
        return false;
    default:
        break;
    }
    if (keep.contains(node))
        return false;
    // The site's masthead (a <header> outside any article that does not hold the headline: kept
    // nodes are out already) prints today's date, not the article's.
    if (node->v.element.tag == GUMBO_TAG_HEADER) {
        bool inContent = false;
        for (const GumboNode* p = node->parent; p && isElement(p) && !inContent; p = p->parent)
            inContent = p->v.element.tag == GUMBO_TAG_ARTICLE || p->v.element.tag == GUMBO_TAG_MAIN;
        if (!inContent)
            return true;
    }
    static const QRegularExpression re(
        QStringLiteral("(?:^|[\\s_-])(?:comment|comments|reply|replies|respond|related|relatedposts|sidebar|"
                       "widget|teaser|teasers|recommend|recommended|more-stories|popular|trending|mostread|"
                       "most-read|\\w*nav|\\w*navbar|navigation|menu|breadcrumbs?|ticker|newsticker|"
                       "also|readmore|read-more|next|prev|previous|archive|calendar|latest|recent)"
                       "(?:$|[\\s_-])"),
        CiU);
    // The site's footer, not an article's own ("post-footer", "entry-footer" print its date).
    static const QRegularExpression siteFooter(
        QStringLiteral("(?:^|\\s)(?:footer|footer[-_]\\S*|(?:site|page|global|main)[-_]?footer)(?:$|\\s)"),
        CiU);
    if (names.size() <= 2)
        return false;
    if (siteFooter.match(names).hasMatch()) {
        // A footer classed as such inside an element that names an article ("news-single" >
        // "article" > "footer") is that article's own, where its date stands.
        static const QRegularExpression articleClass(
            QStringLiteral("(?:^|[\\s_-])(?:article|post|entry|story)(?:$|[\\s_-])"), CiU);
        const GumboNode* parent = node->parent;
        return !(parent && isElement(parent) && articleClass.match(attr(parent, "class")).hasMatch());
    }
    if (!re.match(names).hasMatch())
        return false;
    // An article's own sidebar ("sidebar__item" in a post's layout) holds its date and byline;
    // the site's sidebar is outside every article. Another foreign word still marks it.
    static const QRegularExpression sidebarWord(
        QStringLiteral("(?<![\\p{L}\\d])sidebar(?![\\p{L}\\d])"), CiU);
    if (insideArticle(node) && sidebarWord.match(names).hasMatch())
        return re.match(QString(names).remove(sidebarWord)).hasMatch();
    return true;
}

bool isArticleRoot(const GumboNode* node)
{
    const GumboTag t = node->v.element.tag;
    if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN)
        return true;
    const QString itemprop = attr(node, "itemprop").toLower();
    if (itemprop == QLatin1String("articlebody"))
        return true;
    const QString type = attr(node, "itemtype").toLower();
    if (type.contains(QLatin1String("article")) || type.contains(QLatin1String("blogposting")))
        return true;
    return attr(node, "role").toLower() == QLatin1String("main");
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
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BODY:
        return true;
    default:
        return false;
    }
}

bool isHiddenElement(const GumboNode* node)
{
    if (!isElement(node))
        return false;
    if (gumbo_get_attribute(&node->v.element.attributes, "hidden"))
        return true;
    QString style = attr(node, "style");
    if (!style.isEmpty()) {
        style.remove(QLatin1Char(' '));
        if (style.contains(QLatin1String("display:none"), Qt::CaseInsensitive))
            return true;
    }
    const QString classes = attr(node, "class");
    if (classes.isEmpty())
        return false;
    for (const QStringView token : QStringView(classes).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (token.compare(QLatin1String("hidden"), Qt::CaseInsensitive) == 0
            || token.compare(QLatin1String("d-none"), Qt::CaseInsensitive) == 0
            || token.compare(QLatin1String("is-hidden"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace ql::htmlpage
