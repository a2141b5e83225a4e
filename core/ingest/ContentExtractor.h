#pragma once

#include <QString>
#include <QStringList>

struct GumboInternalNode;

namespace ql {

struct ExtractedContent
{
    QStringList lines; // as PlainTextReader::lines(): empty string = paragraph break
    QString headline; // the first <h1> of the chosen content; never part of `lines`
};

// The article body of a page parsed by gumbo, found the way reader views find it: every element is
// measured once (text, link text, commas, paragraphs of prose), paragraphs of prose give points to
// their ancestors, class/id/role names and tags weigh the candidates, the best one (or the ancestor
// several good ones share) wins, its siblings that read as prose join it, and inside the result
// comments, captions, bylines, time stamps, link lists and the headline are dropped. A name such as
// "sidebar" on an element that holds most of the page's prose does not discard it, and a page with
// a paragraph of prose always gives text. Linear in the size of the page.
class ContentExtractor
{
public:
    // `titles`: what the page's head calls the article (og:title, <title>, JSON-LD headline); a
    // heading of the body that repeats one of them is the headline, kept out of the text.
    ExtractedContent extract(const GumboInternalNode* body, const QStringList& titles) const;
};

} // namespace ql
