#pragma once

#include "core/analysis/comparison/DiffOp.h"

#include <QList>
#include <QString>

namespace ql {

enum class FidelityVerdict { Verbatim, Altered, NotFound };

// How faithfully a news quote renders a transcript.
struct FidelityResult
{
    FidelityVerdict verdict = FidelityVerdict::NotFound;
    // Share of quote and window tokens the diff finds equal: 1 for Verbatim.
    double similarity = 0.0;
    // Best-matching transcript window, UTF-16 offsets in the transcript text, -1 when none.
    int transcriptStart = -1;
    int transcriptEnd = -1;
    QString transcriptExcerpt;
    // Quote (left) against the window (right); empty for NotFound.
    QList<DiffOp> diff;
};

} // namespace ql
