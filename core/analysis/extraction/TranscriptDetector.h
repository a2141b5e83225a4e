#pragma once

#include "core/analysis/extraction/TextSpan.h"

#include <QList>
#include <QString>

namespace ql {

// What TranscriptDetector found at the top of a document.
struct TranscriptLayout
{
    bool isTranscript = false;
    int bodyStart = 0; // the speech starts after the header block
    TextSpan speakerPhrase { -1, -1 }; // "NATO Secretary General Jens Stoltenberg" in "Speech by …"
    TextSpan header { 0, 0 }; // the header lines (dates, "As delivered", "Last updated")
};

// Recognises speech transcripts: an "As delivered" / "Check against delivery" marker, or a "Speech by …"
// header followed by a salutation. Also tells which lines of the body are not speech (salutations,
// date lines) so the body can be split into the speaker's sentences.
class TranscriptDetector
{
public:
    static constexpr int HeaderLines = 30;

    TranscriptLayout detect(const QString& text) const;
    static bool isSalutation(QStringView line);
    static bool isHeaderLine(QStringView line); // dates, bullets, "Last updated: …"
};

} // namespace ql
