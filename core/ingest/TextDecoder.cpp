#include "core/ingest/TextDecoder.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <memory>

namespace ql {

namespace {

struct ConverterCloser
{
    void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorCloser
{
    void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

bool hasC1Bytes(const QByteArray& bytes)
{
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 && b <= 0x9f)
            return true;
    }
    return false;
}

// UTF-16 without a BOM: ASCII-heavy text leaves a NUL in every other byte.
QString utf16WithoutBom(const QByteArray& bytes)
{
    const qsizetype n = qMin<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 8)
        return {};
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes.constData()[i] == 0;
        oddZeros += bytes.constData()[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZeros * 10 > pairs * 6 && evenZeros * 10 < pairs)
        return QStringLiteral("UTF-16LE");
    if (evenZeros * 10 > pairs * 6 && oddZeros * 10 < pairs)
        return QStringLiteral("UTF-16BE");
    return {};
}

DecodedText convertUtf8(const char* data, qsizetype size, bool declared, qsizetype skipped = 0)
{
    DecodedText out;
    out.encoding = QStringLiteral("UTF-8");
    const qsizetype bad = TextDecoder::firstInvalidUtf8(data, size);
    if (bad >= 0) {
        out.error = declared
            ? QStringLiteral("invalid bytes in the declared encoding UTF-8 at byte %1").arg(bad + skipped)
            : QStringLiteral("invalid UTF-8 at byte %1").arg(bad + skipped);
        return out;
    }
    QString text(size, Qt::Uninitialized); // UTF-16 never needs more units than UTF-8 bytes
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8(
        reinterpret_cast<UChar*>(text.data()), int32_t(text.size()), &length, data, int32_t(size), &status);
    if (U_FAILURE(status)) {
        out.error = QStringLiteral("cannot decode UTF-8: %1").arg(QString::fromLatin1(u_errorName(status)));
        return out;
    }
    text.resize(length);
    out.text = std::move(text);
    out.ok = true;
    return out;
}

DecodedText convertWithIcu(const QByteArray& bytes, qsizetype skip, const QString& encoding, bool strict)
{
    DecodedText out;
    out.encoding = encoding;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(encoding.toLatin1().constData(), &status));
    if (U_FAILURE(status) || !conv) {
        out.error = QStringLiteral("unknown text encoding \"%1\"").arg(encoding);
        return out;
    }
    if (strict) {
        ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    }
    const char* const begin = bytes.constData() + skip;
    const char* source = begin;
    const char* const sourceLimit = bytes.constData() + bytes.size();
    // Single-byte and UTF-16 input never expands beyond one UTF-16 unit per byte (+ surrogates).
    QString text(2 * (sourceLimit - begin) + 16, Qt::Uninitialized);
    UChar* const target0 = reinterpret_cast<UChar*>(text.data());
    UChar* target = target0;
    ucnv_toUnicode(conv.get(), &target, target0 + text.size(), &source, sourceLimit, nullptr, true, &status);
    if (U_FAILURE(status)) {
        if (status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND
            || status == U_TRUNCATED_CHAR_FOUND) {
            char invalid[32];
            int8_t invalidLength = sizeof invalid;
            UErrorCode ignored = U_ZERO_ERROR;
            ucnv_getInvalidChars(conv.get(), invalid, &invalidLength, &ignored);
            const qsizetype offset = (source - bytes.constData()) - (U_SUCCESS(ignored) ? invalidLength : 0);
            out.error = QStringLiteral("invalid bytes in the declared encoding %1 at byte %2")
                            .arg(encoding)
                            .arg(offset);
        } else {
            out.error = QStringLiteral("cannot decode %1: %2")
                            .arg(encoding, QString::fromLatin1(u_errorName(status)));
        }
        return out;
    }
    text.resize(target - target0);
    out.text = std::move(text);
    out.ok = true;
    return out;
}

QString normalisedName(const QString& declared)
{
    QString name = declared.trimmed().toLower();
    if (name.startsWith(QLatin1Char('"')) || name.startsWith(QLatin1Char('\'')))
        name = name.mid(1, name.size() - 2);
    // As browsers do (WHATWG Encoding), Latin-1 and ASCII labels mean windows-1252.
    if (name == QLatin1String("iso-8859-1") || name == QLatin1String("latin1")
        || name == QLatin1String("latin-1") || name == QLatin1String("us-ascii")
        || name == QLatin1String("ascii") || name == QLatin1String("iso8859-1"))
        return QStringLiteral("windows-1252");
    if (name == QLatin1String("utf8"))
        return QStringLiteral("utf-8");
    return name;
}

} // namespace

qsizetype TextDecoder::firstInvalidUtf8(const char* data, qsizetype size)
{
    const auto* s = reinterpret_cast<const unsigned char*>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        if (c >= 0xc2 && c <= 0xdf) {
            extra = 1;
            cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            extra = 2;
            cp = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= size)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((s[i + k] & 0xc0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3f);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)))
            || (extra == 3 && (cp < 0x10000 || cp > 0x10ffff)))
            return i;
        i += extra + 1;
    }
    return -1;
}

bool TextDecoder::isMostlyUtf8(const char* data, qsizetype size)
{
    // Legacy 8-bit text almost never forms valid multi-byte UTF-8 by chance; UTF-8 with a stray byte
    // has many such characters and few bad bytes. Each bad byte is skipped, so this stays linear.
    qsizetype multiByte = 0, invalid = 0, at = 0;
    const auto* s = reinterpret_cast<const unsigned char*>(data);
    while (at < size) {
        const qsizetype bad = firstInvalidUtf8(data + at, size - at);
        const qsizetype end = bad < 0 ? size : at + bad;
        for (qsizetype i = at; i < end; ++i)
            multiByte += s[i] >= 0xc2;
        if (bad < 0)
            break;
        // A run of bad bytes (a character cut short) is one flaw, not one per byte.
        if (bad > 0 || invalid == 0)
            ++invalid;
        at = end + 1;
    }
    return multiByte > 0 && multiByte >= 2 * invalid;
}

QString TextDecoder::detect(const QByteArray& bytes)
{
    const QString utf16 = utf16WithoutBom(bytes);
    if (!utf16.isEmpty())
        return utf16;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&status));
    QString name;
    if (U_SUCCESS(status)) {
        ucsdet_setText(det.get(), bytes.constData(), int32_t(qMin<qsizetype>(bytes.size(), 65536)), &status);
        const UCharsetMatch* match = ucsdet_detect(det.get(), &status);
        if (U_SUCCESS(status) && match)
            name = QString::fromLatin1(ucsdet_getName(match, &status));
    }
    if (name.isEmpty() || name == QLatin1String("UTF-8"))
        return QStringLiteral("windows-1252"); // the detector saw invalid UTF-8: the web's legacy default
    if (name == QLatin1String("ISO-8859-1") && hasC1Bytes(bytes))
        return QStringLiteral("windows-1252");
    return name;
}

DecodedText TextDecoder::decode(const QByteArray& bytes, const QString& declaredEncoding) const
{
    const auto* u = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    // A byte-order mark outranks any declaration (as in browsers).
    if (n >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf)
        return convertUtf8(bytes.constData() + 3, n - 3, true, 3);
    if (n >= 2 && u[0] == 0xff && u[1] == 0xfe)
        return convertWithIcu(bytes, 2, QStringLiteral("UTF-16LE"), true);
    if (n >= 2 && u[0] == 0xfe && u[1] == 0xff)
        return convertWithIcu(bytes, 2, QStringLiteral("UTF-16BE"), true);

    const QString declared = normalisedName(declaredEncoding);
    if (!declared.isEmpty()) {
        if (declared == QLatin1String("utf-8")) {
            DecodedText out = convertUtf8(bytes.constData(), n, true);
            // A page declared UTF-8 with a stray bad byte is read as browsers read it (the byte
            // becomes U+FFFD), as long as the rest really is UTF-8.
            if (!out.ok && isMostlyUtf8(bytes.constData(), n)) {
                DecodedText replaced = convertWithIcu(bytes, 0, QStringLiteral("UTF-8"), false);
                if (replaced.ok)
                    return replaced;
            }
            return out;
        }
        DecodedText out = convertWithIcu(bytes, 0, declared, true);
        if (!out.ok && out.error.startsWith(QLatin1String("unknown")))
            return decode(bytes, QString()); // an unknown label is not a binding declaration
        return out;
    }
    if (utf16WithoutBom(bytes).isEmpty()) {
        if (firstInvalidUtf8(bytes.constData(), n) < 0)
            return convertUtf8(bytes.constData(), n, false);
        // A stray byte or two in what is otherwise UTF-8 (a pasted no-break space, a truncated
        // last character) must not turn every other accent and curly quote into mojibake.
        if (isMostlyUtf8(bytes.constData(), n)) {
            DecodedText out = convertWithIcu(bytes, 0, QStringLiteral("UTF-8"), false);
            if (out.ok)
                return out;
        }
    }
    const QString detected = detect(bytes);
    DecodedText out = convertWithIcu(bytes, 0, detected, true);
    if (!out.ok) // the guess was wrong somewhere: keep the text, replacing what cannot be read
        out = convertWithIcu(bytes, 0, detected, false);
    return out;
}

} // namespace ql
