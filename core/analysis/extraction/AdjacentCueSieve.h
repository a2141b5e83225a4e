#pragma once

#include "core/analysis/extraction/Mention.h"
#include "core/analysis/extraction/SpeakerRegistry.h"

#include <QString>

namespace ql {

// The first and strongest attribution sieve (after the design of Muzny et al. 2017, CoreNLP's quote
// attribution): a verb of saying right next to the quotation, and the head of its subject or object
// noun phrase as the speaker. The head is the last person the phrase names that no possessive or
// preposition subordinates: in “…,” said Clinton's top foreign policy aide Jake Sullivan, the speaker is
// Jake Sullivan; in “…,” House Speaker Paul Ryan, the convention chair, told the delegates, Paul Ryan;
// in Asked about it, Ryan said, “…”, Ryan. Every look is bounded to the clause next to the quotation.
class AdjacentCueSieve
{
public:
    static constexpr int MaxClauseChars = 220;
    static constexpr int MaxPhraseWords = 12;
    // Words a verb of saying may stand before its quotation: "warned that officers he has met “…".
    static constexpr int MaxComplementWords = 12;

    AdjacentCueSieve(const QString& text, const SpeakerRegistry& registry);

    // The speaker named by the clause after the closing mark at `close`; `limit` bounds it (the next
    // quotation). A mention with start == -1 when no verb of saying sits there.
    Mention after(int close, int limit) const;
    // The speaker named by the clause between `sentenceStart` and the opening mark at `open`.
    Mention before(int sentenceStart, int open) const;
    // A quotation that is a paragraph of its own after a paragraph ending in a colon.
    Mention paragraphIntroduction(int open, int sentenceStartOfIntro) const;
    // The speaker of a round-up line: a name (and outlet) and a colon right before the quotation.
    Mention introducedByColon(int open) const;

private:
    struct Word
    {
        int start = -1;
        int end = -1;
    };

    QList<Word> words(int from, int to) const;
    int clauseEnd(int from, int limit) const;
    // The head person of the noun phrase in [from, to): the last name not followed by a possessive
    // or governed by a preposition; a pronoun when the phrase is one; a role noun otherwise.
    Mention headOf(int from, int to) const;
    QStringView wordText(const Word& w) const;

    const QString& m_text;
    const SpeakerRegistry& m_registry;
};

} // namespace ql
