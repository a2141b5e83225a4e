#pragma once

#include <QString>

namespace ql {

// Guesses a document's language from its script and, for Latin script, from the share of common
// function words of each language. Returns a BCP 47 primary tag ("en", "de", …) or an empty
// string when the text is too short or too mixed to tell.
class LanguageGuesser
{
public:
    QString guess(const QString& text) const;
};

} // namespace ql
