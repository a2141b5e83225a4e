#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace ql::personnames {

// How SpeakerRegistry reads a person's name out of the text and compares names: the word reader, the
// name tokens and their match quality, and the cues around a capitalised phrase that introduce it as
// a person. Pure functions of the text; the registry keeps the article's state.

// Reads one word at `pos`: letters, digits, marks, with inner apostrophes, hyphens and dots ("U.S.").
// Looks at most two characters past the word's end.
int wordEnd(const QString& text, int pos, int limit);
// "Kowal's" → "Kowal".
QStringView stripPossessive(QStringView word);
// The words of a name, the last one without its possessive.
QStringList nameTokens(const QString& name);
// `a` equals the words of `b` from `offsetInB`, without case.
bool sameTokens(const QStringList& a, const QStringList& b, int offsetInB);
// 0: exact, 1: suffix ("Stoltenberg" of "Jens Stoltenberg"), 2: near-miss spelling, -1: no match.
int matchQuality(const QStringList& mention, const QStringList& person);

// A lower-case finite verb that may follow a sentence's subject ("visited", "leads").
bool isSubjectVerb(QStringView w);
// The word ending at or before `pos` on the same line, skipping spaces; empty at punctuation.
QStringView wordBefore(const QString& text, int pos);
// A run of capitalised words that may be a person's full name, not an organisation, place or thing.
bool looksLikePersonName(const QStringList& tokens);
// "… general Hanna Voss", "said Hanna Voss", "according to Hanna Voss".
bool introducedBefore(const QString& text, int nameStart);
// The end of an organisation's name after "head of": "the European Defence Agency"; `pos` when no
// capitalised name follows.
int employerEnd(const QString& text, int pos, int n);
// "Hanna Voss, a frequent commentator", "Tomas Berg, the bank's chief economist".
bool describedAfter(const QString& text, int nameEnd, int n);

} // namespace ql::personnames
