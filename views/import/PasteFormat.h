#pragma once

#include <QString>

namespace ql {

// Guesses what a pasted or typed text is, so the paste box can highlight it and the ingestor
// can pick the matching reader.
class PasteFormat
{
public:
    enum class Kind { PlainText, Html, Markdown };

    static Kind sniff(const QString& text);
    static QString mimeType(Kind kind);
};

} // namespace ql
