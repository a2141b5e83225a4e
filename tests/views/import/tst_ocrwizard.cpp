// The import wizard on a scanned PDF: it says OCR is slow and which page it is on, Cancel stops
// the scan between pages, the review page marks the text as recognised by OCR, and the stored
// article keeps that mark for the reader.
#include "core/ingest/PdfReader.h"
#include "core/store/Store.h"
#include "models/edits/StoreEdits.h"
#include "models/import/ReviewListModel.h"
#include "tests/core/ingest/ScannedPdf.h"
#include "views/import/ImportWizard.h"
#include "views/import/PreparationRunner.h"
#include "views/import/ReviewPage.h"
#include "views/import/SourcesPage.h"
#include "views/reader/ArticleReader.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace ql;

namespace {

QString writeScan(const QTemporaryDir& dir, const QString& name, const QList<QStringList>& pages)
{
    QList<QImage> images;
    for (const QStringList& page : pages)
        images.append(test::scannedPage(page));
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(test::scannedPdf(images));
    return path;
}

} // namespace

class TestOcrWizard : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<Store>();
        const StoreError e = m_store->open(m_dir->filePath(QStringLiteral("library.qlstore")));
        QVERIFY2(!e.isError(), qPrintable(e.message));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void scannedSpeechThroughTheWizard()
    {
        const QString path = writeScan(*m_dir, QStringLiteral("scanned-speech.pdf"),
            { { QStringLiteral("Press conference in Brussels"),
                QStringLiteral("\"We will double our support,\" said Jane Doe.") } });
        QVERIFY(!path.isEmpty());
        QUndoStack undo;
        ql::StoreEdits edits(m_store.get(), &undo);
        ImportWizard wizard(m_store.get(), &edits);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QSignalSpy pages(wizard.runner(), &PreparationRunner::ocrPageStarted);

        wizard.addSources(ImportSources { { path }, {} });
        // While the page is recognised the wizard says what it is doing and that it is slow.
        QTRY_VERIFY_WITH_TIMEOUT(
            wizard.sourcesPage()->statusText().contains(QLatin1String("OCR is slow")), 30000);
        QVERIFY2(wizard.sourcesPage()->statusText().contains(QLatin1String("page 1 of 1")),
            qPrintable(wizard.sourcesPage()->statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isReading(), 60000);
        QCOMPARE(pages.count(), 1);
        QVERIFY(!wizard.sourcesPage()->statusText().contains(QLatin1String("OCR")));
        QCOMPARE(wizard.documents()->count(ReviewEntry::Status::Ok), 1);

        wizard.next();
        ReviewPage* review = wizard.reviewPage();
        review->setCurrentRow(0);
        QVERIFY2(review->statusLabel()->text().contains(QLatin1String("recognised by OCR")),
            qPrintable(review->statusLabel()->text()));
        QVERIFY(review->originalView()->toPlainText().contains(QLatin1String("scanned PDF")));
        QVERIFY(review->cleanedView()->toPlainText().contains(QLatin1String("We will double our support")));
        const Extraction& found = wizard.documents()->entry(0).prepared.extraction;
        QVERIFY(!found.statements.isEmpty());

        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::SummaryPageId));
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(m_store->articleCount(), 1);
        const qint64 id = m_store->articleSummaries(0, 1).first().id;
        const std::optional<Article> stored = m_store->article(id);
        QVERIFY(stored.has_value());
        QVERIFY(PdfReader::isOcrFormat(stored->format));

        // The reader marks it, above the text so the statement offsets stay the store's.
        ArticleReader reader;
        reader.resize(600, 400);
        reader.showArticle(*stored, {}, {});
        QVERIFY2(
            reader.ocrNotice().contains(QLatin1String("recognised by OCR")), qPrintable(reader.ocrNotice()));
        QCOMPARE(reader.toPlainText(), stored->text);
        Article typed = *stored;
        typed.format = QStringLiteral("pdf");
        reader.showArticle(typed, {}, {});
        QVERIFY(reader.ocrNotice().isEmpty());
    }

    void cancelStopsBetweenPages()
    {
        const QString path = writeScan(*m_dir, QStringLiteral("long-scan.pdf"),
            { { QStringLiteral("First page of the hearing.") },
                { QStringLiteral("Second page of the hearing.") },
                { QStringLiteral("Third page of the hearing.") } });
        QVERIFY(!path.isEmpty());
        QUndoStack undo;
        ql::StoreEdits edits(m_store.get(), &undo);
        ImportWizard wizard(m_store.get(), &edits);
        QSignalSpy pages(wizard.runner(), &PreparationRunner::ocrPageStarted);
        QSignalSpy cancelled(wizard.runner(), &PreparationRunner::batchCancelled);
        // The analyst presses Cancel as soon as the first page is being recognised.
        bool pressed = false;
        connect(wizard.runner(), &PreparationRunner::ocrPageStarted, &wizard, [&] {
            if (!pressed)
                wizard.sourcesPage()->cancelButton()->click();
            pressed = true;
        });
        wizard.addSources(ImportSources { { path }, {} });
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isReading(), 60000);
        QCOMPARE(cancelled.count(), 1);
        // Stopped after the page in hand, not at the end of the document.
        QVERIFY2(pages.count() < 3, qPrintable(QString::number(pages.count())));
        QCOMPARE(wizard.documents()->rowCount(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

QTEST_MAIN(TestOcrWizard)
#include "tst_ocrwizard.moc"
