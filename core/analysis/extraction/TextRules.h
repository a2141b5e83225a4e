#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

#include <initializer_list>

namespace ql::textrules {

// Character classes and word lists shared by the extraction classes. All lookups are O(1) or
// bounded by the word's length so callers can use them inside linear scans.

bool isLetter(QChar c);
bool isWordChar(QChar c); // letters, digits, apostrophes and hyphens inside words
bool isDashOrSpace(QChar c);
inline bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x02BC);
}

// QChar::isMark() and QChar::toLower() are calls into QtCore, and the scans ask them of almost every
// character; these give the same answers inline for the common case. No character below U+0300 is a
// combining mark.
inline bool isMark(QChar c)
{
    return c.unicode() >= 0x0300 && c.isMark();
}
inline QChar toLower(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= u'A' && u <= u'Z') ? QChar(char16_t(u + 32)) : c;
    return c.toLower();
}

// `word` is compared case-insensitively.
bool isSpeechVerb(QStringView word); // said, stressed, told, added, warned …
bool isPronoun(QStringView word); // he, she
bool isAdverbFiller(QStringView word); // also, today, publicly … (may sit between subject and verb)
bool isTitleWord(QStringView word); // Secretary, General, Minister, President, CEO …
// For a run of ASCII letters with ArticleTokens' hash `runHash`: false when neither isPronoun() nor
// isTitleWord() can be true of it (true is only a maybe).
bool mayBePronounOrTitleRun(quint64 runHash);
bool isRoleQualifier(QStringView word); // NATO, EU, Foreign, Ukrainian … (may precede a title)
bool isNameParticle(QStringView word); // de, van, von, al …
bool isNonNameWord(QStringView word); // capitalised words that never start or make a person's name
bool isPreposition(QStringView word);
bool isMonthName(QStringView word);
int monthNumber(QStringView word); // 1..12, 0 when not a month

int wordCount(QStringView text);
// Whether `text` holds `lowerNeedle` (lower-case ASCII), ASCII letters compared without case. As a
// test before a case-insensitive pattern it misses nothing only for needles without "k" and "s",
// the ASCII letters that also match a character outside ASCII (the Kelvin sign, the long s).
bool containsAsciiCaseless(QStringView text, QLatin1String lowerNeedle);
// containsAsciiCaseless() of any of `lowerNeedles`, in one pass over `text`.
bool containsAnyAsciiCaseless(QStringView text, std::initializer_list<QLatin1String> lowerNeedles);
// Banded Levenshtein distance; returns maxDistance + 1 when the distance exceeds it.
int editDistance(QStringView a, QStringView b, int maxDistance);
// Lower-cased word with typographic apostrophes folded to ASCII, for table lookups.
QString foldWord(QStringView word);
// `set.contains(foldWord(word))`, without allocating for the words of ASCII letters most words are.
bool containsFolded(const QSet<QString>& set, QStringView word);

} // namespace ql::textrules
