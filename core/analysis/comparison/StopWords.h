#pragma once

#include <QString>

namespace ql {

// English function words. They carry little meaning on their own, so similarity weights them
// down: otherwise "we need to ..." sentences would all look alike.
class StopWords
{
public:
    // `word` is a normalised token (case-folded, contractions expanded).
    static bool contains(const QString& word);
};

} // namespace ql
