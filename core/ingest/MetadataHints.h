#pragma once

#include "core/ingest/DateCandidate.h"

#include <QList>
#include <QString>

namespace ql {

// What a reader learnt about a document besides its text (HTML meta tags, JSON-LD, Markdown
// front matter). MetadataExtractor combines it with what the text itself says.
struct MetadataHints
{
    QString title;
    QString sourceUrl;
    QString sourceOrigin; // "canonical link", "og:url", …
    QString publisher;
    QString language; // as declared by the document (html lang), may be wrong
    QList<DateCandidate> dates;
};

} // namespace ql
