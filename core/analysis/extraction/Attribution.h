#pragma once

#include "core/analysis/extraction/Mention.h"

namespace ql {

// Who a quotation is attributed to and how the text says so.
struct Attribution
{
    enum class Source {
        None, // nothing in the sentence: the caller carries the previous speaker over
        After, // “…,” she said / said X / according to X
        Before, // X said: “…” / X stressed that “…” (the sentence's subject)
    };

    Source source = Source::None;
    Mention mention;
    bool speechVerb = false; // a verb of saying links the mention and the quotation
    int end = -1; // for After: where the attribution clause ends
};

} // namespace ql
