#pragma once

// What the date finder knows of a parsed page's layout: which elements hold the article (its
// headline, its body, its own boxes) and which belong to the site or to other stories (navigation,
// sidebars, comments, teasers, the masthead). Used by the readers of core/ingest only: it names
// gumbo's types, which stay out of every public header.

#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <gumbo.h>

namespace ql::htmlpage {

inline constexpr auto CiU
    = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// A dated element longer than this is a container (a teaser list, a paragraph), not a stamp.
inline constexpr qsizetype MaxStampText = 200;

// How deep the walks below descend. A page's date sits a few dozen elements deep; a document
// nested thousands deep (unclosed inline tags) would otherwise exhaust the stack.
inline constexpr int MaxWalkDepth = 400;

// An attribute's value as text, empty when the element has none.
QString attr(const GumboNode* node, const char* name);
bool isElement(const GumboNode* node);
// The children of an element or of the document node.
const GumboVector& childrenOf(const GumboNode* node);

// The text of a small element, or empty when it holds more than a stamp would.
QString shortText(const GumboNode* node);

// The elements around the article's headline, its single entry and an itemprop=articleBody: a
// wrapper named "with-sidebar", "widget Blog" or "main nav" that holds the headline or the
// article's body holds the article, so it is never a foreign zone.
// `entry` receives the page's one microformat entry (a single blog post), or null when it has
// none or several (a list of posts dates other stories); `headline` the article's headline.
QSet<const GumboNode*> contentAncestors(
    const GumboNode* document, const GumboNode** entry, const GumboNode** headline);

// Whether `node` (with `names`, its class and id) is the site's or another story's: navigation,
// a sidebar outside the article, comments, teasers, related lists, the site's footer, the
// masthead. `keep` (from contentAncestors) is never foreign.
bool isForeignZone(const GumboNode* node, const QString& names, const QSet<const GumboNode*>& keep);
// Not shown to the reader: the `hidden` attribute, `display: none`, or a class that hides it
// ("hidden", "d-none", "is-hidden"). Its text is markup for machines, not a date the page prints.
bool isHiddenElement(const GumboNode* node);
// <article>, <main>, itemprop=articleBody, an Article/BlogPosting item, role=main.
bool isArticleRoot(const GumboNode* node);
// Elements that end a line of text.
bool isBlockTag(GumboTag t);

} // namespace ql::htmlpage
