#pragma once

#include "core/analysis/extraction/ArticleLexicon.h"
#include "core/analysis/extraction/ArticleTokens.h"
#include "core/analysis/extraction/Mention.h"
#include "core/analysis/extraction/OfficeHolders.h"
#include "core/analysis/extraction/TextSpan.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ql {

// The people an article names and how every mention maps to one canonical full name: full names,
// surnames, near-miss spellings (edit distance), titles before names and role nouns resolved through
// the article's own introductions or, failing that, the office-holder table on the article's date.
class SpeakerRegistry
{
public:
    // No article names more people; the cap keeps hostile input linear.
    static constexpr int MaxPeople = 200;

    SpeakerRegistry(const OfficeHolders& offices, const QDate& date);

    // First pass over the whole text: collects names introduced with a title, an appositive role or a
    // speech verb, and binds roles to the people the article gives them to.
    void learn(const QString& text);
    // The words of the text learn() read, for every other pass over it.
    const ArticleTokens& tokens() const { return m_tokens; }

    // The mention starting at `pos` (after skipping spaces), or a mention with start == -1.
    Mention mentionAt(const QString& text, int pos, int limit) const;
    // Every person mention in [from, to), skipping `excluded` spans (quotations), in text order.
    QList<Mention> mentionsIn(const QString& text, int from, int to, const QList<TextSpan>& excluded) const;

    QString resolveName(const QString& name) const;
    QString resolveRole(const QString& rolePhrase) const;
    // "Hayek said" where the article wrote "Salma Hayek" only inside a headline-like run the first
    // pass could not read: the first "Forename Surname" the text writes, or `surname`.
    QString introducedFullName(const QString& text, const QString& surname) const;
    QStringList people() const;
    // How many people the article knows whose name ends in `surname`.
    int bearersOf(const QString& surname) const;

private:
    struct Phrase
    {
        int start = -1;
        int end = -1;
        int nameStart = -1; // first name token, -1 when the phrase is a role only
        int runEnd = -1; // end of every word read, portfolio included ("… of the Defence Agency")
        // The last character reading the phrase looked at: a shorter limit beyond it gives the same
        // phrase.
        int lastRead = -1;
        QString role;
        QString name;
    };

    Phrase phraseAt(const QString& text, int pos, int limit) const;
    QList<Mention> mentionsInRuns(
        const QString& text, int from, int to, const QList<TextSpan>& excluded) const;
    QString resolveNameUncached(const QString& name) const;
    void addPerson(const QString& name, const QString& role);
    QString canonicalFor(const QString& name) const;

    const OfficeHolders& m_offices;
    QDate m_date;
    QStringList m_holders; // every office holder's full name
    QList<QStringList> m_holderTokens; // the same, split into words
    QList<QStringList> m_people; // tokens of each person's longest name
    QHash<QString, QString> m_roleBindings; // office key or title head → canonical name
    // resolveName() compares a name with every person by edit distance; an article repeats its names,
    // so the answers are kept (the registry lives for one extraction, on one thread).
    mutable QHash<QString, QString> m_resolved;
    ArticleLexicon m_lexicon;
    ArticleTokens m_tokens;
    // The phrases learn() read at each capitalised word of the text it learnt (with the whole text as
    // the limit): mentionAt() on that text reads most of them again.
    QString m_learntText; // shares the learnt text's data: mentionAt() recognises it by identity
    QHash<int, Phrase> m_phrases;
};

} // namespace ql
