#pragma once

#include "core/analysis/comparison/NormalizedToken.h"

#include <QList>
#include <QStringList>
#include <QStringView>

namespace ql {

// Splits text into comparison tokens: NFKC, case folding, Latin/Greek/Cyrillic diacritics
// removed, quote marks and punctuation dropped, hyphenated words split, contractions expanded
// ("can't" -> "can not"), British/American spelling folded. Every token keeps the span of
// the word it came from so views can highlight the original text. Thread-safe.
class TextNormalizer
{
public:
    QList<NormalizedToken> tokenize(QStringView text) const;
    // Just the comparison forms, in order.
    QStringList words(QStringView text) const;
    // A 64-bit key of the normalised token sequence: equal for texts that differ only in
    // case, punctuation, quote marks or spelling. Stable across runs and platforms.
    quint64 fingerprint(QStringView text) const;
    static quint64 fingerprint(const QList<NormalizedToken>& tokens);

private:
    void appendWord(QStringView raw, int start, int end, QList<NormalizedToken>& out) const;
};

} // namespace ql
