#pragma once

#include "core/analysis/extraction/TextSpan.h"

#include <QString>

namespace ql {

// One turn of a press conference or interview: "MODERATOR: …", "Q: …", "SECRETARY GENERAL: …".
struct SpeakerTurn
{
    enum class Role {
        Question, // a journalist or interviewer asks
        Moderator, // chairs the event
        Answer, // "A:": the interviewee named by the document
        Named // the label names the speaker ("Mark Rutte:", "SECRETARY GENERAL:", "MR RUTTE:")
    };
    Role role = Role::Named;
    QString label; // as written, without markup and parenthetical ("Q (Reuters)" → "Q")
    TextSpan body { -1, -1 }; // after the label up to the next turn; may span paragraphs
};

} // namespace ql
