#include "core/ingest/MarkdownReader.h"

#include "core/ingest/DateParser.h"
#include "core/ingest/PlainTextReader.h"

#include <QRegularExpression>

#include <cmark.h>

#include <memory>

namespace ql {

namespace {

struct NodeDeleter
{
    void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct IterDeleter
{
    void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};

bool isBlock(cmark_node_type t)
{
    return t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING || t == CMARK_NODE_CODE_BLOCK
        || t == CMARK_NODE_HTML_BLOCK || t == CMARK_NODE_ITEM || t == CMARK_NODE_BLOCK_QUOTE;
}

// "key: value" lines of a YAML front matter block; returns where the Markdown itself starts.
qsizetype readFrontMatter(const QString& md, MetadataHints& hints)
{
    static const QRegularExpression block(
        QStringLiteral("^\\x{FEFF}?---[ \\t]*\\r?\\n(.*?)\\r?\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|$)"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = block.match(md);
    if (!m.hasMatch())
        return 0;
    static const QRegularExpression kv(QStringLiteral("^\\s*([A-Za-z_][\\w-]*)\\s*:\\s*(.*?)\\s*$"));
    const QStringList lines = m.captured(1).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QRegularExpressionMatch f = kv.match(line);
        if (!f.hasMatch())
            continue;
        const QString key = f.captured(1).toLower();
        QString value = f.captured(2);
        if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\''))
            && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        if (key == QLatin1String("title"))
            hints.title = value;
        else if (key == QLatin1String("date") || key == QLatin1String("published")
            || key == QLatin1String("pubdate") || key == QLatin1String("date_published")) {
            const QDate d = DateParser::parse(value);
            if (d.isValid())
                hints.dates.append(
                    { d, QStringLiteral("front matter %1").arg(key), DateCandidate::Structured });
        } else if (key == QLatin1String("source") || key == QLatin1String("url")
            || key == QLatin1String("canonical") || key == QLatin1String("link")) {
            if (value.startsWith(QLatin1String("http"))) {
                hints.sourceUrl = value;
                hints.sourceOrigin = QStringLiteral("front matter %1").arg(key);
            }
        } else if (key == QLatin1String("publisher") || key == QLatin1String("site")) {
            hints.publisher = value;
        } else if (key == QLatin1String("lang") || key == QLatin1String("language")) {
            hints.language = value.section(QLatin1Char('-'), 0, 0).toLower();
        }
    }
    return m.capturedEnd(0);
}

} // namespace

MarkdownReadResult MarkdownReader::read(const QString& markdown) const
{
    MarkdownReadResult result;
    const qsizetype bodyStart = readFrontMatter(markdown, result.hints);
    const QByteArray utf8 = QStringView(markdown).mid(bodyStart).toUtf8();
    const std::unique_ptr<cmark_node, NodeDeleter> doc(
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT));
    if (!doc)
        return result;

    QStringList& lines = result.lines;
    QString current;
    auto flush = [&] {
        const QStringList parts = current.split(QLatin1Char('\n'));
        bool any = false;
        for (const QString& part : parts) {
            QString c = PlainTextReader::cleanLine(part);
            if (!c.isEmpty()) {
                lines.append(std::move(c));
                any = true;
            }
        }
        if (any)
            lines.append(QString());
        current.clear();
    };

    const std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(doc.get()));
    cmark_event_type ev;
    int skipDepth = 0; // inside images: their alt text is not article text
    while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        cmark_node* node = cmark_iter_get_node(iter.get());
        const cmark_node_type t = cmark_node_get_type(node);
        if (t == CMARK_NODE_IMAGE) {
            skipDepth += ev == CMARK_EVENT_ENTER ? 1 : -1;
            continue;
        }
        if (skipDepth > 0)
            continue;
        if (isBlock(t) || t == CMARK_NODE_THEMATIC_BREAK) {
            if (ev == CMARK_EVENT_ENTER) {
                flush();
                if (t == CMARK_NODE_CODE_BLOCK) {
                    current += QString::fromUtf8(cmark_node_get_literal(node));
                    flush();
                }
            } else {
                flush();
            }
            continue;
        }
        if (ev != CMARK_EVENT_ENTER)
            continue;
        switch (t) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            current += QString::fromUtf8(cmark_node_get_literal(node));
            break;
        case CMARK_NODE_SOFTBREAK:
            current += QLatin1Char(' ');
            break;
        case CMARK_NODE_LINEBREAK:
            current += QLatin1Char('\n');
            break;
        default:
            break; // inline HTML and link targets are not text
        }
    }
    flush();
    while (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return result;
}

} // namespace ql
