#pragma once

#include "core/analysis/extraction/SpeakerRegistry.h"
#include "core/analysis/extraction/TextSpan.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ql {

// Resolves "he" and "she" in attributions to the most salient person of that gender: the most recent
// person mention before the pronoun, outside quotations, that is not a modifier ("a Trump supporter")
// or governed by a preposition ("of New York"), and whose gender, when the article reveals it, agrees.
// An article reveals a person's gender by honorifics ("Mr.", "Ms.") and by the pronouns that follow
// the person's mentions; the votes are counted once per article.
class PronounResolver
{
public:
    static constexpr int MaxLookBack = 1200;

    PronounResolver(const QString& text, const SpeakerRegistry& registry, const QList<TextSpan>& quotations);

    // The canonical name "he"/"she" at `pos` refers to; empty when no candidate fits.
    QString resolve(int pos, QStringView pronoun) const;
    // "Clinton said" in an article about Hillary and Bill Clinton: the person of that surname whose
    // full name the article wrote most recently before `pos`; `canonical` when nobody else bears it.
    QString nearestBearer(int pos, const QString& canonical) const;
    // +1 male, -1 female, 0 unknown.
    int genderOf(const QString& name) const;

private:
    struct Candidate
    {
        int start = -1;
        int end = -1;
        QString name;
        bool modifier = false; // "a Trump supporter", "of New York"
        bool subject = false; // a verb follows: "Biden said", "Warren has argued"
        bool fullName = false; // written with two or more name words here: "Hillary Clinton"
    };

    void build() const;

    const QString& m_text;
    const SpeakerRegistry& m_registry;
    const QList<TextSpan>& m_quotations;
    mutable bool m_built = false;
    mutable QList<Candidate> m_candidates; // person mentions outside quotations, in text order
    mutable QHash<QString, int> m_votes; // > 0 male, < 0 female
};

} // namespace ql
