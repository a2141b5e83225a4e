#pragma once

#include <QtGlobal>

#include <gumbo.h>

#include <string>
#include <unordered_map>
#include <vector>

namespace ql {

// One element of a page's body with what its subtree holds. Counts are characters (code points), a
// run of white space counting as one.
struct Block
{
    // What the names (class, id, role, itemprop, rel), the tag and the attributes of an element say.
    enum Hint : quint32 {
        Positive = 1u << 0, // "article", "content", "story": adds to the score
        Negative = 1u << 1, // any furniture name: takes from the score
        Unlikely = 1u << 2, // menus, sidebars, share bars, ads, related links: never the article
        MaybeContent = 1u << 3, // "article-sidebar" is still the article's column: not Unlikely
        Comment = 1u << 4, // reader comments, whatever else the name says
        Byline = 1u << 5, // author, byline, dateline
        Caption = 1u << 6, // captions and photo credits
        Stamp = 1u << 7, // dates, times, "meta" rows of an article header
        Hidden = 1u << 8, // not shown: hidden, aria-hidden, display:none, screen-reader-only
        ArticleBody = 1u << 9, // itemprop=articleBody
        FurnitureTag = 1u << 10, // nav, aside, footer, header, form, menu, dialog, figure, address
        HeaderName = 1u << 11, // "header", "hero", "headline": the block of headline, dek and byline
        InnerArticle = 1u << 12, // an <article> in an article with text of its own: a comment, a related post
    };

    const GumboNode* node = nullptr;
    int parent = -1;
    int end = 0; // one past the last descendant: the subtree is [index, end)
    int elementChildren = 0;
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    quint32 hints = 0;
    int chars = 0;
    int linkChars = 0;
    int commas = 0;
    int timeChars = 0; // inside <time>
    int inlineChars = 0; // text not inside a nested block: the element's own paragraph
    int inlineLinkChars = 0;
    int inlineCommas = 0;
    int prose = 0; // characters in paragraphs of prose (25+ characters, less than half links)
    int quotedProse = 0; // of which inside <blockquote>
    int articleProse = 0; // of which inside <article> descendants
    int outerArticle = -1; // the nearest <article> ancestor
    float unit = 0; // points the element's own paragraph gives
    float score = 0; // ContentExtractor's, while it chooses
    bool scored = false;

    bool contains(int other, int self) const { return other >= self && other < end; }
};

// The hints by their short names for the readers' bit tests. (Not `using enum Block::Hint`: clang 14,
// which builds the fuzzer, crashes on it.)
namespace blockhints {
constexpr quint32 Positive = Block::Positive;
constexpr quint32 Negative = Block::Negative;
constexpr quint32 Unlikely = Block::Unlikely;
constexpr quint32 MaybeContent = Block::MaybeContent;
constexpr quint32 Comment = Block::Comment;
constexpr quint32 Byline = Block::Byline;
constexpr quint32 Caption = Block::Caption;
constexpr quint32 Stamp = Block::Stamp;
constexpr quint32 Hidden = Block::Hidden;
constexpr quint32 ArticleBody = Block::ArticleBody;
constexpr quint32 FurnitureTag = Block::FurnitureTag;
constexpr quint32 HeaderName = Block::HeaderName;
constexpr quint32 InnerArticle = Block::InnerArticle;
} // namespace blockhints

// The elements of a page's body measured in one pass, in document order: text, link text, commas,
// paragraphs of prose, and what their names, tags and attributes say. The subtree of blocks[i] is
// blocks [i, blocks[i].end). Elements that never hold article text (scripts, styles, controls,
// media) are left out, and so is their text.
class PageBlocks
{
public:
    explicit PageBlocks(const GumboNode* body);

    std::vector<Block> blocks;

    static bool isSkipped(const GumboNode* node); // left out of `blocks`
    static bool isInline(GumboTag t); // phrasing content: part of the paragraph around it
    static bool isHeading(GumboTag t);
    static bool isContainer(GumboTag t); // text directly inside is a paragraph of its own
    static const char* attribute(const GumboNode* node, const char* name);

private:
    void scan(const GumboNode* node, int parent, int article, bool inLink, bool inTime);
    void markInnerArticles();
    quint32 hintsOf(const GumboNode* node, GumboTag tag);

    std::unordered_map<std::string, quint32> m_names; // hints by class attribute, as classes repeat
};

} // namespace ql
