#include "core/importing/ImportPipeline.h"
#include "core/store/Store.h"
#include "core/store/testing/StoreDump.h"
#include "models/edits/StoreEdits.h"
#include "models/import/ExtractionTableModel.h"
#include "models/import/ReviewListModel.h"
#include "views/dialogs/MessageBox.h"
#include "views/import/DropTarget.h"
#include "views/import/DropZone.h"
#include "views/import/ImportWizard.h"
#include "views/import/PasteBox.h"
#include "views/import/PreparationRunner.h"
#include "views/import/ReviewPage.h"
#include "views/import/SourcesPage.h"
#include "views/import/StatementsPage.h"
#include "views/import/SummaryPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>
#include <memory>

using namespace ql;

Q_DECLARE_METATYPE(ql::PreparedArticle)

namespace {

// Invented articles: two officials and an industry chief, with quotes and a spending figure.
const char* const plainArticle
    = "Examplia pledges more for air defence\n\n"
      "VALDORA, 4 March 2024 - The government of Examplia will raise its defence budget, "
      "officials said on Monday.\n\n"
      "\"We will reach two percent of GDP by 2025 and we will not stop there,\" said "
      "Tomas Quill, the defence minister of Examplia.\n\n"
      "\"Our factories are ready to double shell production,\" said Lena Brandt, chief "
      "executive of Northforge Arms.\n\n"
      "The ministry plans to spend 1.2 billion euros on ammunition next year.\n";

const char* const htmlArticle
    = "<!DOCTYPE html><html><head><title>Northern allies agree on a radar network</title>"
      "<meta property=\"article:published_time\" content=\"2024-05-02T10:00:00Z\"></head><body>"
      "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article>"
      "<h1>Northern allies agree on a radar network</h1>"
      "<p>Five northern governments agreed on Thursday to link their air surveillance radars.</p>"
      "<p>\"A gap in the sky is a gap in our defence,\" said Aino Virta, the alliance's deputy "
      "secretary general, after the meeting in Harlund.</p>"
      "<p>\"We expect the first orders within weeks,\" said Marco Bell of Skyline Systems.</p>"
      "</article><footer>Copyright Example Media. All rights reserved.</footer></body></html>";

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(qint64(f.write(bytes)), qint64(bytes.size()));
}

// The drag enters, then drops, as QDrag would deliver it.
void dropOn(QWidget* target, const QMimeData* mime)
{
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

int rowWithSource(const ReviewListModel* model, const QString& suffix)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->entry(row).prepared.source.endsWith(suffix))
            return row;
    return -1;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dropReviewCorrectAndFinish();
    void badFilesAreListedWithTheirReason_data();
    void badFilesAreListedWithTheirReason();
    void alreadyStoredIsADuplicate();
    void cancelMidwayLeavesTheStore_data();
    void cancelMidwayLeavesTheStore();
    void pasteBoxImportsAndHighlights();
    void untickedDocumentStaysOutWithoutUndoStack();
    void readingKeepsTheWindowResponsive();
    void originalIsShownInItsEncoding();
    void dropZoneRefusesWhatItCannotRead();
    void finishWithoutALibraryExplainsAndStaysOpen();
    void sourcesAddedWhileReadingWaitTheirTurn();

private:
    // `settle`: run pending layout first; never inside a slot that must not re-enter the event loop.
    void renderPage(QWizard& wizard, const QString& name, bool settle = true);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QString m_storePath;
};

void TestImportWizard::initTestCase()
{
    // QSignalSpy records the batchFinished payload.
    qRegisterMetaType<QList<PreparedArticle>>();
}

void TestImportWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_storePath = m_dir->filePath(QStringLiteral("library.qls"));
    m_store = std::make_unique<Store>();
    const StoreError e = m_store->open(m_storePath);
    QVERIFY2(!e.isError(), qPrintable(e.message));
    // The first pipeline on a store may set it up (its office table); the snapshots these tests
    // compare are taken after that, so they speak about what an import adds.
    const ImportPipeline setUp(*m_store);
}

void TestImportWizard::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestImportWizard::renderPage(QWizard& wizard, const QString& name, bool settle)
{
    // The PNGs are for looking at the pages; the test only insists that they render.
    const QString dir = QStringLiteral(QL_BINARY_DIR "/wizard-screens");
    QVERIFY(QDir().mkpath(dir));
    // Let pending layout requests run, as they would before the next paint on screen.
    if (settle)
        QCoreApplication::processEvents();
    const QPixmap shot = wizard.grab();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void TestImportWizard::dropReviewCorrectAndFinish()
{
    writeFile(m_dir->filePath(QStringLiteral("examplia.txt")), plainArticle);
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("more")));
    writeFile(m_dir->filePath(QStringLiteral("more/empty.txt")), "   \n");

    QUndoStack undo;

    ql::StoreEdits edits(m_store.get(), &undo);
    ImportWizard wizard(m_store.get(), &edits);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const QStringList before = test::dumpStore(m_storePath);

    QMimeData files;
    files.setUrls({ QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("examplia.txt"))),
        QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("more"))) });
    dropOn(wizard.sourcesPage()->dropZone(), &files);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isReading(), 20000);
    QMimeData page;
    page.setHtml(QString::fromUtf8(htmlArticle));
    dropOn(wizard.sourcesPage()->dropZone(), &page);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isReading(), 20000);

    ReviewListModel* docs = wizard.documents();
    QCOMPARE(docs->rowCount(), 3);
    QCOMPARE(docs->count(ReviewEntry::Status::Ok), 2);
    QCOMPARE(docs->count(ReviewEntry::Status::Rejected), 1);
    QVERIFY(wizard.sourcesPage()->isComplete());
    QVERIFY(wizard.sourcesPage()->statusText().contains(QStringLiteral("2 ok")));
    renderPage(wizard, QStringLiteral("1-sources"));

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ReviewPageId));
    ReviewPage* review = wizard.reviewPage();
    const int textRow = rowWithSource(docs, QStringLiteral("examplia.txt"));
    QVERIFY(textRow >= 0);
    review->setCurrentRow(textRow);
    QVERIFY(review->cleanedView()->toPlainText().contains(QStringLiteral("Northforge Arms")));
    QVERIFY(review->originalView()->toPlainText().startsWith(QStringLiteral("Examplia pledges")));
    review->titleEdit()->selectAll();
    QTest::keyClicks(review->titleEdit(), QStringLiteral("Examplia to reach two percent"));
    QCOMPARE(docs->entry(textRow).prepared.article.title, QStringLiteral("Examplia to reach two percent"));
    review->publisherEdit()->clear();
    QTest::keyClicks(review->publisherEdit(), QStringLiteral("Valdora Courier"));
    const int emptyRow = rowWithSource(docs, QStringLiteral("empty.txt"));
    review->setCurrentRow(emptyRow);
    QVERIFY(!review->titleEdit()->isEnabled());
    QVERIFY(review->statusLabel()->text().contains(QStringLiteral("empty")));
    renderPage(wizard, QStringLiteral("2-review-rejected"));
    const int htmlRow = rowWithSource(docs, QStringLiteral("pasted.html"));
    QVERIFY2(htmlRow >= 0, "the HTML drop is listed under its payload label");
    review->setCurrentRow(htmlRow);
    QCOMPARE(docs->entry(htmlRow).prepared.article.published, QDate(2024, 5, 2));
    // The analyst decides the date is not trustworthy.
    review->noDateCheck()->setChecked(true);
    QVERIFY(!docs->entry(htmlRow).prepared.article.published.isValid());
    review->setCurrentRow(textRow);
    renderPage(wizard, QStringLiteral("2-review"));

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::StatementsPageId));
    StatementsPage* statements = wizard.statementsPage();
    QCOMPARE(statements->documentCombo()->count(), 2);
    QCOMPARE(statements->model()->document(), textRow);
    ExtractionTableModel* table = statements->model();
    const int found = table->statementRows();
    QVERIFY2(found >= 2, qPrintable(QStringLiteral("statements found: %1").arg(found)));
    QVERIFY(table->setData(
        table->index(0, ExtractionTableModel::AcceptColumn), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(table->setData(
        table->index(1, ExtractionTableModel::SpeakerColumn), QStringLiteral("Lena M. Brandt")));
    statements->table()->setCurrentIndex(table->index(1, ExtractionTableModel::TextColumn));
    const QString marked = statements->contextView()->textCursor().selectedText();
    QCOMPARE(marked, table->data(table->index(1, ExtractionTableModel::TextColumn)).toString());
    renderPage(wizard, QStringLiteral("3-statements"));
    const int htmlStatements = int(docs->entry(htmlRow).prepared.extraction.statements.size());

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::SummaryPageId));
    QVERIFY(wizard.summaryPage()->summaryText().contains(QStringLiteral("2 article(s)")));
    QVERIFY(wizard.summaryPage()->leftOutText().contains(QStringLiteral("empty file")));
    renderPage(wizard, QStringLiteral("4-summary"));
    QCOMPARE(test::dumpStore(m_storePath), before);

    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(undo.count(), 1);
    QCOMPARE(int(wizard.results().size()), 2);
    QCOMPARE(m_store->articleCount(), 2);

    bool sawText = false;
    bool sawHtml = false;
    for (const ArticleSummary& a : m_store->articleSummaries(0, 10)) {
        if (a.title == QLatin1String("Examplia to reach two percent")) {
            sawText = true;
            QCOMPARE(a.publisher, QStringLiteral("Valdora Courier"));
            QCOMPARE(m_store->statementCount(a.id), found - 1);
            const QList<StatementRow> rows = m_store->statementRows(a.id, 0, 100);
            QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const StatementRow& r) {
                return r.statement.speaker == QLatin1String("Lena M. Brandt");
            }));
        } else {
            sawHtml = true;
            QVERIFY(!a.published.isValid());
            QCOMPARE(m_store->statementCount(a.id), htmlStatements);
        }
    }
    QVERIFY(sawText);
    QVERIFY(sawHtml);

    undo.undo();
    QCOMPARE(m_store->articleCount(), 0);
    QCOMPARE(test::dumpStore(m_storePath), before);
    undo.redo();
    QCOMPARE(m_store->articleCount(), 2);
}

void TestImportWizard::badFilesAreListedWithTheirReason_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("binary") << QStringLiteral("blob.txt")
                            << QByteArray("\x01\x02\x00\x00\xff\xfe\x00\x10junk\x00\x00", 14)
                            << QStringLiteral("binary");
    QTest::newRow("office document") << QStringLiteral("minutes.docx")
                                     << QByteArray("PK\x03\x04 not really a zip", 22)
                                     << QStringLiteral("unsupported");
    QTest::newRow("html without a body")
        << QStringLiteral("menu.html")
        << QByteArray("<html><body><nav><a href=\"/\">Home</a></nav></body></html>")
        << QStringLiteral("no article body");
}

void TestImportWizard::badFilesAreListedWithTheirReason()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    writeFile(m_dir->filePath(name), bytes);
    writeFile(m_dir->filePath(QStringLiteral("good.txt")), plainArticle);
    QUndoStack undo;
    ql::StoreEdits edits(m_store.get(), &undo);
    ImportWizard wizard(m_store.get(), &edits);
    wizard.addSources(
        ImportSources { { m_dir->filePath(name), m_dir->filePath(QStringLiteral("good.txt")) }, {} });
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isReading(), 20000);

    ReviewListModel* docs = wizard.documents();
    QCOMPARE(docs->rowCount(), 2);
    const int bad = rowWithSource(docs, name);
    QCOMPARE(docs->entry(bad).status, ReviewEntry::Status::Rejected);
    const QString shown = docs->data(docs->index(bad)).toString();
    QVERIFY2(shown.contains(reason, Qt::CaseInsensitive), qPrintable(shown));
    QVERIFY(docs->flags(docs->index(bad)).testFlag(Qt::ItemIsUserCheckable) == false);

    // The rest goes on.
    wizard.show();
    wizard.next();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::SummaryPageId));
    wizard.accept();
    QCOMPARE(m_store->articleCount(), 1);
}

void TestImportWizard::alreadyStoredIsADuplicate()
{
    const QString folder = m_dir->filePath(QStringLiteral("articles"));
    QVERIFY(QDir().mkpath(folder));
    writeFile(folder + QStringLiteral("/first.txt"), plainArticle);
    writeFile(folder + QStringLiteral("/copy.txt"), plainArticle);
    QUndoStack undo;
    ql::StoreEdits edits(m_store.get(), &undo);
    {
        ImportWizard wizard(m_store.get(), &edits);
        wizard.addSources(ImportSources { { folder + QStringLiteral("/first.txt") }, {} });
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isReading(), 20000);
        QCOMPARE(wizard.documents()->count(ReviewEntry::Status::Ok), 1);
        wizard.accept();
    }
    QCOMPARE(m_store->articleCount(), 1);
    const QStringList stored = test::dumpStore(m_storePath);

    ImportWizard wizard(m_store.get(), &edits);
    wizard.addSources(ImportSources { { folder }, {} });
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isReading(), 20000);
    ReviewListModel* docs = wizard.documents();
    QCOMPARE(docs->count(ReviewEntry::Status::Duplicate), 2);
    QVERIFY(docs->data(docs->index(0)).toString().contains(QStringLiteral("duplicate")));
    QCOMPARE(docs->includedCount(), 0);
    wizard.accept();
    QCOMPARE(undo.count(), 1);
    QCOMPARE(test::dumpStore(m_storePath), stored);
}

void TestImportWizard::cancelMidwayLeavesTheStore_data()
{
    QTest::addColumn<bool>("wholeWizard");
    QTest::newRow("cancel reading") << false;
    QTest::newRow("cancel the wizard") << true;
}

void TestImportWizard::cancelMidwayLeavesTheStore()
{
    QFETCH(bool, wholeWizard);

    // One document imported before, so "as it was" is not simply empty.
    writeFile(m_dir->filePath(QStringLiteral("kept.txt")), plainArticle);
    QUndoStack undo;
    ql::StoreEdits edits(m_store.get(), &undo);
    {
        ImportWizard first(m_store.get(), &edits);
        first.addSources(ImportSources { { m_dir->filePath(QStringLiteral("kept.txt")) }, {} });
        QTRY_VERIFY_WITH_TIMEOUT(!first.isReading(), 20000);
        first.accept();
    }
    QCOMPARE(m_store->articleCount(), 1);
    const QStringList before = test::dumpStore(m_storePath);

    const QString batch = m_dir->filePath(QStringLiteral("batch"));
    QVERIFY(QDir().mkpath(batch));
    // Enough files that an optimised build cannot read them all before the first progress report.
    const int files = 2000;
    for (int i = 0; i < files; ++i) {
        QByteArray text = QStringLiteral("Briefing number %1\n\nHARLUND, 3 June 2024 - ").arg(i).toUtf8();
        for (int p = 0; p < 12; ++p)
            text += QStringLiteral("\"Stock %1 of item %2 must grow,\" said Officer Number%3 at the depot. ")
                        .arg(p)
                        .arg(i)
                        .arg(p)
                        .toUtf8();
        writeFile(QStringLiteral("%1/brief-%2.txt").arg(batch).arg(i, 4, 10, QLatin1Char('0')), text);
    }

    ImportWizard wizard(m_store.get(), &edits);
    wizard.show();
    QSignalSpy cancelled(wizard.runner(), &PreparationRunner::batchCancelled);
    QSignalSpy finished(wizard.runner(), &PreparationRunner::batchFinished);
    int doneAtCancel = -1;
    int totalAtCancel = -1;
    connect(wizard.runner(), &PreparationRunner::progressChanged, &wizard, [&](int done, int total) {
        if (doneAtCancel >= 0 || done < 1)
            return;
        doneAtCancel = done;
        totalAtCancel = total;
        QVERIFY(wizard.sourcesPage()->progressBar()->isVisible());
        if (!wholeWizard)
            renderPage(wizard, QStringLiteral("1-sources-reading"), false);
        if (wholeWizard)
            wizard.reject();
        else
            wizard.sourcesPage()->cancelButton()->click();
    });
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(batch) });
    dropOn(wizard.sourcesPage()->dropZone(), &mime);
    QVERIFY(wizard.isReading());
    QVERIFY(!wizard.sourcesPage()->isComplete());
    QVERIFY(wizard.sourcesPage()->cancelButton()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isReading(), 60000);

    QCOMPARE(totalAtCancel, files);
    QVERIFY2(doneAtCancel < totalAtCancel, qPrintable(QStringLiteral("cancelled at %1").arg(doneAtCancel)));
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(wizard.documents()->rowCount(), 0);
    if (wholeWizard) {
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
    } else {
        QVERIFY(wizard.sourcesPage()->statusText().contains(QStringLiteral("cancelled")));
        QVERIFY(!wizard.sourcesPage()->isComplete());
        renderPage(wizard, QStringLiteral("1-sources-cancelled"));
        wizard.reject();
    }
    QCOMPARE(undo.count(), 1);
    QCOMPARE(test::dumpStore(m_storePath), before);
}

void TestImportWizard::pasteBoxImportsAndHighlights()
{
    QUndoStack undo;
    ql::StoreEdits edits(m_store.get(), &undo);
    ImportWizard wizard(m_store.get(), &edits);
    wizard.show();
    PasteBox* paste = wizard.sourcesPage()->pasteBox();
    auto* add = wizard.sourcesPage()->findChild<QPushButton*>(QStringLiteral("addPasteButton"));
    QVERIFY(add);
    QVERIFY(!add->isEnabled());
    paste->setPlainText(QString::fromUtf8(htmlArticle));
    QCOMPARE(paste->kind(), PasteFormat::Kind::Html);
#ifdef QL_HAVE_KSYNTAXHIGHLIGHTING
    QCOMPARE(paste->highlighting(), QStringLiteral("HTML"));
#else
    QVERIFY(paste->highlighting().isEmpty());
#endif
    renderPage(wizard, QStringLiteral("1-sources-paste"));
    QVERIFY(add->isEnabled());
    add->click();
    QVERIFY(paste->toPlainText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isReading(), 20000);
    QCOMPARE(wizard.documents()->count(ReviewEntry::Status::Ok), 1);
    QCOMPARE(wizard.documents()->entry(0).prepared.article.format, QStringLiteral("html"));
    QCOMPARE(wizard.documents()->entry(0).prepared.article.title,
        QStringLiteral("Northern allies agree on a radar network"));
}

void TestImportWizard::untickedDocumentStaysOutWithoutUndoStack()
{
    writeFile(m_dir->filePath(QStringLiteral("a.txt")), plainArticle);
    QMimeData page;
    page.setHtml(QString::fromUtf8(htmlArticle));
    ImportWizard wizard(m_store.get(), nullptr);
    wizard.addSources(DropTarget::fromMimeData(&page));
    wizard.addSources(ImportSources { { m_dir->filePath(QStringLiteral("a.txt")) }, {} });
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isReading(), 20000);
    ReviewListModel* docs = wizard.documents();
    QCOMPARE(docs->count(ReviewEntry::Status::Ok), 2);
    const int htmlRow = rowWithSource(docs, QStringLiteral("pasted.html"));
    QVERIFY(docs->setData(docs->index(htmlRow), Qt::Unchecked, Qt::CheckStateRole));

    wizard.show();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.statementsPage()->documentCombo()->count(), 1);
    wizard.next();
    QVERIFY(wizard.summaryPage()->leftOutText().contains(QStringLiteral("left out by you")));
    wizard.accept();
    QCOMPARE(int(wizard.results().size()), 1);
    QCOMPARE(wizard.results().at(0).status, ImportResult::Status::Imported);
    QCOMPARE(m_store->articleCount(), 1);
    QCOMPARE(m_store->articleSummaries(0, 10).at(0).title,
        QStringLiteral("Examplia pledges more for air defence"));
}

void TestImportWizard::readingKeepsTheWindowResponsive()
{
    const QString batch = m_dir->filePath(QStringLiteral("batch"));
    QVERIFY(QDir().mkpath(batch));
    const int files = 300;
    for (int i = 0; i < files; ++i) {
        QByteArray text = QStringLiteral("Depot report %1\n\nKESTREL BAY, 9 July 2024 - ").arg(i).toUtf8();
        for (int p = 0; p < 20; ++p)
            text += QStringLiteral("\"Line %1 of report %2 is on schedule,\" said Inspector Number%3. ")
                        .arg(p)
                        .arg(i)
                        .arg(p)
                        .toUtf8();
        writeFile(QStringLiteral("%1/report-%2.txt").arg(batch).arg(i, 3, 10, QLatin1Char('0')), text);
    }
    ImportWizard wizard(m_store.get(), nullptr);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // A 10 ms timer on the GUI thread stands in for the analyst: it must keep firing while the
    // batch is read (the progress bar repaints all along).
    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 longestGap = 0;
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, &wizard, [&] {
        longestGap = std::max(longestGap, clock.elapsed() - lastTick);
        lastTick = clock.elapsed();
        ++ticks;
    });
    clock.start();
    ticker.start();
    wizard.addSources(ImportSources { { batch }, {} });
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isReading(), 120000);
    const qint64 readMs = clock.elapsed();
    ticker.stop();

    QCOMPARE(wizard.documents()->count(ReviewEntry::Status::Ok), files);
    qInfo("read %d files in %lld ms; GUI timer fired %d times, longest pause %lld ms", files, readMs, ticks,
        longestGap);
    QVERIFY2(longestGap < 500, qPrintable(QStringLiteral("GUI thread blocked for %1 ms").arg(longestGap)));
    QVERIFY2(
        ticks >= readMs / 50, qPrintable(QStringLiteral("only %1 ticks in %2 ms").arg(ticks).arg(readMs)));
    QCOMPARE(m_store->articleCount(), 0);
}

void TestImportWizard::originalIsShownInItsEncoding()
{
    // Windows-1252: 0x93/0x94 are curly double quotes, 0x80 is the euro sign.
    writeFile(m_dir->filePath(QStringLiteral("cp1252.txt")),
        "Ministers met in Harlund\n\nHARLUND, 2 May 2024 - The ministers met for two days.\n\n"
        "\x93We will add \x80 2 billion for shells,\x94 said Ada Voss, the finance minister.\n");
    ImportWizard wizard(m_store.get(), nullptr);
    wizard.addSources(ImportSources { { m_dir->filePath(QStringLiteral("cp1252.txt")) }, {} });
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isReading(), 20000);
    QCOMPARE(wizard.documents()->count(ReviewEntry::Status::Ok), 1);
    wizard.show();
    wizard.next();
    const QString expected = QStringLiteral("\u201CWe will add \u20AC 2 billion for shells,\u201D");
    QVERIFY(wizard.reviewPage()->cleanedView()->toPlainText().contains(expected));
    QVERIFY(wizard.reviewPage()->originalView()->toPlainText().contains(expected));
}

void TestImportWizard::sourcesAddedWhileReadingWaitTheirTurn()
{
    writeFile(m_dir->filePath(QStringLiteral("one.txt")), plainArticle);
    ImportWizard wizard(m_store.get(), nullptr);
    QSignalSpy batches(wizard.runner(), &PreparationRunner::batchFinished);
    QMimeData page;
    page.setHtml(QString::fromUtf8(htmlArticle));
    wizard.addSources(ImportSources { { m_dir->filePath(QStringLiteral("one.txt")) }, {} });
    QVERIFY(wizard.isReading());
    wizard.addSources(DropTarget::fromMimeData(&page));
    wizard.addSources(ImportSources {});
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isReading(), 20000);
    QCOMPARE(batches.count(), 2);
    QCOMPARE(wizard.documents()->rowCount(), 2);
    QCOMPARE(wizard.documents()->entry(0).prepared.article.format, QStringLiteral("text"));
    QCOMPARE(wizard.documents()->entry(1).prepared.article.format, QStringLiteral("html"));
}

void TestImportWizard::dropZoneRefusesWhatItCannotRead()
{
    ImportWizard wizard(m_store.get(), nullptr);
    QMimeData image;
    image.setImageData(QImage(4, 4, QImage::Format_RGB32));
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &image, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(wizard.sourcesPage()->dropZone(), &enter);
    QVERIFY(!enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &image, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(wizard.sourcesPage()->dropZone(), &drop);
    QVERIFY(!drop.isAccepted());
    QVERIFY(!wizard.isReading());
    QCOMPARE(wizard.documents()->rowCount(), 0);

    // An empty folder is accepted, and the analyst is told it held nothing.
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("empty")));
    QMimeData folder;
    folder.setUrls({ QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("empty"))) });
    dropOn(wizard.sourcesPage()->dropZone(), &folder);
    QVERIFY(!wizard.isReading());
    QVERIFY(wizard.sourcesPage()->statusText().contains(QStringLiteral("no files")));
    QVERIFY(!wizard.sourcesPage()->isComplete());
}

void TestImportWizard::finishWithoutALibraryExplainsAndStaysOpen()
{
    writeFile(m_dir->filePath(QStringLiteral("one.txt")), plainArticle);
    ImportWizard wizard(nullptr, nullptr);
    wizard.addSources(ImportSources { { m_dir->filePath(QStringLiteral("one.txt")) }, {} });
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isReading(), 20000);
    QCOMPARE(wizard.documents()->count(ReviewEntry::Status::Ok), 1);
    wizard.show();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    wizard.accept();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("No library")));
    QVERIFY(wizard.isVisible());
    QVERIFY(wizard.results().isEmpty());
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
