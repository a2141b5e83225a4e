// OCR of scanned PDFs: the test paints a speech into an image, puts only that image on a PDF page
// (no text layer, as a scanner makes it) and reads it back through the real ingest and import
// paths: the text is recognised, marked as OCR, and the extractor finds the quote and its speaker.
#include "core/importing/ImportPipeline.h"
#include "core/ingest/Ingestor.h"
#include "core/ingest/OcrEngine.h"
#include "core/ingest/OcrProgress.h"
#include "core/ingest/PdfReader.h"
#include "core/store/Store.h"
#include "tests/core/ingest/ScannedPdf.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QtTest>

using namespace ql;
using ql::test::scannedPage;
using ql::test::scannedPdf;

namespace {

constexpr int Dpi = 300;

const QStringList& speech()
{
    static const QStringList paragraphs = {
        QStringLiteral("Press conference in Brussels"),
        QStringLiteral("\"We will double our support,\" said Jane Doe."),
        QStringLiteral("The ministers met for two days to discuss the next steps."),
    };
    return paragraphs;
}

bool anyStatement(const Extraction& e, const QString& text, const QString& speaker)
{
    for (const Statement& s : e.statements) {
        if (s.text.contains(text) && s.speaker == speaker)
            return true;
    }
    return false;
}

QString describe(const Extraction& e, const QString& text)
{
    QStringList out { QStringLiteral("text:\n") + text, QStringLiteral("statements:") };
    for (const Statement& s : e.statements)
        out.append(QStringLiteral("  [%1] %2").arg(s.speaker, s.text));
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestOcr : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(OcrEngine::compiledIn());
        const OcrEngine engine;
        QVERIFY2(engine.isReady(), qPrintable(engine.error()));
    }

    void readsScannedPage()
    {
        const PdfReadResult r = PdfReader().read(scannedPdf({ scannedPage(speech()) }));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.ocr);
        QCOMPARE(r.ocrPages, 1);
        const QString text = r.lines.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QLatin1String("Press conference in Brussels")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("We will double our support")), qPrintable(text));
        // The layout's blank lines survive as paragraph breaks.
        QVERIFY2(r.lines.contains(QString()), qPrintable(text));
    }

    void scannedSpeechImportsWithStatements()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("scanned-speech.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(scannedPdf({ scannedPage(speech()) }));
        file.close();

        // What the wizard's worker threads do for a file…
        const PreparedArticle prepared = ImportPipeline::prepareFile(path);
        QVERIFY2(prepared.ok, qPrintable(prepared.error));
        QCOMPARE(prepared.article.format, PdfReader::ocrFormatName());
        QVERIFY2(anyStatement(prepared.extraction, QStringLiteral("We will double our support"),
                     QStringLiteral("Jane Doe")),
            qPrintable(describe(prepared.extraction, prepared.article.text)));

        // …and what the CLI's import does, down to the store, which keeps the OCR mark.
        Store store;
        const StoreError opened = store.open(dir.filePath(QStringLiteral("library.qlstore")));
        QVERIFY2(!opened.isError(), qPrintable(opened.message));
        ImportPipeline pipeline(store);
        const QList<ImportResult> results = pipeline.importFiles({ path });
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().status, ImportResult::Status::Imported);
        const std::optional<Article> stored = store.article(results.first().articleId);
        QVERIFY(stored.has_value());
        QVERIFY(PdfReader::isOcrFormat(stored->format));
        QVERIFY(store.statementCount(stored->id) >= 1);
    }

    void noisyWordsAreListedAsLowConfidence()
    {
        const PdfReadResult r = PdfReader().read(scannedPdf(
            { scannedPage(speech(), { QStringLiteral("Rheinmetall Kongsberg Saab Thales Leonardo") }) }));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(!r.lowConfidenceWords.isEmpty(), qPrintable(r.lines.join(QLatin1Char('\n'))));
        // The large, clear words are not among them.
        QVERIFY2(!r.lowConfidenceWords.contains(QStringLiteral("Brussels")),
            qPrintable(r.lowConfidenceWords.join(QLatin1Char(' '))));
    }

    void mixedDocumentKeepsTextLayerAndReadsScan()
    {
        // Page 1 has a text layer, page 2 is a scan: only page 2 goes through OCR.
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(Dpi);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(50);
        painter.setFont(font);
        painter.drawText(240, 400, QStringLiteral("Opening remarks by the chair."));
        writer.newPage();
        painter.drawImage(QPoint(0, 0), scannedPage({ QStringLiteral("Closing remarks by the chair.") }));
        painter.end();

        const PdfReadResult r = PdfReader().read(bytes);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.ocrPages, 1);
        const QString text = r.lines.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QLatin1String("Opening remarks by the chair.")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Closing remarks by the chair.")), qPrintable(text));
        QVERIFY2(text.indexOf(QLatin1String("Opening")) < text.indexOf(QLatin1String("Closing")),
            qPrintable(text));
    }

    void progressHookSeesPagesAndCancels_data()
    {
        QTest::addColumn<int>("stopAt"); // the page whose hook call says stop; -1: never
        QTest::addColumn<QList<int>>("expectedCalls");
        QTest::addColumn<bool>("ok");
        QTest::newRow("runs through") << -1 << QList<int> { 0, 1 } << true;
        QTest::newRow("cancelled before the second page") << 1 << QList<int> { 0, 1 } << false;
        QTest::newRow("cancelled at once") << 0 << QList<int> { 0 } << false;
    }

    void progressHookSeesPagesAndCancels()
    {
        QFETCH(int, stopAt);
        QFETCH(QList<int>, expectedCalls);
        QFETCH(bool, ok);
        const QByteArray pdf = scannedPdf({ scannedPage({ QStringLiteral("First page of the statement.") }),
            scannedPage({ QStringLiteral("Second page of the statement.") }) });
        QList<int> calls;
        OcrProgressScope scope([&](int page, int pages) {
            calls.append(page);
            return pages == 2 && page != stopAt;
        });
        const PdfReadResult r = PdfReader().read(pdf);
        QCOMPARE(calls, expectedCalls);
        QCOMPARE(r.ok, ok);
        if (ok)
            QCOMPARE(r.ocrPages, 2);
        else
            QCOMPARE(r.error, QStringLiteral("cancelled during OCR"));
    }

    void blankScanFindsNoText()
    {
        const PdfReadResult r = PdfReader().read(scannedPdf({ scannedPage({}) }));
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("no text layer, and OCR found no text either"));
    }
};

QTEST_MAIN(TestOcr)
#include "tst_ocr.moc"
