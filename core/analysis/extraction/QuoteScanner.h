#pragma once

#include "core/analysis/extraction/QuoteSpan.h"

#include <QList>
#include <QString>

namespace ql {

// Finds outermost quotations in every common style (“…”, "…", ‘…’, '…', «…», „…“, ‚…‘), keeping nested
// quotations inside their parent, joining quotations that run over paragraphs and dropping marks that
// never close. One pass over the text with a small stack: linear time on any input.
class QuoteScanner
{
public:
    // Quotations longer than this are treated as unbalanced marks, not as speech.
    static constexpr int MaxQuoteLength = 6000;
    static constexpr size_t MaxDepth = 8;

    QList<QuoteSpan> scan(const QString& text) const;
};

} // namespace ql
