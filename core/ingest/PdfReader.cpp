#include "core/ingest/PdfReader.h"

#include "core/ingest/OcrEngine.h"
#include "core/ingest/OcrProgress.h"
#include "core/ingest/PlainTextReader.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QtGlobal>

#if QT_VERSION_MAJOR >= 6
#include <poppler-qt6.h>
#else
#include <poppler-qt5.h>
#endif

#include <QLoggingCategory>
#include <QVariant>

#include <atomic>
#include <memory>
#include <mutex>

namespace ql {

namespace {

struct PdfLine
{
    QString text;
    qreal top = 0;
    qreal bottom = 0;
    qreal left = 0;
    bool paragraphStart = false; // OCR's layout analysis says so; text layers rely on the gaps
};

template<typename Box> QList<PdfLine> linesOfPage(const Box& boxes)
{
    // poppler lists words in reading order; nextWord() chains the words of one line.
    QList<PdfLine> lines;
    PdfLine current;
    bool open = false;
    for (const auto& box : boxes) {
        const QRectF r = box->boundingBox();
        if (!open) {
            current = PdfLine { QString(), r.top(), r.bottom(), r.left() };
            open = true;
        }
        current.text += box->text();
        current.top = qMin(current.top, r.top());
        current.bottom = qMax(current.bottom, r.bottom());
        if (box->nextWord()) {
            if (box->hasSpaceAfter())
                current.text += QLatin1Char(' ');
        } else {
            lines.append(current);
            open = false;
        }
    }
    if (open)
        lines.append(current);
    return lines;
}

// Digits replaced, so "Page 3 of 9" and "Page 4 of 9" count as the same running line.
QString shape(const QString& line)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QString s = PlainTextReader::cleanLine(line).toLower();
    s.replace(digits, QStringLiteral("#"));
    return s;
}

bool isPageNumber(const QString& line)
{
    static const QRegularExpression re(QStringLiteral("^[\\s\\p{P}]*(?:(?:page|seite|página|p\\.)\\s*)?\\d{1,"
                                                      "4}(?:\\s*(?:of|/|von|de)\\s*\\d{1,4})?[\\s\\p{P}]*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(line).hasMatch();
}

bool hasText(const QList<PdfLine>& lines)
{
    for (const PdfLine& line : lines) {
        if (!PlainTextReader::cleanLine(line.text).isEmpty())
            return true;
    }
    return false;
}

// The page's lines in PDF points (as the text layer gives them), so the header, footer and
// paragraph rules below treat recognised pages like the others.
QList<PdfLine> linesOfOcrPage(const OcrPageResult& ocr, int dpi)
{
    const qreal scale = 72.0 / dpi;
    QList<PdfLine> lines;
    lines.reserve(ocr.lines.size());
    for (const OcrLine& l : ocr.lines)
        lines.append(PdfLine { l.text, l.top * scale, l.bottom * scale, l.left * scale, l.paragraphStart });
    return lines;
}

Q_LOGGING_CATEGORY(popplerLog, "quoteline.pdf.poppler", QtWarningMsg)

// poppler reports every flaw of a damaged file through qDebug: 99,502 stderr lines for one PDF,
// burying the import's own one-line answer. The flaws say nothing the analyst can act on (the
// reader's error does), so the first few go to a logging category that is off unless asked for
// (QT_LOGGING_RULES="quoteline.pdf.poppler.debug=true") and the rest are dropped.
void popplerMessage(const QString& message, const QVariant&)
{
    static std::atomic<int> logged { 0 };
    if (logged.fetch_add(1, std::memory_order_relaxed) < 100)
        qCDebug(popplerLog, "%s", qUtf8Printable(message));
}

void quietPoppler()
{
    static std::once_flag installed;
    std::call_once(installed, [] { Poppler::setDebugErrorFunction(popplerMessage, QVariant()); });
}

} // namespace

PdfReadResult PdfReader::read(const QByteArray& bytes) const
{
    quietPoppler();
    PdfReadResult result;
#if QT_VERSION_MAJOR >= 6
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
#else
    std::unique_ptr<Poppler::Document> doc(Poppler::Document::loadFromData(bytes));
#endif
    if (!doc) {
        result.error = QStringLiteral("damaged PDF: poppler cannot open it");
        return result;
    }
    if (doc->isLocked()) {
        result.error = QStringLiteral("encrypted PDF: cannot read its text");
        return result;
    }
    result.title = doc->info(QStringLiteral("Title")).trimmed();

    const int pageCount = doc->numPages();
    QList<QList<PdfLine>> pages;
    pages.reserve(pageCount);
    std::unique_ptr<OcrEngine> ocr; // loaded on the first scanned page: the model takes a while
    QSet<QString> lowConfidenceSeen;
    for (int i = 0; i < pageCount; ++i) {
#if QT_VERSION_MAJOR >= 6
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page) {
            pages.append(QList<PdfLine>());
            continue;
        }
        const auto boxes = page->textList();
#else
        std::unique_ptr<Poppler::Page> page(doc->page(i));
        if (!page) {
            pages.append(QList<PdfLine>());
            continue;
        }
        QList<Poppler::TextBox*> raw = page->textList();
        std::vector<std::unique_ptr<Poppler::TextBox>> boxes;
        boxes.reserve(size_t(raw.size()));
        for (Poppler::TextBox* b : raw)
            boxes.emplace_back(b);
#endif
        QList<PdfLine> lines = linesOfPage(boxes);
        if (!hasText(lines) && OcrEngine::compiledIn()) {
            if (!OcrProgressScope::reportPage(i, pageCount)) {
                result.error = QStringLiteral("cancelled during OCR");
                return result;
            }
            if (!ocr) {
                ocr = std::make_unique<OcrEngine>();
                // Smooth edges are what Tesseract's models were trained on.
                doc->setRenderHint(Poppler::Document::Antialiasing, true);
                doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
            }
            if (!ocr->isReady()) {
                result.error = QStringLiteral("no text layer: needs OCR, but %1").arg(ocr->error());
                return result;
            }
            constexpr int dpi = OcrEngine::RenderDpi;
            const OcrPageResult recognised = ocr->recognise(page->renderToImage(dpi, dpi), dpi);
            if (!recognised.ok) {
                result.error = recognised.error;
                return result;
            }
            lines = linesOfOcrPage(recognised, dpi);
            result.ocr = true;
            ++result.ocrPages;
            for (const OcrWord& w : recognised.lowConfidenceWords) {
                if (!lowConfidenceSeen.contains(w.text)) {
                    lowConfidenceSeen.insert(w.text);
                    result.lowConfidenceWords.append(w.text);
                }
            }
        }
        pages.append(lines);
    }

    // Running headers and footers: the same first or last lines on most pages.
    QHash<QString, int> edgeCount;
    constexpr int EdgeLines = 2;
    for (const auto& lines : std::as_const(pages)) {
        QSet<QString> seen;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i < EdgeLines || i >= lines.size() - EdgeLines)
                seen.insert(shape(lines[i].text));
        }
        for (const QString& s : std::as_const(seen))
            ++edgeCount[s];
    }
    const int repeatThreshold = qMax(2, (pageCount + 1) / 2);

    bool anyText = false;
    for (const auto& lines : std::as_const(pages)) {
        qreal lastBottom = -1;
        qreal lineHeight = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const PdfLine& line = lines[i];
            const QString text = PlainTextReader::cleanLine(line.text);
            if (text.isEmpty())
                continue;
            anyText = true;
            const bool edge = i < EdgeLines || i >= lines.size() - EdgeLines;
            if (edge
                && (isPageNumber(text) || (pageCount > 1 && edgeCount.value(shape(text)) >= repeatThreshold)))
                continue;
            const qreal height = line.bottom - line.top;
            // A vertical gap wider than a line, or a jump back up (next column), ends a paragraph.
            if (lastBottom >= 0
                && (line.paragraphStart || line.top - lastBottom > 0.8 * qMax(height, lineHeight)
                    || line.top < lastBottom - height)) {
                if (!result.lines.isEmpty() && !result.lines.back().isEmpty())
                    result.lines.append(QString());
            }
            result.lines.append(text);
            lastBottom = line.bottom;
            lineHeight = height;
        }
        // A page ends a paragraph only where its last line ends a sentence.
        static const QString enders = QStringLiteral(".!?\"”:");
        if (!result.lines.isEmpty() && !result.lines.back().isEmpty()
            && enders.contains(result.lines.back().back()))
            result.lines.append(QString());
    }
    while (!result.lines.isEmpty() && result.lines.back().isEmpty())
        result.lines.removeLast();
    if (!anyText) {
        result.error = result.ocr ? QStringLiteral("no text layer, and OCR found no text either")
                                  : QStringLiteral("no text layer: needs OCR");
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace ql
