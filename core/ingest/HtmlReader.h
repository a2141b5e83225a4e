#pragma once

#include "core/ingest/MetadataHints.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ql {

struct HtmlReadResult
{
    QStringList lines; // as PlainTextReader::lines(): empty string = paragraph break
    MetadataHints hints;
};

// A saved web page → the article body and its metadata, parsed once with gumbo. The body is what
// ContentExtractor finds (the headline is the title, not the first line of the text); the dates
// are HtmlDateFinder's. Nothing the page references is ever fetched.
class HtmlReader
{
public:
    // Elements nested deeper than this are flattened (their text kept, in order): no real page
    // comes near it, and the readers after the parser need not guard their stacks.
    static constexpr int MaxDepth = 256;

    HtmlReadResult read(const QString& html) const;

    // The charset a page declares in its first bytes (<meta charset>, http-equiv), or empty.
    static QString declaredCharset(const QByteArray& bytes);
};

} // namespace ql
