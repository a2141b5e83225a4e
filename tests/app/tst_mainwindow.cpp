#include "app/DemoCorpus.h"
#include "app/MainWindow.h"
#include "core/store/Store.h"
#include "models/library/ArticleListModel.h"
#include "models/library/StatementTableModel.h"
#include "models/search/SearchResultModel.h"
#include "models/timeline/TimelineFilterProxy.h"
#include "views/charts/ChartWidget.h"
#include "views/charts/ChartsPanel.h"
#include "views/comparison/ComparisonPanel.h"
#include "views/dialogs/MessageBox.h"
#include "views/import/DirectImport.h"
#include "views/import/ImportWizard.h"
#include "views/reader/ArticleReader.h"
#include "views/search/SearchResultsView.h"
#include "views/timeline/TimelinePanel.h"
#include "views/timeline/TimelineView.h"

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace ql;

// The window under the offscreen platform: open a store, pick an article, read its statements, search.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openSelectReadSearch();
    void refusedStoreKeepsCurrentOne();
    void deleteAndUndoFromTheWindow();
    void statementSelectionReachesEveryView();
    void droppedFilesOpenTheWizard();
    void directImportIsOneUndoStep();
    void cancelledDirectImportStoresNothing();
    void timelineFiltersAndPeriodReachCharts();

private:
    QTemporaryDir m_dir;
    QString m_storePath;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("QuotelineTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(
        QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    m_storePath = m_dir.filePath(QStringLiteral("window.qlstore"));
    Store store;
    QVERIFY(!store.open(m_storePath).isError());
    QCOMPARE(DemoCorpus::loadInto(store), 5);
}

void TestMainWindow::openSelectReadSearch()
{
    Store store;
    MainWindow window(&store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openStore(m_storePath));
    QCOMPARE(window.articleView()->model()->rowCount(), 5);
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("statusCounts"))
                ->text()
                .startsWith(QStringLiteral("5 articles")));

    // Select the article that holds the "firm orders" line and see its statements.
    const auto hits = store.search(QStringLiteral("firm orders"));
    QVERIFY(!hits.isEmpty());
    const qint64 articleId = hits.first().articleId;
    window.selectArticle(articleId);
    QCOMPARE(window.currentArticleId(), articleId);
    QVERIFY(window.statementView()->model()->rowCount() > 0);
    QVERIFY(window.reader()->toPlainText().contains(QStringLiteral("firm orders")));
    QVERIFY(!window.reader()->extraSelections().isEmpty()); // statements highlighted

    // Search through the toolbar box, then jump from a hit to its article.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    window.selectArticle(
        window.articleView()->model()->index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong());
    search->setText(QStringLiteral("shells"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(window.searchResults()->model()->rowCount() >= 1);
    window.searchResults()->list()->setCurrentIndex(window.searchResults()->model()->index(0, 0));
    QCOMPARE(window.currentArticleId(), articleId);
}

void TestMainWindow::refusedStoreKeepsCurrentOne()
{
    Store store;
    MainWindow window(&store);
    QVERIFY(window.openStore(m_storePath));
    const QString foreign = m_dir.filePath(QStringLiteral("foreign.qlstore"));
    {
        QFile f(foreign);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("plain notes");
    }
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.openStore(foreign));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("not a Quoteline store")));
    QVERIFY(store.isOpen());
    QCOMPARE(store.path(), m_storePath);
    QCOMPARE(window.articleView()->model()->rowCount(), 5);
}

void TestMainWindow::deleteAndUndoFromTheWindow()
{
    Store store;
    MainWindow window(&store);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openStore(m_storePath));
    window.selectArticle(
        window.articleView()->model()->index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong());
    window.statementView()->setFocus();
    const int before = window.statementView()->model()->rowCount();
    QVERIFY(before > 0);
    window.statementView()->setCurrentIndex(window.statementView()->model()->index(0, 0));
    QTest::keyClick(window.statementView(), Qt::Key_Delete);
    QCOMPARE(window.statementView()->model()->rowCount(), before - 1);
    window.undoStack()->undo();
    QCOMPARE(window.statementView()->model()->rowCount(), before);
}

void TestMainWindow::statementSelectionReachesEveryView()
{
    Store store;
    MainWindow window(&store);
    window.show();
    QVERIFY(window.openStore(m_storePath));
    const auto hits = store.search(QStringLiteral("shells"));
    QVERIFY(!hits.isEmpty() && hits.first().statementId > 0);
    const qint64 id = hits.first().statementId;

    // As a click on a timeline mark does:
    emit window.timeline()->statementActivated(id);
    QCOMPARE(
        window.statementView()->currentIndex().data(StatementTableModel::StatementIdRole).toLongLong(), id);
    QCOMPARE(window.comparisonPanel()->statementId(), id);
    QVERIFY(window.reader()->textCursor().selectedText().contains(QStringLiteral("shells")));
    QVERIFY(window.timeline()->markPosition(id).x() >= 0);
}

void TestMainWindow::droppedFilesOpenTheWizard()
{
    Store store;
    MainWindow window(&store);
    window.show();
    QVERIFY(window.openStore(m_storePath));
    const QString file = m_dir.filePath(QStringLiteral("dropped.txt"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Dropped note\n\n\"We need more drones this winter,\" said Kai Ostrow.\n");
    }
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(file) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    auto* wizard = window.findChild<ImportWizard*>();
    QVERIFY(wizard);
    QTRY_VERIFY(!wizard->isReading());
    wizard->reject();
}

namespace {
QStringList writeNotes(const QString& folder, int count, int emptyIndex = -1)
{
    QDir().mkpath(folder);
    QStringList files;
    for (int i = 0; i < count; ++i) {
        files << QDir(folder).filePath(QStringLiteral("note%1.txt").arg(i));
        QFile f(files.last());
        if (!f.open(QIODevice::WriteOnly))
            return {};
        if (i != emptyIndex)
            f.write(QStringLiteral("Field note %1\n\n\"We need %1 more radars,\" said Kai Ostrow.\n")
                        .arg(i)
                        .toUtf8());
    }
    return files;
}
} // namespace

void TestMainWindow::directImportIsOneUndoStep()
{
    Store store;
    MainWindow window(&store);
    window.show();
    QVERIFY(window.openStore(m_storePath));
    const int before = store.articleCount();
    const QStringList files = writeNotes(m_dir.filePath(QStringLiteral("direct")), 3, 1);
    QCOMPARE(files.size(), 3);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.importFilesDirectly(files);
    QTRY_COMPARE(store.articleCount(), before + 2);
    QTRY_VERIFY(!window.findChild<DirectImport*>()); // done and gone
    QVERIFY2(
        MessageBox::lastText().contains(QStringLiteral("note1.txt")), qPrintable(MessageBox::lastText()));
    QCOMPARE(window.undoStack()->count(), 1);
    window.undoStack()->undo();
    QCOMPARE(store.articleCount(), before);
    window.undoStack()->redo();
    QCOMPARE(store.articleCount(), before + 2);
    window.undoStack()->undo();
}

void TestMainWindow::cancelledDirectImportStoresNothing()
{
    Store store;
    MainWindow window(&store);
    window.show();
    QVERIFY(window.openStore(m_storePath));
    const int before = store.articleCount();
    const QStringList files = writeNotes(m_dir.filePath(QStringLiteral("many")), 400);
    QCOMPARE(files.size(), 400);
    window.importFilesDirectly(files);
    auto* import = window.findChild<DirectImport*>();
    QVERIFY(import);
    QSignalSpy cancelled(import, &DirectImport::cancelled);
    import->cancel();
    QCOMPARE(cancelled.count(), 1);
    QTRY_VERIFY(!window.findChild<DirectImport*>());
    QTest::qWait(200); // a cancelled read must not land later either
    QCOMPARE(store.articleCount(), before);
    QCOMPARE(window.undoStack()->count(), 0);
}

void TestMainWindow::timelineFiltersAndPeriodReachCharts()
{
    Store store;
    MainWindow window(&store);
    window.show();
    QVERIFY(window.openStore(m_storePath));
    TimelineFilterProxy* filter = window.timelinePanel()->filter();
    const int all = filter->rowCount();
    QVERIFY(all > 1);
    // Full-text search narrows the timeline to the matching statements.
    emit window.timelinePanel()->searchRequested(QStringLiteral("shells"));
    QCOMPARE(filter->rowCount(), 1);
    emit window.timelinePanel()->searchRequested(QString());
    QCOMPARE(filter->rowCount(), all);

    // A period picked on the timeline narrows the charts.
    const int before = window.charts()->spendingChart()->spec().series.isEmpty()
        ? 0
        : int(window.charts()->spendingChart()->spec().series.first().points.size());
    QVERIFY(before > 0);
    emit window.timeline()->periodSelected(QDate(2030, 1, 1), QDate(2030, 12, 31));
    QVERIFY(window.charts()->spendingChart()->spec().title.contains(QStringLiteral("2030-01-01")));
    QVERIFY(window.charts()->spendingChart()->spec().isEmpty());
    emit window.timeline()->periodCleared();
    QVERIFY(!window.charts()->spendingChart()->spec().isEmpty());

    // Undated statements are listed aside on request, never placed on the axis.
    QVERIFY(window.timeline()->undatedCount() > 0);
    emit window.timeline()->undatedActivated();
    QCOMPARE(window.searchResults()->model()->rowCount(), window.timeline()->undatedCount());
    QVERIFY(
        window.searchResults()->model()->index(0, 0).data().toString().contains(QStringLiteral("(no date)")));

    // The timeline exports as the user sees it, and an existing file is replaced only when the user says so.
    const QString png = m_dir.filePath(QStringLiteral("timeline.png"));
    QVERIFY(window.exportTimeline(png));
    const QImage image(png);
    QVERIFY(image.width() >= 1600 && image.height() >= 900);
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!window.exportTimeline(png));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Replace")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
