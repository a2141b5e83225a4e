#pragma once

#include "core/analysis/extraction/TextSpan.h"

#include <QList>
#include <QString>

namespace ql {

// Splits text into sentences: at line breaks and at . ! ? … followed by a new sentence, but not after
// abbreviations ("Gen.", "Sep."), initials ("J. Smith") or inside numbers ("2.4"). Linear time.
class SentenceSplitter
{
public:
    QList<TextSpan> split(const QString& text, TextSpan range) const;

    // True when position `dot` (a '.', '!', '?' or '…') ends a sentence.
    static bool endsSentenceAt(const QString& text, int dot, int limit);
};

} // namespace ql
