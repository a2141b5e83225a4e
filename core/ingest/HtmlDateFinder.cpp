#include "HtmlDateFinder.h"

#include "DateParser.h"
#include "PlainTextReader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <gumbo.h>

#include <algorithm>

namespace ql {

namespace {

constexpr auto CiU
    = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
// A dated element longer than this is a container (a teaser list, a paragraph), not a stamp.
constexpr qsizetype MaxStampText = 200;
// Dated elements kept per zone: the page's own stamp comes first; later ones date other stories.
constexpr int MaxElementsPerZone = 2;

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
    const auto walk = [&](const auto& self, const GumboNode* n) -> void {
        if (tooLong)
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
            self(self, static_cast<const GumboNode*>(children.data[i]));
    };
    walk(walk, node);
    if (tooLong)
        return {};
    out = PlainTextReader::cleanLine(out);
    return out.size() > MaxStampText ? QString() : out;
}

// Words before a printed date that make it an update stamp, in the languages the parser reads.
bool labelsUpdate(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("updat|modif|revised|aktualisiert|ge\u00e4ndert|mis \u00e0 jour|actualiz|aggiornat|"
                       "bijgewerkt|atualizad|zaktualizowan|aktualizov|\u043e\u0431\u043d\u043e\u0432\u043b"),
        CiU);
    return re.match(text.toString()).hasMatch(); // Qt 5 matches QString only
}

enum class MetaKind { None, OpenGraph, Publication, Generic, Modified };

// What a <meta> name says about its date. General rules over name parts, not a list of sites:
// published/issued/pubdate/… is a publication stamp, modified/updated/expires is not, and a bare
// "date" (dc.date, sailthru.date) is a weaker publication stamp.
MetaKind metaKind(const QString& key)
{
    static const QRegularExpression modified(
        QStringLiteral("modif|updat|lastmod|last-mod|revis|expir|\\bend|valid|refresh|cache|retriev"), CiU);
    static const QRegularExpression openGraph(
        QStringLiteral("^(?:og:)?article:published(?:_time)?$|^og:published_time$"), CiU);
    static const QRegularExpression publication(
        QStringLiteral(
            "publish|pubdate|pub[_-]date|issued|firstpub|publication|datecreated|dcterms\\.created|"
            "dc:date\\.created|uploaded|release_?date"),
        CiU);
    static const QRegularExpression generic(
        QStringLiteral("(?:^|[.:_-])(?:date|datetime|created|uploaddate|citation_date|timestamp)$"), CiU);
    if (modified.match(key).hasMatch())
        return MetaKind::Modified;
    if (openGraph.match(key).hasMatch())
        return MetaKind::OpenGraph;
    if (publication.match(key).hasMatch())
        return MetaKind::Publication;
    if (generic.match(key).hasMatch())
        return MetaKind::Generic;
    return MetaKind::None;
}

// Class/id words that mark an element printing the article's date ("entry-date", "post-meta",
// "datum", "fecha", "byline"); update stamps are told apart by labelsUpdate().
bool isDateClass(const QString& names)
{
    static const QRegularExpression re(
        QStringLiteral("date|datum|fecha|time|zeit|publi|posted|byline|meta|info|data|dateline|"
                       "stamp|submitted|calendar"),
        CiU);
    return names.size() > 2 && re.match(names).hasMatch();
}

// The elements around the page's first <h1> and around an itemprop=articleBody: a wrapper
// named "with-sidebar", "widget Blog" or "main nav" that holds the headline or the article's
// body holds the article, so it is never a foreign zone.
QSet<const GumboNode*> contentAncestors(const GumboNode* document)
{
    QSet<const GumboNode*> around;
    bool headlineSeen = false;
    const auto keepAncestors = [&around](const GumboNode* n) {
        for (const GumboNode* p = n->parent; p && !around.contains(p); p = p->parent)
            around.insert(p);
    };
    QList<const GumboNode*> stack { document };
    while (!stack.isEmpty()) {
        const GumboNode* n = stack.takeLast();
        if (!isElement(n) && n->type != GUMBO_NODE_DOCUMENT)
            continue;
        if (isElement(n)) {
            if (!headlineSeen && n->v.element.tag == GUMBO_TAG_H1) {
                headlineSeen = true;
                keepAncestors(n);
            }
            const GumboAttribute* itemprop = gumbo_get_attribute(&n->v.element.attributes, "itemprop");
            if (itemprop && qstricmp(itemprop->value, "articleBody") == 0)
                keepAncestors(n);
        }
        const GumboVector& children = childrenOf(n);
        for (unsigned i = children.length; i > 0; --i) // reversed: the stack pops in document order
            stack.append(static_cast<const GumboNode*>(children.data[i - 1]));
    }
    return around;
}

// Zones whose dates belong to other stories or to the site: comments, teasers, navigation.
bool isForeignZone(const GumboNode* node, const QString& names, const QSet<const GumboNode*>& keep)
{
    switch (node->v.element.tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MENU:
        return true;
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
    return names.size() > 2 && (re.match(names).hasMatch() || siteFooter.match(names).hasMatch());
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

QString typeOf(const QJsonObject& o)
{
    const QJsonValue t = o.value(QLatin1String("@type"));
    if (t.isArray()) {
        QStringList parts;
        for (const QJsonValue& v : t.toArray())
            parts.append(v.toString());
        return parts.join(QLatin1Char(' '));
    }
    return t.toString();
}

bool isArticleType(const QString& type)
{
    static const QRegularExpression re(
        QStringLiteral("article|posting|report|blog|creativework|scholarly|liveblog|review|recipe|"
                       "howto|analysis|opinion|backgroundnews"),
        CiU);
    return re.match(type).hasMatch();
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

// Words that label the publication date printed on a page ("Veröffentlicht am", "Datum:",
// "Publié le", "Posted on", "Von Jane Doe am"), in the languages the parser reads. Ends the
// text before the date; a weekday may stand between.
const QRegularExpression& publicationLabel()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?:ver\u00f6ffentlicht|publiziert|erstellt|geschrieben|eingestellt|datum|"
                       "date|dated|published|posted|publi\u00e9e?|publication|publicad[oa]|fecha|pubblicato|"
                       "gepubliceerd|geplaatst|opublikowano|publikov\u00e1no|publicerad|publiceret|publisert|"
                       "julkaistu|\\b(?:von|by|par|por|di|door|autor|author|auteur|verfasst)\\b.{1,60}\\b(?:"
                       "am|on|le|el|il|op|em))"
                       "(?:\\s+(?:am|on|le|el|em|il|op|dnia|den))?[\\s:|\u2013\u2014-]*"
                       "(?:\\p{L}{2,12}\\.?,?\\s*)?$"),
        CiU);
    return re;
}

// The place a dateline opens with ("BRÜSSEL, ", "Karlsruhe, (", "Paris (AFP) – ").
const QRegularExpression& datelinePlace()
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(?:\\p{Lu}[\\p{L}.'\u2019-]*[ ,/]*){1,4}(?:\\(\\p{L}{2,10}\\)\\s*)?[,(\u2013\u2014-]*\\s*$"),
        CiU);
    return re;
}

// A printed line of the page's body, as the reader sees it.
struct PageLine
{
    QString text;
};

// The body's text as lines (one per block), leaving out scripts and zones that date other
// stories (comments, teasers, navigation). Only read when the page has no machine stamp.
class LineCollector
{
public:
    explicit LineCollector(const QSet<const GumboNode*>& keep)
        : m_keep(keep)
    { }

    QList<PageLine> lines;
    int headline = -1; // index of the first line after the first <h1>

    void walk(const GumboNode* node)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA
            || node->type == GUMBO_NODE_WHITESPACE) {
            if (m_current.size() < 4 * MaxStampText)
                m_current += QString::fromUtf8(node->v.text.text);
            return;
        }
        if (!isElement(node) && node->type != GUMBO_NODE_DOCUMENT)
            return;
        bool block = false;
        if (isElement(node)) {
            const GumboTag t = node->v.element.tag;
            switch (t) {
            case GUMBO_TAG_SCRIPT:
            case GUMBO_TAG_STYLE:
            case GUMBO_TAG_NOSCRIPT:
            case GUMBO_TAG_TEMPLATE:
            case GUMBO_TAG_HEAD:
            case GUMBO_TAG_SELECT:
            case GUMBO_TAG_BUTTON:
                return;
            default:
                break;
            }
            const QString names = attr(node, "class") + QLatin1Char(' ') + attr(node, "id");
            if (isForeignZone(node, names, m_keep))
                return;
            block = isBlockTag(t);
            if (block)
                flush();
            if (t == GUMBO_TAG_H1 && headline < 0) {
                const GumboVector& children = node->v.element.children;
                for (unsigned i = 0; i < children.length; ++i)
                    walk(static_cast<const GumboNode*>(children.data[i]));
                flush();
                headline = int(lines.size());
                return;
            }
        }
        const GumboVector& children = childrenOf(node);
        for (unsigned i = 0; i < children.length; ++i)
            walk(static_cast<const GumboNode*>(children.data[i]));
        if (block)
            flush();
    }

    void flush()
    {
        QString line = PlainTextReader::cleanLine(m_current);
        if (!line.isEmpty())
            lines.append({ std::move(line) });
        m_current.clear();
    }

private:
    const QSet<const GumboNode*>& m_keep;
    QString m_current;
};

class Collector
{
public:
    explicit Collector(const GumboNode* document)
        : m_keep(contentAncestors(document))
    { }

    QList<DateCandidate> out;

    void walk(const GumboNode* node, bool inArticle, bool foreign)
    {
        if (!isElement(node) && node->type != GUMBO_NODE_DOCUMENT)
            return;
        if (isElement(node)) {
            const GumboTag t = node->v.element.tag;
            if (t == GUMBO_TAG_META) {
                readMeta(node, foreign);
                return;
            }
            if (t == GUMBO_TAG_SCRIPT) {
                if (attr(node, "type").toLower() == QLatin1String("application/ld+json"))
                    readJsonLd(node);
                return;
            }
            if (t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT || t == GUMBO_TAG_TEMPLATE)
                return;
            if (t == GUMBO_TAG_HEAD)
                m_inHead = true;
            if (t == GUMBO_TAG_BODY)
                m_inHead = false;
            const QString names = attr(node, "class") + QLatin1Char(' ') + attr(node, "id");
            foreign = foreign || isForeignZone(node, names, m_keep);
            if (isArticleRoot(node)) {
                inArticle = true;
                m_sawArticle = true;
            }
            if (!m_inHead && readElement(node, names, inArticle, foreign))
                return; // a dated element's children say the same again
        }
        const GumboVector& children = childrenOf(node);
        for (unsigned i = 0; i < children.length; ++i)
            walk(static_cast<const GumboNode*>(children.data[i]), inArticle, foreign);
    }

    void finish(const GumboNode* document)
    {
        // A <time> outside any article may be the masthead's "today": only a page without an
        // article container at all is dated by it.
        if (!m_sawArticle && m_looseTime.date.isValid())
            out.append(m_looseTime);
        // One machine source (a meta name, JSON-LD, itemprop) giving several different dates is a
        // list of stories (teasers with microdata), not this page's stamp.
        QHash<QString, QList<QDate>> bySource;
        for (const DateCandidate& c : std::as_const(out)) {
            QList<QDate>& dates = bySource[c.origin];
            if (c.trust <= DateCandidate::MetaDate && !dates.contains(c.date))
                dates.append(c.date);
        }
        for (DateCandidate& c : out) {
            const bool machine = c.origin.startsWith(QLatin1String("meta "))
                || c.origin.startsWith(QLatin1String("JSON-LD "))
                || c.origin.startsWith(QLatin1String("itemprop "));
            if (machine && c.trust <= DateCandidate::MetaDate && bySource.value(c.origin).size() > 1) {
                c.trust = DateCandidate::PageText;
                c.origin += QStringLiteral(" of a list");
            }
        }
        // The printed dates are read when no local machine stamp dates the page: they are the
        // fallback, and the arbiter of a UTC stamp's day.
        const bool stamped = std::any_of(out.cbegin(), out.cend(),
            [](const DateCandidate& c) { return c.trust <= DateCandidate::Markup && !c.isUtc(); });
        if (!stamped)
            readPrintedDates(document);
        // The order choose() sees: by trust, then as the page gave them (Open Graph first).
        std::stable_sort(out.begin(), out.end(),
            [](const DateCandidate& a, const DateCandidate& b) { return a.trust < b.trust; });
    }

private:
    // Dates the page prints for its reader: a labelled one ("Veröffentlicht am 3. Mai 2021")
    // anywhere outside comments and teasers, else the first date line at the headline.
    void readPrintedDates(const GumboNode* document)
    {
        LineCollector text(m_keep);
        text.walk(document);
        text.flush();
        bool labelled = false;
        bool nearHeadline = false;
        for (qsizetype i = 0; i < text.lines.size(); ++i) {
            const QString& line = text.lines.at(i).text;
            const bool atHeadline = text.headline >= 0 && i >= text.headline - 2 && i <= text.headline + 12;
            if (line.size() > MaxStampText) {
                // Prose: its dates are events, but for the dateline that opens the article
                // ("Karlsruhe, (12.11.2021). Traditionell …").
                if (!nearHeadline && atHeadline) {
                    const DateMatch d = DateParser::find(QStringView(line).left(60));
                    if (d.date.isValid() && datelinePlace().match(line.left(d.start)).hasMatch()) {
                        out.append(
                            { d.date, QStringLiteral("dateline at the headline"), DateCandidate::PageStamp });
                        nearHeadline = true;
                    }
                }
                continue;
            }
            const DateMatch m = DateParser::find(line);
            if (!m.date.isValid())
                continue;
            QString before = line.left(m.start);
            if (before.trimmed().isEmpty() && i > 0 && text.lines.at(i - 1).text.size() <= 80)
                before = text.lines.at(i - 1).text; // the label in an element of its own
            if (labelsUpdate(before)) {
                out.append({ m.date, QStringLiteral("printed \"updated\" date"), DateCandidate::Updated });
                continue;
            }
            // "Dieser Beitrag wurde am 3. Dezember 2011 um 10:00 veröffentlicht": the verb after.
            static const QRegularExpression publishedAfter(
                QStringLiteral(
                    "^.{0,60}?\\b(?:ver\u00f6ffentlicht|geschrieben|erstellt|gepostet|published|posted|"
                    "written|"
                    "publi\u00e9|\u00e9crit|publicad[oa]|escrit[oa]|pubblicato|scritto|gepubliceerd|"
                    "geschreven)\\b"),
                CiU);
            const QString after = line.mid(m.start + m.length);
            const bool labelAfter = publishedAfter.match(after).hasMatch() && !labelsUpdate(after);
            if (!labelled && (publicationLabel().match(before).hasMatch() || labelAfter)) {
                out.append({ m.date, QStringLiteral("printed publication date"), DateCandidate::Dateline });
                labelled = true;
                continue;
            }
            // Under (or just above) the headline, where pages print the article's date.
            if (!nearHeadline && atHeadline && m.start <= 60) {
                out.append({ m.date, QStringLiteral("date at the headline"), DateCandidate::PageStamp });
                nearHeadline = true;
            }
        }
    }

    void add(const QString& value, const QString& origin, DateCandidate::Trust trust)
    {
        int utc = -1;
        const QDate d = DateParser::parse(value, &utc);
        if (d.isValid())
            out.append({ d, origin, trust, utc });
    }

    // `foreign`: a microdata <meta> inside a teaser or comment dates that item, not the page.
    void readMeta(const GumboNode* node, bool foreign)
    {
        QString key;
        for (const char* name : { "property", "name", "itemprop", "http-equiv" }) {
            key = attr(node, name).toLower();
            if (!key.isEmpty())
                break;
        }
        const QString content = attr(node, "content");
        if (key.isEmpty() || content.isEmpty())
            return;
        const MetaKind kind = metaKind(key);
        if (foreign && kind != MetaKind::Modified && kind != MetaKind::None) {
            add(content, QStringLiteral("meta %1 of another item").arg(key), DateCandidate::PageText);
            return;
        }
        switch (kind) {
        case MetaKind::OpenGraph:
            add(content, QStringLiteral("meta %1").arg(key), DateCandidate::Structured);
            break;
        case MetaKind::Publication:
            add(content, QStringLiteral("meta %1").arg(key),
                key == QLatin1String("datepublished") ? DateCandidate::Structured : DateCandidate::Markup);
            break;
        case MetaKind::Generic:
            add(content, QStringLiteral("meta %1").arg(key), DateCandidate::MetaDate);
            break;
        case MetaKind::Modified:
            add(content, QStringLiteral("meta %1").arg(key), DateCandidate::Updated);
            break;
        case MetaKind::None:
            break;
        }
    }

    void readJsonLd(const GumboNode* node)
    {
        QString text;
        const GumboVector& children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto* c = static_cast<const GumboNode*>(children.data[i]);
            if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA || c->type == GUMBO_NODE_WHITESPACE)
                text += QString::fromUtf8(c->v.text.text);
        }
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(text.trimmed().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return; // broken JSON-LD is common; the page's other stamps still count
        readJsonValue(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()));
    }

    // Top-level objects, @graph members and mainEntity state this page's dates; objects nested
    // under other keys (comments, list items, embedded videos, authors) describe something else.
    void readJsonValue(const QJsonValue& v)
    {
        if (v.isArray()) {
            for (const QJsonValue& item : v.toArray())
                readJsonValue(item);
            return;
        }
        if (!v.isObject())
            return;
        const QJsonObject o = v.toObject();
        const QString type = typeOf(o);
        const bool article = isArticleType(type);
        const bool page = type.contains(QLatin1String("WebPage"), Qt::CaseInsensitive);
        if (article || page || type.isEmpty()) {
            const DateCandidate::Trust trust = article ? DateCandidate::Structured : DateCandidate::Markup;
            // An object without @type is most often the page's own, written tersely.
            const QString label = article || type.isEmpty()
                ? QStringLiteral("JSON-LD datePublished")
                : QStringLiteral("JSON-LD %1 datePublished").arg(type);
            add(o.value(QLatin1String("datePublished")).toString(), label, trust);
            add(o.value(QLatin1String("dateCreated")).toString(), QStringLiteral("JSON-LD dateCreated"),
                DateCandidate::Markup);
            add(o.value(QLatin1String("dateModified")).toString(), QStringLiteral("JSON-LD dateModified"),
                DateCandidate::Updated);
        }
        for (const char* key : { "@graph", "mainEntity", "mainEntityOfPage" }) {
            const QJsonValue inner = o.value(QLatin1String(key));
            if (inner.isObject() || inner.isArray())
                readJsonValue(inner);
        }
    }

    // <time>, itemprop dates, <abbr class=published> and date-classed elements; true when the
    // element was read as a stamp.
    bool readElement(const GumboNode* node, const QString& names, bool inArticle, bool foreign)
    {
        const GumboTag t = node->v.element.tag;
        const QString itemprop = attr(node, "itemprop").toLower();
        if (itemprop == QLatin1String("datepublished") || itemprop == QLatin1String("datecreated")
            || itemprop == QLatin1String("datemodified")) {
            QString value = attr(node, "content");
            if (value.isEmpty())
                value = attr(node, "datetime");
            if (value.isEmpty())
                value = shortText(node);
            const DateCandidate::Trust trust = itemprop == QLatin1String("datemodified")
                ? DateCandidate::Updated
                : foreign                                    ? DateCandidate::PageText
                : itemprop == QLatin1String("datepublished") ? DateCandidate::Structured
                                                             : DateCandidate::Markup;
            add(value, QStringLiteral("itemprop %1").arg(itemprop), trust);
            return true;
        }
        if (foreign)
            return false;
        const bool updateClass = labelsUpdate(names);
        if (t == GUMBO_TAG_TIME) {
            const QString dt = attr(node, "datetime");
            const QString text = shortText(node);
            int utc = -1;
            const QDate d = DateParser::parse(dt.isEmpty() ? text : dt, &utc);
            if (!d.isValid())
                return false;
            if (updateClass || labelsUpdate(text)) {
                out.append({ d, QStringLiteral("<time datetime>, updated"), DateCandidate::Updated, utc });
                return true;
            }
            if (inArticle) {
                if (m_articleTimes++ < MaxElementsPerZone)
                    out.append({ d, QStringLiteral("<time datetime>"), DateCandidate::Markup, utc });
            } else if (!m_looseTime.date.isValid()) {
                m_looseTime = { d, QStringLiteral("<time datetime> outside the article"),
                    DateCandidate::PageText, utc };
            }
            return true;
        }
        if (t == GUMBO_TAG_ABBR && names.contains(QLatin1String("published"), Qt::CaseInsensitive)) {
            const QString title = attr(node, "title");
            add(title.isEmpty() ? shortText(node) : title, QStringLiteral("<abbr class=published>"),
                inArticle ? DateCandidate::Markup : DateCandidate::PageText);
            return true;
        }
        if (!isDateClass(names))
            return false;
        int& count = inArticle ? m_articleElements : m_pageElements;
        if (count >= MaxElementsPerZone)
            return false;
        const QString text = shortText(node);
        if (text.isEmpty())
            return false;
        const DateMatch m = DateParser::find(text);
        if (!m.date.isValid())
            return false;
        ++count;
        const QString cls = attr(node, "class").section(QLatin1Char(' '), 0, 0);
        const QString origin = QStringLiteral("element .%1").arg(cls.isEmpty() ? attr(node, "id") : cls);
        if (updateClass || labelsUpdate(QStringView(text).left(m.start)))
            out.append({ m.date, origin + QStringLiteral(", updated"), DateCandidate::Updated });
        else
            out.append({ m.date, origin, inArticle ? DateCandidate::Markup : DateCandidate::PageText });
        return true;
    }

    const QSet<const GumboNode*> m_keep;
    bool m_inHead = false;
    bool m_sawArticle = false;
    int m_articleTimes = 0;
    int m_articleElements = 0;
    int m_pageElements = 0;
    DateCandidate m_looseTime;
};

} // namespace

QList<DateCandidate> HtmlDateFinder::find(const GumboInternalNode* document) const
{
    if (!document)
        return {};
    Collector collector(document);
    collector.walk(document, false, false);
    collector.finish(document);
    return collector.out;
}

} // namespace ql
