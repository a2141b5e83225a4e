#pragma once

#include "core/analysis/extraction/TextSpan.h"

#include <QString>

namespace ql {

// Reads a figure's own sentence for who commits it and how: the actor that spends or pledges
// ("Bucharest plans to raise spending to 3.5 %" -> Romania, "the leaders agreed to invest 5 %" ->
// NATO allies, "our NATO Support and Procurement Agency has put contracts in place for …"), whether
// the amount is a yearly rate ("per year", "a year", "annually"), and the speaker of a reported-speech
// sentence ("Rutte indicated that …"). Every search is bounded to the sentence, so the cost per
// figure is constant however long the article is.
class FigureActorFinder
{
public:
    explicit FigureActorFinder(const QString& text);

    // The actor of the figure at [start, end), normalised ("NATO’s agency" -> "NATO agency", capital
    // cities -> their country); empty when the sentence names none (a pronoun is no actor).
    QString actor(int start, int end) const;
    // True when a yearly-rate phrase follows the amount (or "annual" leads up to it).
    bool perYear(int start, int end) const;
    // The name before a speech verb ("X said", "X stressed that") or after one ("…, said X",
    // "according to X") in the figure's sentence; empty when the sentence is no reported speech.
    QString reportedBy(int start, int end) const;

    // Bounds of the sentence around `pos`: [*from, *to).
    void sentenceAround(int pos, int* from, int* to) const;

    static QString normaliseActor(const QString& phrase);

private:
    const QString& m_text;
    // The last sentenceAround() answer: the finder lives for one text.
    mutable int m_lastSentencePos = -1;
    mutable TextSpan m_lastSentence;
};

} // namespace ql
