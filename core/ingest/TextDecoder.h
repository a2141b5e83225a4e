#pragma once

#include <QByteArray>
#include <QString>

namespace ql {

struct DecodedText
{
    bool ok = false;
    QString text;
    QString encoding; // the ICU converter name that was used, e.g. "UTF-8", "windows-1252"
    QString error; // one line, when !ok
};

// Bytes → text with ICU. A byte-order mark or a declared charset is binding: bytes that are not
// valid in it are an error rather than being silently replaced. Without a declaration, valid
// UTF-8 is UTF-8, and so is UTF-8 with a few stray bytes (replaced, see isMostlyUtf8());
// otherwise ICU's detector picks the charset.
class TextDecoder
{
public:
    DecodedText decode(const QByteArray& bytes, const QString& declaredEncoding = QString()) const;

    // ICU's guess for undeclared, non-UTF-8 bytes (never empty: falls back to windows-1252).
    static QString detect(const QByteArray& bytes);
    // Offset of the first byte that breaks UTF-8, or -1 when `bytes` is valid UTF-8.
    static qsizetype firstInvalidUtf8(const char* data, qsizetype size);
    // Invalid UTF-8, but overwhelmingly valid: at least two well-formed multi-byte characters for
    // every byte that breaks it. Such text is decoded as UTF-8, the bad bytes replaced (U+FFFD).
    static bool isMostlyUtf8(const char* data, qsizetype size);
};

} // namespace ql
