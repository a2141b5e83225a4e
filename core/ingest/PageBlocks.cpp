#include "core/ingest/PageBlocks.h"

#include <array>
#include <cstring>
#include <string_view>

namespace ql {

namespace {

using namespace blockhints;

struct Stem
{
    std::string_view text;
    quint32 hints;
    bool whole; // must be the whole token; otherwise anywhere inside one ("commentlist", "topnav")
};

constexpr quint32 Furniture = Unlikely | Negative;

// Lower-case name parts: class="ArticleBody post-comments" gives "article", "body", "post", "comments".
constexpr std::array kStems = {
    Stem { "comment", Comment | Furniture, false },
    Stem { "disqus", Comment | Furniture, false },
    Stem { "replies", Comment | Furniture, false },
    Stem { "respond", Comment | Furniture, true },
    Stem { "discussion", Comment | Furniture, false },
    Stem { "sidebar", Furniture, false },
    Stem { "navbar", Furniture, false },
    Stem { "navigation", Furniture, false },
    Stem { "breadcrumb", Furniture, false },
    Stem { "pagination", Furniture, false },
    Stem { "pager", Furniture, true },
    Stem { "footer", Furniture, false },
    Stem { "masthead", Furniture, false },
    Stem { "related", Furniture, false },
    Stem { "recommend", Furniture, false },
    Stem { "outbrain", Furniture, false },
    Stem { "taboola", Furniture, false },
    Stem { "sponsor", Furniture, false },
    Stem { "advert", Furniture, false },
    Stem { "promo", Furniture, false },
    Stem { "newsletter", Furniture, false },
    Stem { "subscri", Furniture, false },
    Stem { "signup", Furniture, false },
    Stem { "social", Furniture, false },
    Stem { "share", Furniture, false },
    Stem { "sharing", Furniture, false },
    Stem { "cookie", Furniture, false },
    Stem { "consent", Furniture, false },
    Stem { "gdpr", Furniture, false },
    Stem { "popup", Furniture, false },
    Stem { "modal", Furniture, false },
    Stem { "overlay", Furniture, false },
    Stem { "widget", Furniture, false },
    Stem { "banner", Furniture, false },
    Stem { "trending", Furniture, false },
    Stem { "mostread", Furniture, false },
    Stem { "popular", Furniture, false },
    Stem { "shoutbox", Furniture, false },
    Stem { "skyscraper", Furniture, false },
    Stem { "teaser", Furniture, false },
    Stem { "recirc", Furniture, false },
    Stem { "toolbar", Furniture, false },
    Stem { "slider", Furniture, false },
    Stem { "carousel", Furniture, false },
    Stem { "slideshow", Furniture, false },
    Stem { "gallery", Furniture, false },
    Stem { "menu", Furniture, false },
    Stem { "dropdown", Furniture, false },
    Stem { "paywall", Furniture, false },
    Stem { "donate", Furniture, false },
    Stem { "login", Furniture, false },
    Stem { "supplement", Furniture, false },
    Stem { "rss", Furniture, true },
    Stem { "ad", Furniture, true },
    Stem { "ads", Furniture, true },
    Stem { "adv", Furniture, true },
    Stem { "advertisement", Furniture, true },
    Stem { "nav", Furniture, true },
    Stem { "aside", Furniture, true },
    Stem { "rail", Furniture, true },
    Stem { "tags", Furniture, true },
    Stem { "tag", Furniture, true },
    Stem { "more", Furniture, true },
    Stem { "extra", Furniture, true },
    Stem { "foot", Furniture, true },
    Stem { "links", Furniture, true },
    Stem { "print", Furniture, true },
    Stem { "next", Furniture, true },
    Stem { "prev", Furniture, true },
    Stem { "previous", Furniture, true },
    Stem { "nextprev", Furniture, true },
    Stem { "header", HeaderName | Furniture, true },
    Stem { "hero", HeaderName | Negative, true },
    Stem { "dek", HeaderName | Negative, true },
    Stem { "deck", HeaderName | Negative, true },
    Stem { "standfirst", HeaderName | Negative, false },
    Stem { "subtitle", HeaderName | Negative, false },
    Stem { "subheadline", HeaderName | Negative, false },
    Stem { "strapline", HeaderName | Negative, false },
    Stem { "kicker", HeaderName | Negative, false },
    Stem { "headline", HeaderName | Negative, false },
    Stem { "contact", Negative, false },
    Stem { "footnote", Negative, false },
    Stem { "media", Negative, true },
    Stem { "hidden", Negative, true },
    Stem { "byline", Byline | Negative, false },
    Stem { "author", Byline | Negative, false },
    Stem { "writer", Byline | Negative, false },
    Stem { "dateline", Byline | Negative, false },
    Stem { "contributor", Byline | Negative, false },
    Stem { "by", Byline | Negative, true },
    Stem { "caption", Caption | Negative, false },
    Stem { "credit", Caption | Negative, false },
    Stem { "legend", Caption | Negative, true },
    Stem { "date", Stamp | Negative, true },
    Stem { "time", Stamp | Negative, true },
    Stem { "timestamp", Stamp | Negative, false },
    Stem { "published", Stamp | Negative, true },
    Stem { "updated", Stamp | Negative, true },
    Stem { "pubdate", Stamp | Negative, false },
    Stem { "posted", Stamp | Negative, true },
    Stem { "meta", Stamp | Negative, true },
    Stem { "metadata", Stamp | Negative, true },
    Stem { "article", Positive | MaybeContent, false },
    Stem { "content", Positive | MaybeContent, false },
    Stem { "column", MaybeContent, false },
    Stem { "shadow", MaybeContent, false },
    Stem { "entry", Positive, false },
    Stem { "story", Positive, false },
    Stem { "prose", Positive, false },
    Stem { "richtext", Positive, false },
    Stem { "body", Positive | MaybeContent, true },
    Stem { "main", Positive | MaybeContent, true },
    Stem { "post", Positive, true },
    Stem { "text", Positive, true },
    Stem { "blog", Positive, true },
    Stem { "hentry", Positive, true },
    Stem { "page", Positive, true },
};

quint32 hintsOfToken(std::string_view token)
{
    quint32 h = 0;
    for (const Stem& s : kStems) {
        if (s.whole ? token == s.text : token.find(s.text) != std::string_view::npos)
            h |= s.hints;
    }
    // An opinion column is a "commentary", not a reader comment.
    if ((h & Comment) && token.find("commentary") != std::string_view::npos)
        h &= ~quint32(Comment | Furniture);
    // "topnav", "mainnav", "navlinks"
    if (token.size() > 3 && (token.substr(0, 3) == "nav" || token.substr(token.size() - 3) == "nav"))
        h |= Furniture;
    return h;
}

// Splits names at anything but letters and digits and where a lower-case letter meets an upper-case one.
quint32 hintsOfNames(const char* names, std::unordered_map<std::string, quint32>& cache)
{
    if (!names || !*names)
        return 0;
    const auto cached = cache.find(names);
    if (cached != cache.end())
        return cached->second;
    quint32 h = 0;
    std::string token;
    std::string lower;
    char prev = 0;
    auto finish = [&] {
        if (!token.empty())
            h |= hintsOfToken(token);
        token.clear();
    };
    for (const char* p = names; *p; ++p) {
        const char c = *p;
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum) {
            finish();
        } else {
            if (c >= 'A' && c <= 'Z' && prev >= 'a' && prev <= 'z')
                finish();
            token.push_back(char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
        }
        lower.push_back(char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
        prev = c;
    }
    finish();
    for (const char* hidden : { "sr-only", "visually-hidden", "visuallyhidden", "screen-reader",
             "screenreader", "offscreen", "element-invisible" }) {
        if (lower.find(hidden) != std::string::npos)
            h |= Hidden;
    }
    cache.emplace(names, h);
    return h;
}

const char* attributeOf(const GumboNode* node, const char* name)
{
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? a->value : nullptr;
}

bool equalsIgnoringCase(const char* value, std::string_view expected)
{
    if (!value)
        return false;
    const size_t n = std::strlen(value);
    if (n != expected.size())
        return false;
    for (size_t i = 0; i < n; ++i) {
        const char c = value[i];
        if (char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) != expected[i])
            return false;
    }
    return true;
}

bool hiddenByStyle(const char* style)
{
    if (!style)
        return false;
    std::string s;
    for (const char* p = style; *p; ++p) {
        if (*p != ' ')
            s.push_back(char(*p >= 'A' && *p <= 'Z' ? *p + ('a' - 'A') : *p));
    }
    return s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos;
}

// Elements whose content is never text of the article; they are not even measured.
bool isSkippedTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_AREA:
        return true;
    default:
        return false;
    }
}

// Tags newer than gumbo (<picture>, <dialog>) and custom elements are GUMBO_TAG_UNKNOWN.
bool isUnknownTag(const GumboNode* node, std::string_view name)
{
    if (node->v.element.tag != GUMBO_TAG_UNKNOWN)
        return false;
    GumboStringPiece piece = node->v.element.original_tag;
    if (!piece.data || piece.length == 0)
        return false;
    gumbo_tag_from_original_text(&piece);
    if (piece.length != name.size())
        return false;
    for (size_t i = 0; i < piece.length; ++i) {
        const char c = piece.data[i];
        if (char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) != name[i])
            return false;
    }
    return true;
}

bool isSkippedElement(const GumboNode* node)
{
    return node->type != GUMBO_NODE_ELEMENT || isSkippedTag(node->v.element.tag)
        || isUnknownTag(node, "picture");
}

// Phrasing content: text inside it belongs to the paragraph around it.
bool isInlineTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_ACRONYM:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_I:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_NOBR:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_U:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_LABEL:
        return true;
    default:
        return false;
    }
}

bool isFurnitureTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIELDSET:
        return true;
    default:
        return false;
    }
}

bool isHeadingTag(GumboTag t)
{
    return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
}

// A paragraph's own text directly inside these is scored as if it were a <p> child of theirs.
bool isContainerTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_UNKNOWN:
        return true;
    default:
        return false;
    }
}

struct TextCounts
{
    int chars = 0;
    int commas = 0;
};

TextCounts countText(const char* s)
{
    TextCounts c;
    bool space = false;
    const auto* p = reinterpret_cast<const unsigned char*>(s);
    for (; *p; ++p) {
        const unsigned char b = *p;
        if (b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f') {
            space = true;
            continue;
        }
        if (b >= 0x80 && b < 0xC0)
            continue; // continuation byte of a code point already counted
        if (b == 0xC2 && p[1] == 0xA0) { // no-break space
            ++p;
            space = true;
            continue;
        }
        if (space && c.chars > 0)
            ++c.chars;
        space = false;
        ++c.chars;
        if (b == ',' || (b == 0xEF && p[1] == 0xBC && p[2] == 0x8C)
            || (b == 0xE3 && p[1] == 0x80 && p[2] == 0x81) || (b == 0xD8 && p[1] == 0x8C))
            ++c.commas; // , ， 、 ،
    }
    return c;
}

} // namespace

bool PageBlocks::isSkipped(const GumboNode* node)
{
    return isSkippedElement(node);
}

bool PageBlocks::isInline(GumboTag t)
{
    return isInlineTag(t);
}

bool PageBlocks::isHeading(GumboTag t)
{
    return isHeadingTag(t);
}

bool PageBlocks::isContainer(GumboTag t)
{
    return isContainerTag(t);
}

const char* PageBlocks::attribute(const GumboNode* node, const char* name)
{
    return attributeOf(node, name);
}

PageBlocks::PageBlocks(const GumboNode* root)
{
    blocks.reserve(2048);
    scan(root, -1, -1, false, false);
    markInnerArticles();
}

void PageBlocks::scan(const GumboNode* node, int parent, int article, bool inLink, bool inTime)
{
    const int self = int(blocks.size());
    blocks.emplace_back();
    {
        Block& b = blocks.back();
        b.node = node;
        b.parent = parent;
        b.outerArticle = article;
        b.tag = node->v.element.tag;
        b.hints = hintsOf(node, b.tag);
    }
    const GumboTag tag = blocks[size_t(self)].tag;
    inLink = inLink || tag == GUMBO_TAG_A;
    inTime = inTime || tag == GUMBO_TAG_TIME;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) {
            const TextCounts c = countText(child->v.text.text);
            Block& b = blocks[size_t(self)];
            b.chars += c.chars;
            b.inlineChars += c.chars;
            b.commas += c.commas;
            b.inlineCommas += c.commas;
            if (inLink) {
                b.linkChars += c.chars;
                b.inlineLinkChars += c.chars;
            }
            if (inTime)
                b.timeChars += c.chars;
        } else if (!isSkippedElement(child)) {
            ++blocks[size_t(self)].elementChildren;
            scan(child, self, tag == GUMBO_TAG_ARTICLE ? self : article, inLink, inTime);
        }
    }
    Block& b = blocks[size_t(self)];
    b.end = int(blocks.size());
    const bool inlineTag = isInlineTag(tag);
    if (!inlineTag && b.inlineChars >= 25 && b.inlineLinkChars * 2 < b.inlineChars) {
        b.unit = float(1 + b.inlineCommas + std::min(b.inlineChars / 100, 3));
        b.prose += b.inlineChars;
    }
    if (parent < 0)
        return;
    Block& p = blocks[size_t(parent)];
    p.chars += b.chars;
    p.linkChars += b.linkChars;
    p.commas += b.commas;
    p.timeChars += b.timeChars;
    p.prose += b.prose;
    p.quotedProse += tag == GUMBO_TAG_BLOCKQUOTE ? b.prose : b.quotedProse;
    p.articleProse += tag == GUMBO_TAG_ARTICLE ? b.prose : b.articleProse;
    if (inlineTag) {
        p.inlineChars += b.inlineChars;
        p.inlineLinkChars += b.inlineLinkChars;
        p.inlineCommas += b.inlineCommas;
    }
}

// By HTML's rules an <article> inside another is a comment on it or a related post. When the
// outer one has text of its own, or the inner holds only part of it, the inner is not the story;
// an inner one holding nearly all the text is the story in a wrapper that is also an <article>.
void PageBlocks::markInnerArticles()
{
    for (Block& b : blocks) {
        if (b.tag != GUMBO_TAG_ARTICLE || b.outerArticle < 0)
            continue;
        const Block& outer = blocks[size_t(b.outerArticle)];
        if (outer.prose - outer.articleProse >= 200 || b.prose * 2 <= outer.prose)
            b.hints |= InnerArticle;
    }
}

quint32 PageBlocks::hintsOf(const GumboNode* node, GumboTag tag)
{
    quint32 h
        = hintsOfNames(attributeOf(node, "class"), m_names) | hintsOfNames(attributeOf(node, "id"), m_names);
    // What a browser shows when scripts do not run: hidden, unless the whole page sits in it.
    if (tag == GUMBO_TAG_NOSCRIPT)
        h |= Hidden;
    if (isFurnitureTag(tag) || isUnknownTag(node, "dialog"))
        h |= FurnitureTag;
    if (const char* role = attributeOf(node, "role")) {
        for (const std::string_view r : { "navigation", "complementary", "contentinfo", "banner", "search",
                 "dialog", "alertdialog", "menu", "menubar", "toolbar", "alert" }) {
            if (equalsIgnoringCase(role, r))
                h |= Furniture;
        }
        if (equalsIgnoringCase(role, "main") || equalsIgnoringCase(role, "article"))
            h |= Positive | MaybeContent;
    }
    if (const char* itemprop = attributeOf(node, "itemprop")) {
        if (equalsIgnoringCase(itemprop, "articlebody"))
            h |= ArticleBody | Positive | MaybeContent;
        else if (equalsIgnoringCase(itemprop, "author"))
            h |= Byline;
        else if (equalsIgnoringCase(itemprop, "datepublished")
            || equalsIgnoringCase(itemprop, "datemodified"))
            h |= Stamp;
        else if (equalsIgnoringCase(itemprop, "comment"))
            h |= Comment | Furniture;
    }
    if (tag == GUMBO_TAG_A && equalsIgnoringCase(attributeOf(node, "rel"), "author"))
        h |= Byline;
    if (attributeOf(node, "hidden") || equalsIgnoringCase(attributeOf(node, "aria-hidden"), "true")
        || hiddenByStyle(attributeOf(node, "style")))
        h |= Hidden;
    // The document itself is never furniture, whatever state classes a script left on it.
    if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML)
        h &= Positive;
    return h;
}

} // namespace ql
