#pragma once

#include "MetadataHints.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ql {

struct HtmlReadResult
{
    QStringList lines; // as PlainTextReader::lines(): empty string = paragraph break
    MetadataHints hints;
};

// A saved web page → the article body and its metadata, parsed with gumbo. Keeps the body of
// itemprop=articleBody, <article>, <main> or the densest block of paragraphs; drops navigation,
// asides, headers and footers, scripts, forms, comments, promos and link lists. Nothing the page
// references is ever fetched.
class HtmlReader
{
public:
    HtmlReadResult read(const QString& html) const;

    // The charset a page declares in its first bytes (<meta charset>, http-equiv), or empty.
    static QString declaredCharset(const QByteArray& bytes);
};

} // namespace ql
