#pragma once

#include "core/analysis/extraction/SpeakerTurn.h"

#include <QList>
#include <QString>

#include <functional>

namespace ql {

// Finds the speaker turns of a press conference or interview transcript: paragraphs opened by a label
// and a colon ("Q:", "MODERATOR:", "Mark Rutte:", "**A:**"). A document is read as turns only when
// labels recur (at least four labelled paragraphs, two labels used twice), so that a stray
// "Details:" or "Source:" line in a news story never makes it one. Linear time.
class SpeakerTurns
{
public:
    static constexpr int MinTurns = 4;
    static constexpr int MaxLabelLength = 60;

    // `knownPerson` tells whether a single capitalised word ("Sølvberg:") names someone the article
    // introduces; without it only Q/A, role words and full names count as labels.
    QList<SpeakerTurn> detect(
        const QString& text, const std::function<bool(const QString&)>& knownPerson = {}) const;

    // "SECRETARY GENERAL" → "Secretary General", "MR. RUTTE" → "Rutte": a label as the registry can
    // resolve it (honorifics dropped, capitals folded).
    static QString nameForm(const QString& label);
    // Editorial notes after the last answer ("This interview has been edited for length").
    static bool isEditorialNote(QStringView paragraph);
};

} // namespace ql
