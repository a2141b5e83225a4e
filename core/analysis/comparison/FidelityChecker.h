#pragma once

#include "core/analysis/comparison/FidelityResult.h"

#include <QStringList>
#include <QStringView>

namespace ql {

// Says whether a news quote is Verbatim in a transcript of the same speaker and event (equal
// after normalisation, or a contiguous run of it), Altered (the best-matching transcript window,
// found by a fitting alignment of the whole quote against any stretch of the transcript, shares
// at least `alteredThreshold` of its words with the quote; the diff shows how) or NotFound.
// Thread-safe.
class FidelityChecker
{
public:
    static constexpr double DefaultAlteredThreshold = 0.5;

    explicit FidelityChecker(double alteredThreshold = DefaultAlteredThreshold);

    FidelityResult check(QStringView quote, QStringView transcript) const;
    // Sentences are joined with a line break; offsets refer to that joined text.
    FidelityResult check(QStringView quote, const QStringList& transcriptSentences) const;

    static QString verdictName(FidelityVerdict verdict); // "verbatim", "altered", "not_found"

private:
    double m_alteredThreshold;
};

} // namespace ql
