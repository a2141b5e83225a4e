// PdfReader (through Ingestor): a transcript written by the test with QPdfWriter is read in
// order, running headers and footers dropped; a PDF without any text, not even for OCR, is refused.
#include "core/ingest/Ingestor.h"
#include "core/ingest/OcrEngine.h"
#include "core/ingest/PdfReader.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QtTest>

using namespace ql;

namespace {

// Two pages: a running header and a "Page N of 2" footer on each, body lines in between.
QByteArray transcriptPdf(const QList<QStringList>& pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setTitle(QStringLiteral("Remarks at the shipbuilding conference"));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    painter.setFont(font);
    const int lineHeight = 16;
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        painter.drawText(40, 30, QStringLiteral("Ministry of Defence \u2013 Speeches"));
        int y = 80;
        for (const QString& line : pages[p]) {
            if (line.isEmpty()) {
                y += lineHeight; // a blank line between paragraphs
                continue;
            }
            painter.drawText(40, y, line);
            y += lineHeight;
        }
        painter.drawText(40, 780, QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size()));
    }
    painter.end();
    return bytes;
}

QByteArray imageOnlyPdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    painter.fillRect(QRect(100, 100, 2000, 1000), Qt::darkGray); // a scanned page: pixels, no text
    painter.end();
    return bytes;
}

} // namespace

class TestPdfReader : public QObject
{
    Q_OBJECT

private slots:
    void readsTranscriptInOrder()
    {
        const QList<QStringList> pages = {
            { QStringLiteral("Remarks by Minister Ada Lind at the shipbuilding conference"), QString(),
                QStringLiteral("Ladies and gentlemen,"), QString(),
                QStringLiteral("Our yards are working at full speed."),
                QStringLiteral("We will order four more frigates.") },
            { QStringLiteral("Speed is now a capability in itself."), QString(),
                QStringLiteral("Thank you.") },
        };
        const QByteArray pdf = transcriptPdf(pages);
        QVERIFY(pdf.startsWith("%PDF-"));
        const IngestResult r = Ingestor().readBytes(pdf, QStringLiteral("remarks.pdf"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.article.format, QStringLiteral("pdf"));
        QCOMPARE(r.article.title, QStringLiteral("Remarks at the shipbuilding conference"));
        const QString& text = r.article.text;
        QVERIFY2(!text.contains(QLatin1String("Ministry of Defence")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("Page 1 of 2")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("Page 2 of 2")), qPrintable(text));
        const QStringList expectedOrder = { QStringLiteral("Remarks by Minister Ada Lind"),
            QStringLiteral("Ladies and gentlemen,"), QStringLiteral("Our yards are working at full speed."),
            QStringLiteral("We will order four more frigates."),
            QStringLiteral("Speed is now a capability in itself."), QStringLiteral("Thank you.") };
        qsizetype at = -1;
        for (const QString& piece : expectedOrder) {
            const qsizetype found = text.indexOf(piece);
            QVERIFY2(found > at,
                qPrintable(QStringLiteral("\"%1\" missing or out of order in:\n%2").arg(piece, text)));
            at = found;
        }
        QVERIFY2(text.contains(QLatin1String("conference\n\nLadies and gentlemen,\n\nOur yards")),
            qPrintable(text));
    }

    void imageOnlyPdfNeedsOcr()
    {
        const IngestResult r = Ingestor().readBytes(imageOnlyPdf(), QStringLiteral("scan.pdf"));
        QVERIFY(!r.ok);
        // A grey box is no text, so OCR (when built in) finds none either; tst_ocr reads real scans.
        QCOMPARE(r.error,
            OcrEngine::compiledIn() ? QStringLiteral("no text layer, and OCR found no text either")
                                    : QStringLiteral("no text layer: needs OCR"));
    }

    void damagedPdf()
    {
        const PdfReadResult r = PdfReader().read(QByteArray("%PDF-1.4\nthis is not really a PDF\n%%EOF"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("PDF")), qPrintable(r.error));
    }
};

QTEST_MAIN(TestPdfReader)
#include "tst_pdfreader.moc"
