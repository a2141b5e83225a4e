#pragma once

#include "core/ingest/MetadataHints.h"

#include <QString>
#include <QStringList>

namespace ql {

struct MarkdownReadResult
{
    QStringList lines; // as PlainTextReader::lines(): empty string = paragraph break
    MetadataHints hints;
};

// Markdown (CommonMark, parsed with cmark) → paragraphs of plain text. Markup, link targets,
// images and code fences are dropped; headings, paragraphs, list items and block quotes stay as
// paragraphs. A YAML front matter block gives title, date, source URL and publisher.
class MarkdownReader
{
public:
    MarkdownReadResult read(const QString& markdown) const;
};

} // namespace ql
