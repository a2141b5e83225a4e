#include "core/ingest/HtmlDateFinder.h"

#include "core/ingest/JsonLd.h"

#include "core/ingest/DateParser.h"
#include "core/ingest/HtmlPageZones.h"
#include "core/ingest/PlainTextReader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <gumbo.h>

#include <algorithm>
#include <cstring>

namespace ql {

namespace {

using namespace htmlpage;

// Dated elements kept per zone: the page's own stamp comes first; later ones date other stories.
constexpr int MaxElementsPerZone = 2;
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

// Words that label the publication date printed on a page ("Veröffentlicht am", "Datum:",
// "Publié le", "Posted on", "Von Jane Doe am"), in the languages the parser reads. Ends the
// text before the date; a weekday may stand between.
const QRegularExpression& publicationLabel()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?:ver\u00f6ffentlicht|publiziert|erstellt|geschrieben|eingestellt|datum|"
                       "date|dated|published|posted|publi\u00e9e?|publication|mise en ligne|"
                       "erschienen|publicad[oa]|fecha|pubblicato|"
                       "gepubliceerd|geplaatst|opublikowano|publikov\u00e1no|publicerad|publiceret|publisert|"
                       "julkaistu|\\b(?:von|by|par|por|di|door|autor|author|auteur|verfasst)\\b.{1,60}\\b(?:"
                       "am|on|le|el|il|op|em))"
                       "(?:\\s+(?:am|on|le|el|em|il|op|dnia|den))?[\\s:|\u2013\u2014-]*"
                       "(?:\\p{L}{2,12}\\.?,?\\s*)?$"),
        CiU);
    return re;
}

// How far into a theme's sentence about the post its date may stand.
constexpr qsizetype EntrySentenceReach = 120;

// The opening of a blog theme's sentence about the post ("This entry was posted", "Dieser
// Beitrag wurde", "Cet article a été publié"): the date that follows is the post's.
const QRegularExpression& entrySentence()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:this|dieser|diese[rs]?|ce(?:t|tte)?|este|esta|questo|deze|dit)\\s+"
                       "(?:entry|post|article|beitrag|eintrag|artikel|billet|art\u00edculo|articolo|"
                       "entrada|bericht)\\s+(?:was|wurde|a\\s+\u00e9t\u00e9|fue|\u00e8\\s+stato|werd|is)\\b"),
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
    LineCollector(const QSet<const GumboNode*>& keep, const GumboNode* headlineNode)
        : m_keep(keep)
        , m_headline(headlineNode)
    { }

    QList<PageLine> lines;
    int headline = -1; // index of the first line after the headline

    void walk(const GumboNode* node, int depth = 0)
    {
        if (depth > MaxWalkDepth)
            return;
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
            if (isForeignZone(node, names, m_keep) || isHiddenElement(node))
                return;
            block = isBlockTag(t);
            if (block)
                flush();
            if (node == m_headline && headline < 0) {
                const GumboVector& children = node->v.element.children;
                for (unsigned i = 0; i < children.length; ++i)
                    walk(static_cast<const GumboNode*>(children.data[i]), depth + 1);
                flush();
                headline = int(lines.size());
                return;
            }
        }
        const GumboVector& children = childrenOf(node);
        for (unsigned i = 0; i < children.length; ++i)
            walk(static_cast<const GumboNode*>(children.data[i]), depth + 1);
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
    const GumboNode* m_headline;
    QString m_current;
};

class Collector
{
public:
    explicit Collector(const GumboNode* document)
        : m_keep(contentAncestors(document, &m_entry, &m_headline))
    { }

    QList<DateCandidate> out;

    void walk(const GumboNode* node, bool inArticle, bool foreign, int depth = 0)
    {
        if (depth > MaxWalkDepth)
            return;
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
            if (isArticleRoot(node) || node == m_entry) {
                inArticle = true;
                m_sawArticle = true;
            }
            if (!m_inHead && readElement(node, names, inArticle, foreign))
                return; // a dated element's children say the same again
        }
        const GumboVector& children = childrenOf(node);
        for (unsigned i = 0; i < children.length; ++i)
            walk(static_cast<const GumboNode*>(children.data[i]), inArticle, foreign, depth + 1);
    }

    void finish(const GumboNode* document)
    {
        // A <time> outside any article may be the masthead's "today": only a page without an
        // article container at all is dated by it.
        if (!m_sawArticle && m_looseTime.date.isValid())
            out.append(m_looseTime);
        // A wiki page is never published once: what it states for itself is its last revision
        // (the footer's "last edited" line, else JSON-LD dateModified); its datePublished is the
        // first revision of the page, years before the text the reader sees.
        if (m_wiki) {
            for (DateCandidate& c : out) {
                if (c.origin.startsWith(QLatin1String("JSON-LD dateModified")))
                    c = { c.date, QStringLiteral("JSON-LD dateModified of a wiki page"),
                        DateCandidate::Structured, c.utcMinute };
                else if (c.trust != DateCandidate::Updated)
                    c.trust = DateCandidate::PageText;
            }
            if (m_wikiEdit.date.isValid())
                out.prepend(m_wikiEdit);
        }
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
                || c.origin.startsWith(QLatin1String("itemprop "))
                || c.origin.startsWith(QLatin1String("element ."));
            if (machine && c.trust <= DateCandidate::MetaDate && bySource.value(c.origin).size() > 1) {
                c.trust = DateCandidate::PageText;
                c.origin += QStringLiteral(" of a list");
            }
        }
        // The last resort, after every date the page states: a picture is filed the day its story
        // is written, and older stock pictures are filed by month only.
        if (m_imageDate.date.isValid())
            out.append(m_imageDate);
        // The printed dates are always read: they are the fallback, the arbiter of a UTC stamp's
        // day, the new day of a republished page and the update the page shows its reader.
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
        LineCollector text(m_keep, m_headline);
        text.walk(document);
        text.flush();
        bool labelled = false;
        bool nearHeadline = false;
        for (qsizetype i = 0; i < text.lines.size(); ++i) {
            const QString& line = text.lines.at(i).text;
            const bool atHeadline = text.headline >= 0 && i >= text.headline - 2 && i <= text.headline + 12;
            if (line.size() > MaxStampText) {
                // A blog theme's sentence about the post itself ("This entry was posted on
                // Saturday, December 3rd, 2011 and is filed under …", "Dieser Beitrag wurde am
                // 3. Dezember 2011 veröffentlicht und unter … abgelegt").
                if (!labelled && entrySentence().match(line).hasMatch()) {
                    const DateMatch d = DateParser::find(QStringView(line).left(EntrySentenceReach));
                    if (d.date.isValid()) {
                        out.append(
                            { d.date, QStringLiteral("printed publication date"), DateCandidate::Dateline });
                        labelled = true;
                        continue;
                    }
                }
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
            if (!m.date.isValid()) {
                // "02.12.19" alone at the headline: the short stamp of German-speaking sites.
                const QDate shortYear
                    = atHeadline && !nearHeadline ? DateParser::parseShortYear(line) : QDate();
                if (shortYear.isValid()) {
                    out.append(
                        { shortYear, QStringLiteral("date at the headline"), DateCandidate::PageStamp });
                    nearHeadline = true;
                }
                continue;
            }
            QString before = line.left(m.start);
            if (before.trimmed().isEmpty() && i > 0 && text.lines.at(i - 1).text.size() <= 80)
                before = text.lines.at(i - 1).text; // the label in an element of its own
            if (labelsUpdate(before)) {
                // Printed at the headline it is the day the page shows; in the body or its end it
                // is a note about a later edit.
                out.append({ m.date, QStringLiteral("printed \"updated\" date"), DateCandidate::Updated, -1,
                    atHeadline && m.start <= 60 });
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
            if (!nearHeadline && atHeadline && m.start <= 60
                && !DateParser::opensDayRange(QStringView(line).mid(m.start + m.length))) {
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
        if (key == QLatin1String("generator") && content.startsWith(QLatin1String("MediaWiki")))
            m_wiki = true;
        if (!foreign && !m_imageDate.date.isValid()
            && (key == QLatin1String("og:image") || key == QLatin1String("og:image:url")
                || key == QLatin1String("og:image:secure_url") || key == QLatin1String("twitter:image"))) {
            // The page's own picture, filed by its upload day (/files/2016/05/04/x.png).
            static const QRegularExpression dayPath(
                QStringLiteral("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})/[^/]+$"));
            const QRegularExpressionMatch m = dayPath.match(content);
            const QDate d = m.hasMatch()
                ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt())
                : QDate();
            if (d.isValid())
                m_imageDate = { d, QStringLiteral("the day the page's image was filed (%1)").arg(key),
                    DateCandidate::PageText };
        }
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
        // Broken JSON-LD is common (undefined here); the page's other stamps still count.
        readJsonValue(parseJsonLd(text.toUtf8()));
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
        // RDFa on any element (<span property="schema:dateCreated" content="…">, Drupal's way):
        // read by the same name rules as <meta>.
        const QString property = attr(node, "property").toLower();
        if (!property.isEmpty() && t != GUMBO_TAG_TIME) {
            const QString content = attr(node, "content");
            const MetaKind kind = content.isEmpty() ? MetaKind::None : metaKind(property);
            if (kind != MetaKind::None) {
                const DateCandidate::Trust trust = kind == MetaKind::Modified ? DateCandidate::Updated
                    : foreign                                                 ? DateCandidate::PageText
                    : kind == MetaKind::Generic                               ? DateCandidate::MetaDate
                                                                              : DateCandidate::Markup;
                add(content, QStringLiteral("RDFa %1").arg(property), trust);
                return true;
            }
        }
        // A MediaWiki page's footer line "This page was last edited on …": the day a wiki page
        // shows for itself (read even in the footer; finish() uses it only on a wiki).
        if (!m_wikiEdit.date.isValid() && attr(node, "id") == QLatin1String("footer-info-lastmod")) {
            const DateMatch m = DateParser::find(shortText(node));
            if (m.date.isValid())
                m_wikiEdit
                    = { m.date, QStringLiteral("wiki \"last edited\" line"), DateCandidate::Structured };
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
        // A hidden element's text is markup for machines, not a date printed for the reader.
        if (!isDateClass(names) || isHiddenElement(node))
            return false;
        int& count = inArticle ? m_articleElements : m_pageElements;
        if (count >= MaxElementsPerZone)
            return false;
        const QString text = shortText(node);
        if (text.isEmpty())
            return false;
        DateMatch m = DateParser::find(text);
        if (!m.date.isValid()) {
            m.date = DateParser::parseShortYear(text); // a date element printing "28.01.22"
            m.start = 0;
        }
        if (!m.date.isValid())
            return false;
        ++count;
        const QString cls = attr(node, "class").section(QLatin1Char(' '), 0, 0);
        const QString origin = QStringLiteral("element .%1").arg(cls.isEmpty() ? attr(node, "id") : cls);
        // Only a label the reader sees makes it the page's printed update; a class name alone
        // ("updated" on a hidden microformat stamp) is the CMS's bookkeeping.
        const bool labelled = labelsUpdate(QStringView(text).left(m.start));
        if (updateClass || labelled)
            out.append(
                { m.date, origin + QStringLiteral(", updated"), DateCandidate::Updated, -1, labelled });
        else
            out.append({ m.date, origin, inArticle ? DateCandidate::Markup : DateCandidate::PageText });
        return true;
    }

    // Set by m_keep's initialiser, so declared before it.
    const GumboNode* m_entry = nullptr;
    const GumboNode* m_headline = nullptr;
    const QSet<const GumboNode*> m_keep;
    bool m_inHead = false;
    bool m_sawArticle = false;
    bool m_wiki = false; // the page says it is made by MediaWiki
    DateCandidate m_wikiEdit;
    DateCandidate m_imageDate; // from the page's og:image / twitter:image address
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
