#pragma once

#include "core/ingest/DateCandidate.h"

#include <QList>

struct GumboInternalNode; // gumbo's GumboNode; kept out of this header so gumbo.h stays private

namespace ql {

// The dates a saved web page states about its own publication, read from the tree HtmlReader has
// already parsed (parsing twice would halve the import speed). Every candidate is returned with
// its reason and trust; MetadataExtractor::choose() picks one. Sources, most trusted first:
// Open Graph article:published_time, JSON-LD datePublished of the page's own article (also inside
// @graph), itemprop datePublished, other publication meta names (dc.date.issued, sailthru.date,
// parsely-pub-date, …), <time datetime> and date-classed elements in the article, then the same
// outside it, RDFa property dates on any element. The article zone is found from the headline the
// page's title names, its neighbours, a single microformat entry and itemprop=articleBody; the
// site's masthead, navigation, comments and teasers are foreign. A MediaWiki page is dated by its
// last edit. Modified/updated stamps come back as DateCandidate::Updated, never as publication;
// one the page prints with its label under the headline is marked `printed`.
// The body text itself is MetadataExtractor's job (it sees the article's lines).
class HtmlDateFinder
{
public:
    QList<DateCandidate> find(const GumboInternalNode* document) const;
};

} // namespace ql
