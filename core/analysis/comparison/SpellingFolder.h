#pragma once

#include <QString>

namespace ql {

// Folds British spellings onto American ones (defence -> defense, organise -> organize,
// colour -> color, centre -> center, programme -> program, travelled -> traveled) so that
// spelling never separates variants of a line. The folded form is only compared, never shown.
class SpellingFolder
{
public:
    // `word` must already be case-folded. Returns `word` unchanged when no rule applies.
    static QString fold(const QString& word);
};

} // namespace ql
