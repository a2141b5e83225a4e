#pragma once

#include "core/export/Citation.h"

#include <QString>

namespace ql {

struct ExportRecord;

// Formats a statement as a citation:
//   “There is no defence without industry.” — Jens Stoltenberg, International Defence Industry
//   Forum, Kyiv, 29 Sep 2023 (NATO, transcript)
// The occasion (event and place) comes from the date's evidence when an event dated it; otherwise
// the article's title stands in. The date is when it was said, else the article's date, else
// "n.d.". An unknown speaker is "unknown speaker", never left out silently.
class CitationFormatter
{
public:
    static Citation format(const ExportRecord& record);
    // "International Defence Industry Forum, Kyiv" out of the dater's evidence; empty when no event
    // dated the statement.
    static QString occasionFromEvidence(const QString& evidence);
};

} // namespace ql
