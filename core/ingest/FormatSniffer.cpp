#include "core/ingest/FormatSniffer.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace ql {

namespace {

QString magicType(const QByteArray& b)
{
    struct Magic
    {
        const char* bytes;
        int size;
        const char* name;
    };
    static const Magic magics[] = {
        { "PK\x03\x04", 4, "ZIP archive or Office document" },
        { "\x89PNG", 4, "PNG image" },
        { "\xff\xd8\xff", 3, "JPEG image" },
        { "GIF8", 4, "GIF image" },
        { "\x1f\x8b", 2, "gzip archive" },
        { "7z\xbc\xaf", 4, "7-Zip archive" },
        { "Rar!", 4, "RAR archive" },
        { "\xd0\xcf\x11\xe0", 4, "legacy Office document" },
        { "\x7f"
          "ELF",
            4, "executable" },
        { "MZ", 2, "executable" },
        { "{\\rtf", 5, "RTF document" },
        { "OggS", 4, "audio file" },
        { "ID3", 3, "audio file" },
        { "\x00\x00\x00\x18"
          "ftyp",
            8, "video file" },
        { "\x00\x00\x00\x20"
          "ftyp",
            8, "video file" },
    };
    for (const Magic& m : magics) {
        if (b.size() >= m.size && memcmp(b.constData(), m.bytes, size_t(m.size)) == 0)
            return QString::fromLatin1(m.name);
    }
    if (b.startsWith("RIFF") && b.size() >= 12)
        return QStringLiteral("media file");
    return {};
}

bool looksBinary(const QByteArray& b)
{
    const auto* u = reinterpret_cast<const unsigned char*>(b.constData());
    const qsizetype n = qMin<qsizetype>(b.size(), 8192);
    // UTF-16 text is full of NULs but in a regular pattern; a BOM says so outright.
    if (n >= 2 && ((u[0] == 0xff && u[1] == 0xfe) || (u[0] == 0xfe && u[1] == 0xff)))
        return false;
    qsizetype evenZeros = 0, oddZeros = 0, controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = u[i];
        if (c == 0)
            (i % 2 ? oddZeros : evenZeros) += 1;
        else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b)
            ++controls;
    }
    const qsizetype zeros = evenZeros + oddZeros;
    if (zeros > 0) {
        const bool utf16Pattern
            = (oddZeros > n / 4 && evenZeros * 20 < n) || (evenZeros > n / 4 && oddZeros * 20 < n);
        if (!utf16Pattern)
            return true;
    }
    return controls * 50 > n; // more than 2 % control characters
}

bool looksLikeHtml(const QByteArray& b)
{
    const QByteArray head = b.left(2048).trimmed().toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
        || head.startsWith("<!--") || head.startsWith("<head") || head.startsWith("<body"))
        return head.startsWith("<?xml") ? head.contains("<html") : true;
    // Fragments (clipboard HTML) open with a tag and carry block-level markup.
    if (head.startsWith('<')) {
        static const char* const tags[] = { "<p", "<div", "<article", "<span", "<meta", "<h1", "<h2", "<br",
            "<section", "<table", "<ul" };
        for (const char* t : tags) {
            if (head.contains(t))
                return true;
        }
    }
    return false;
}

bool looksLikeMarkdown(const QByteArray& b)
{
    const QString head = QString::fromUtf8(b.left(4096));
    static const QRegularExpression md(QStringLiteral(
        "(?m)^(?:#{1,6} \\S|---\\s*$\\n(?:title|date|author):|```|\\* \\[|\\[[^\\]]+\\]\\(https?://)"));
    return md.match(head).hasMatch();
}

} // namespace

QString FormatSniffer::formatName(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Html:
        return QStringLiteral("html");
    case DocumentFormat::Markdown:
        return QStringLiteral("markdown");
    case DocumentFormat::Pdf:
        return QStringLiteral("pdf");
    case DocumentFormat::Text:
        return QStringLiteral("text");
    case DocumentFormat::Binary:
    case DocumentFormat::Unsupported:
        break;
    }
    return {};
}

SniffResult FormatSniffer::sniff(
    const QByteArray& bytes, const QString& nameHint, const QString& mimeType) const
{
    const QString mime = mimeType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    QString suffix = QFileInfo(nameHint.section(QLatin1Char('?'), 0, 0)).suffix().toLower();

    if (bytes.left(1024).contains("%PDF-"))
        return { DocumentFormat::Pdf, {} };
    const QString magic = magicType(bytes);
    if (!magic.isEmpty())
        return { DocumentFormat::Unsupported, magic };

    static const QStringList unsupported = { QStringLiteral("doc"), QStringLiteral("docx"),
        QStringLiteral("odt"), QStringLiteral("xls"), QStringLiteral("xlsx"), QStringLiteral("ppt"),
        QStringLiteral("pptx"), QStringLiteral("epub"), QStringLiteral("rtf"), QStringLiteral("png"),
        QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("gif"), QStringLiteral("zip"),
        QStringLiteral("exe"), QStringLiteral("mp3"), QStringLiteral("mp4"), QStringLiteral("json"),
        QStringLiteral("csv"), QStringLiteral("xml"), QStringLiteral("js"), QStringLiteral("css") };
    if (unsupported.contains(suffix))
        return { DocumentFormat::Unsupported, QStringLiteral(".%1 file").arg(suffix) };
    if (looksBinary(bytes))
        return { DocumentFormat::Binary, {} };

    if (mime == QLatin1String("application/pdf") || suffix == QLatin1String("pdf"))
        return { DocumentFormat::Unsupported, QStringLiteral("PDF without a PDF header") };
    if (mime == QLatin1String("text/html") || mime == QLatin1String("application/xhtml+xml")
        || suffix == QLatin1String("html") || suffix == QLatin1String("htm")
        || suffix == QLatin1String("xhtml") || suffix == QLatin1String("mhtml"))
        return { DocumentFormat::Html, {} };
    if (mime == QLatin1String("text/markdown") || suffix == QLatin1String("md")
        || suffix == QLatin1String("markdown") || suffix == QLatin1String("mdown"))
        return { DocumentFormat::Markdown, {} };
    if (looksLikeHtml(bytes))
        return { DocumentFormat::Html, {} };
    if (mime.isEmpty() && suffix.isEmpty() && looksLikeMarkdown(bytes))
        return { DocumentFormat::Markdown, {} };
    if (!mime.isEmpty() && !mime.startsWith(QLatin1String("text/")))
        return { DocumentFormat::Unsupported, mime };
    return { DocumentFormat::Text, {} };
}

} // namespace ql
