#pragma once

#include "core/analysis/extraction/TextSpan.h"

#include <QList>
#include <QString>

namespace ql {

// Finds the lines that are page furniture rather than article: "Related Posts", "Read also: …", newsletter
// prompts, contact blocks, phone numbers, bare links. Such lines never yield statements or figures, even
// when the ingest layer let them through.
class BoilerplateLineFinder
{
public:
    // Boilerplate lines, in text order.
    QList<TextSpan> boilerplateLines(const QString& text) const;
    static bool isBoilerplateLine(QStringView line);
};

} // namespace ql
