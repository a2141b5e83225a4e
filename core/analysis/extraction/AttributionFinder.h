#pragma once

#include "core/analysis/extraction/Attribution.h"
#include "core/analysis/extraction/QuoteSpan.h"
#include "core/analysis/extraction/SpeakerRegistry.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ql {

// Finds who says a quotation: "X said" / "said X" / "according to X" after it, or the subject of the
// sentence that introduces it ("X stressed that “…”", "X said: “…”"). Every search is bounded to the
// quotation's sentence, so the whole article is processed in linear time.
class AttributionFinder
{
public:
    static constexpr int MaxLookBehind = 400;
    static constexpr int MaxLookAhead = 160;
    static constexpr int MaxDescriptorWords = 5;

    AttributionFinder(const QString& text, const QList<QuoteSpan>& quotes, const SpeakerRegistry& registry);

    Attribution find(int quoteIndex) const;
    // The attribution right after the quotation's closing mark, if any.
    Attribution after(int quoteIndex) const;
    // Where the sentence containing `pos` starts, stepping over quotations.
    int sentenceStart(int pos) const;
    // The person most recently named as a sentence subject in [from, to), outside quotations.
    Mention lastSubjectIn(int from, int to) const;

private:
    Attribution before(int quoteIndex) const;
    Attribution signatureBelow(int quoteIndex, int lineEnd) const;
    // The name after lower-case descriptors at `pos`, or `fallback` when none follows.
    Mention describedName(int pos, int limit, const Mention& fallback) const;
    bool namesPerson(const Mention& m) const;
    bool closesSentence(int quoteIndex, const Attribution& a) const;
    bool verbFollows(int pos, bool speechOnly) const;
    QList<TextSpan> quotesWithin(int from, int to) const;

    const QString& m_text;
    const QList<QuoteSpan>& m_quotes;
    const SpeakerRegistry& m_registry;
    QHash<int, int> m_openByClose;
};

} // namespace ql
