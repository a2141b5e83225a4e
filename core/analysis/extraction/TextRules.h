#pragma once

#include <QString>
#include <QStringView>

namespace ql::textrules {

// Character classes and word lists shared by the extraction classes. All lookups are O(1) or
// bounded by the word's length so callers can use them inside linear scans.

bool isLetter(QChar c);
bool isWordChar(QChar c); // letters, digits, apostrophes and hyphens inside words
bool isDashOrSpace(QChar c);
bool isApostrophe(QChar c);

// `word` is compared case-insensitively.
bool isSpeechVerb(QStringView word); // said, stressed, told, added, warned …
bool isPronoun(QStringView word); // he, she
bool isAdverbFiller(QStringView word); // also, today, publicly … (may sit between subject and verb)
bool isTitleWord(QStringView word); // Secretary, General, Minister, President, CEO …
bool isRoleQualifier(QStringView word); // NATO, EU, Foreign, Ukrainian … (may precede a title)
bool isNameParticle(QStringView word); // de, van, von, al …
bool isNonNameWord(QStringView word); // capitalised words that never start or make a person's name
bool isPreposition(QStringView word);
bool isMonthName(QStringView word);
int monthNumber(QStringView word); // 1..12, 0 when not a month

int wordCount(QStringView text);
// Banded Levenshtein distance; returns maxDistance + 1 when the distance exceeds it.
int editDistance(QStringView a, QStringView b, int maxDistance);
// Lower-cased word with typographic apostrophes folded to ASCII, for table lookups.
QString foldWord(QStringView word);

} // namespace ql::textrules
