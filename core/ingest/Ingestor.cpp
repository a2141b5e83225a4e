#include "core/ingest/Ingestor.h"

#include "core/ingest/BoilerplateFilter.h"
#include "core/ingest/FormatSniffer.h"
#include "core/ingest/HtmlReader.h"
#include "core/ingest/MarkdownReader.h"
#include "core/ingest/MetadataExtractor.h"
#include "core/ingest/PdfReader.h"
#include "core/ingest/PlainTextReader.h"
#include "core/ingest/TextDecoder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ql {

namespace {

IngestResult failure(const QString& reason, const QString& source)
{
    IngestResult r;
    r.error = reason;
    r.source = source;
    return r;
}

QString charsetOf(const QString& mimeType)
{
    static const QRegularExpression re(
        QStringLiteral("charset\\s*=\\s*\"?([^\";\\s]+)"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(mimeType);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool isBlank(const QByteArray& bytes)
{
    for (const char c : bytes) {
        if (!(c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v'))
            return false;
    }
    return true;
}

// Paths from a text/uri-list payload: local files only; comments skipped.
QStringList urisOf(const QByteArray& list, QStringList* remote)
{
    QStringList paths;
    const QList<QByteArray> lines = list.split('\n');
    for (const QByteArray& raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QUrl url = QUrl::fromEncoded(line);
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
        else
            remote->append(QString::fromUtf8(line));
    }
    return paths;
}

} // namespace

QStringList Ingestor::expandPaths(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        QStringList inside;
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            inside.append(it.next());
        inside.sort();
        files += inside;
    }
    return files;
}

QString Ingestor::notRegularFile(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat target;
    if (::stat(QFile::encodeName(path).constData(), &target) != 0)
        return QStringLiteral("file not found");
    const mode_t mode = target.st_mode;
    QString what;
    if (S_ISREG(mode))
        return {};
    if (S_ISDIR(mode))
        return QStringLiteral("is a folder, not a file");
    if (S_ISCHR(mode))
        what = QStringLiteral("a character device");
    else if (S_ISBLK(mode))
        what = QStringLiteral("a block device");
    else if (S_ISFIFO(mode))
        what = QStringLiteral("a named pipe (FIFO)");
    else if (S_ISSOCK(mode))
        what = QStringLiteral("a socket");
    else
        what = QStringLiteral("a special file");
    const QFileInfo link(path);
    if (link.isSymLink())
        return QStringLiteral("is a symbolic link to %1 (%2), not a regular file")
            .arg(what, link.symLinkTarget());
    return QStringLiteral("is %1, not a regular file").arg(what);
#else
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("file not found");
    if (info.isDir())
        return QStringLiteral("is a folder, not a file");
    return info.isFile() ? QString() : QStringLiteral("is not a regular file");
#endif
}

IngestResult Ingestor::readFile(const QString& path) const
{
    // Devices, FIFOs and sockets are refused before they are opened: /dev/zero never ends, and
    // opening a FIFO waits for a writer that may never come.
    if (const QString refused = notRegularFile(path); !refused.isEmpty())
        return failure(refused, path);
    const QFileInfo info(path);
    if (info.size() > MaxFileSize)
        return failure(sizeLimitMessage(), path);
    QFile file(path);
#ifdef Q_OS_UNIX
    // Opened without blocking and checked again through the descriptor, so a file swapped for a
    // FIFO or device after the check above is still refused rather than read without end.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return failure(
            QStringLiteral("unreadable file: %1").arg(QString::fromLocal8Bit(std::strerror(errno))), path);
    struct stat opened;
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode)) {
        ::close(fd);
        return failure(QStringLiteral("is not a regular file"), path);
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return failure(QStringLiteral("unreadable file: %1").arg(file.errorString()), path);
    }
#else
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("unreadable file: %1").arg(file.errorString()), path);
#endif
    // Bounded even when the file grows while it is read.
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(QStringLiteral("unreadable file: %1").arg(file.errorString()), path);
    if (bytes.size() > MaxFileSize)
        return failure(sizeLimitMessage(), path);
    IngestResult r = readBytes(bytes, info.fileName());
    r.source = path;
    return r;
}

QString Ingestor::sizeLimitMessage()
{
    return QStringLiteral("file is larger than the %1 MiB limit").arg(MaxFileSize / (1024 * 1024));
}

IngestResult Ingestor::readBytes(
    const QByteArray& bytes, const QString& nameHint, const QString& mimeType) const
{
    if (bytes.size() > MaxFileSize)
        return failure(sizeLimitMessage(), nameHint);
    if (isBlank(bytes))
        return failure(QStringLiteral("empty file"), nameHint);

    const SniffResult sniffed = FormatSniffer().sniff(bytes, nameHint, mimeType);
    if (sniffed.format == DocumentFormat::Binary)
        return failure(QStringLiteral("binary file: not a text, HTML, Markdown or PDF document"), nameHint);
    if (sniffed.format == DocumentFormat::Unsupported)
        return failure(QStringLiteral("unsupported type: %1").arg(sniffed.detail), nameHint);

    IngestResult result;
    result.source = nameHint;
    Article& a = result.article;
    a.fileName = nameHint;
    a.original = bytes;
    a.format = FormatSniffer::formatName(sniffed.format);

    QStringList lines;
    MetadataHints hints;
    if (sniffed.format == DocumentFormat::Pdf) {
        PdfReadResult pdf = PdfReader().read(bytes);
        if (!pdf.ok)
            return failure(pdf.error, nameHint);
        lines = std::move(pdf.lines);
        hints.title = pdf.title;
        if (pdf.ocr) {
            a.format = PdfReader::ocrFormatName();
            a.lowConfidenceWords = std::move(pdf.lowConfidenceWords);
        }
    } else {
        QString declared = charsetOf(mimeType);
        if (declared.isEmpty() && sniffed.format == DocumentFormat::Html)
            declared = HtmlReader::declaredCharset(bytes);
        const DecodedText decoded = TextDecoder().decode(bytes, declared);
        if (!decoded.ok)
            return failure(decoded.error, nameHint);
        if (sniffed.format == DocumentFormat::Html) {
            HtmlReadResult html = HtmlReader().read(decoded.text);
            lines = std::move(html.lines);
            hints = std::move(html.hints);
            if (lines.isEmpty())
                return failure(QStringLiteral("HTML with no article body"), nameHint);
        } else if (sniffed.format == DocumentFormat::Markdown) {
            MarkdownReadResult md = MarkdownReader().read(decoded.text);
            lines = std::move(md.lines);
            hints = std::move(md.hints);
        } else {
            lines = PlainTextReader().lines(decoded.text);
        }
    }

    const QStringList clean = BoilerplateFilter().filter(lines);
    a.text = PlainTextReader::assemble(clean);
    if (a.text.isEmpty()) {
        return failure(sniffed.format == DocumentFormat::Html
                ? QStringLiteral("HTML with no article body")
                : QStringLiteral("no article text left after removing page furniture"),
            nameHint);
    }
    MetadataExtractor().apply(hints, lines, nameHint, a);
    a.contentHash = QCryptographicHash::hash(a.text.toUtf8(), QCryptographicHash::Sha256).toHex();
    result.ok = true;
    return result;
}

QList<IngestResult> Ingestor::readMimePayload(const QMap<QString, QByteArray>& formats) const
{
    QList<IngestResult> results;
    const auto uriList = formats.constFind(QStringLiteral("text/uri-list"));
    if (uriList != formats.constEnd()) {
        QStringList remote;
        const QStringList files = expandPaths(urisOf(uriList.value(), &remote));
        for (const QString& path : files)
            results.append(readFile(path));
        for (const QString& url : std::as_const(remote))
            results.append(
                failure(QStringLiteral("not a local file (Quoteline never downloads): %1").arg(url), url));
        if (!files.isEmpty())
            return results;
        if (!remote.isEmpty() && !formats.contains(QStringLiteral("text/html"))
            && !formats.contains(QStringLiteral("text/plain")))
            return results;
        results.clear();
    }
    // Browsers put the page address beside dragged HTML; it names the source without fetching it.
    QString sourceUrl;
    const auto mozUrl = formats.constFind(QStringLiteral("text/x-moz-url"));
    if (mozUrl != formats.constEnd()) {
        const QByteArray& raw = mozUrl.value();
        const QString text = raw.size() > 1 && raw[1] == 0
            ? QString::fromUtf16(reinterpret_cast<const char16_t*>(raw.constData()), raw.size() / 2)
            : QString::fromUtf8(raw);
        sourceUrl = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    }
    const QString label = sourceUrl.startsWith(QLatin1String("http")) ? sourceUrl : QString();
    for (const QString& type :
        { QStringLiteral("text/html"), QStringLiteral("text/markdown"), QStringLiteral("text/plain") }) {
        const auto it = formats.constFind(type);
        if (it == formats.constEnd())
            continue;
        const QString suffix = type == QLatin1String("text/html") ? QStringLiteral("html")
            : type == QLatin1String("text/markdown")              ? QStringLiteral("md")
                                                                  : QStringLiteral("txt");
        IngestResult r
            = readBytes(it.value(), label.isEmpty() ? QStringLiteral("pasted.%1").arg(suffix) : label,
                type + QStringLiteral(";charset=utf-8"));
        if (!label.isEmpty()) {
            r.article.fileName = QStringLiteral("pasted.%1").arg(suffix);
            if (r.article.sourceUrl.isEmpty())
                r.article.sourceUrl = label;
        }
        results.append(r);
        return results;
    }
    results.append(
        failure(QStringLiteral("unsupported type: the drop holds no file, text or HTML"), QString()));
    return results;
}

} // namespace ql
