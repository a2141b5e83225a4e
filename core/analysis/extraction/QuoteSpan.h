#pragma once

#include "core/analysis/extraction/TextSpan.h"

#include <QList>

namespace ql {

// One outermost quotation: the positions of its opening and closing marks and the quoted text
// between them, in several pieces when the quotation runs over paragraphs.
struct QuoteSpan
{
    int open = -1; // position of the opening mark
    int close = -1; // position of the closing mark
    QList<TextSpan> pieces;

    int contentStart() const { return pieces.isEmpty() ? open + 1 : pieces.first().start; }
    int contentEnd() const { return pieces.isEmpty() ? close : pieces.last().end; }
};

} // namespace ql
