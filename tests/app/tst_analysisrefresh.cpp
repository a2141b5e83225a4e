// Issue 17: after an import, its undo and its redo the window applies the change to the timeline and
// the charts instead of reading the whole store again; what it shows must be what a fresh open shows.
#include "app/DemoCorpus.h"
#include "app/MainWindow.h"
#include "core/store/Store.h"
#include "views/charts/ChartsPanel.h"
#include "views/dialogs/MessageBox.h"
#include "views/import/DirectImport.h"
#include "views/timeline/TimelineView.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace ql;

namespace {

// Notes in the style of the demo texts, written for this test: quotes with speakers, dates,
// spending figures and GDP targets, and lines that come back reworded (variant families).
QStringList writeNotes(const QString& folder, int count)
{
    QDir().mkpath(folder);
    QStringList files;
    const QStringList speakers { QStringLiteral("Ada Lindqvist"), QStringLiteral("Bram Okafor"),
        QStringLiteral("Cleo Marsh") };
    for (int i = 0; i < count; ++i) {
        const QString path = QDir(folder).filePath(QStringLiteral("refresh%1.txt").arg(i));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        const QDate day = QDate(2021, 3, 1).addDays(i * 53 % 900);
        const QString speaker = speakers.at(i % speakers.size());
        f.write(QStringLiteral(
            "Harbour ministers meet, note %1\n%2\n\n"
            "\u201cWe will spend %3 billion euros on air defence by %4,\u201d said %5 on %6.\n\n"
            "\u201cTwo per cent of GDP is a floor, not a ceiling,\u201d %5 told reporters.\n\n"
            "The government pledged to reach %7 per cent of GDP by 2030.\n")
                    .arg(i)
                    .arg(day.toString(Qt::ISODate))
                    .arg(2 + i % 7)
                    .arg(2026 + i % 4)
                    .arg(speaker)
                    .arg(day.toString(QStringLiteral("d MMMM yyyy")))
                    .arg(QString::number(2.0 + (i % 5) * 0.5))
                    .toUtf8());
        files << path;
    }
    return files;
}

// Every row of the timeline as the view sees it, with every role, and its undated count.
QStringList timelineRows(MainWindow& window)
{
    QStringList out;
    const QAbstractItemModel* model = window.timeline()->model();
    const QHash<int, QByteArray> roles = model->roleNames();
    QList<int> keys = roles.keys();
    std::sort(keys.begin(), keys.end());
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (const int role : std::as_const(keys))
            cells << model->index(row, 0).data(role).toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

QStringList chartRows(MainWindow& window)
{
    QStringList out;
    for (const MoneyPoint& p : window.charts()->moneyPoints())
        out << QStringLiteral("money %1 %2 %3 %4 %5 %6 %7 %8")
                   .arg(p.figureId)
                   .arg(p.date.toString(Qt::ISODate), p.speaker, p.source, p.currency, p.actor)
                   .arg(p.value)
                   .arg(p.statementId);
    for (const GdpTargetPoint& p : window.charts()->gdpPoints())
        out << QStringLiteral("gdp %1 %2 %3 %4 %5 %6")
                   .arg(p.figureId)
                   .arg(p.statedOn.toString(Qt::ISODate), p.speaker, p.actor)
                   .arg(p.percent)
                   .arg(p.targetYear);
    return out;
}

struct Shown
{
    QStringList timeline;
    QStringList charts;
};

Shown shown(MainWindow& window)
{
    QTest::qWait(1); // the refresh after a burst of changes runs from the event loop
    return { timelineRows(window), chartRows(window) };
}

Shown freshOpen(const QString& path)
{
    Store store;
    MainWindow window(&store);
    if (!window.openStore(path))
        return {};
    return shown(window);
}

} // namespace

class TestAnalysisRefresh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importUndoRedoShowWhatAFreshOpenShows();
    void changesDuringTheBackgroundLoadAreApplied();

private:
    QTemporaryDir m_dir;
    QString m_storePath;
};

void TestAnalysisRefresh::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("QuotelineTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(
        QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    m_storePath = m_dir.filePath(QStringLiteral("refresh.qlstore"));
    Store store;
    QVERIFY(!store.open(m_storePath).isError());
    QVERIFY(DemoCorpus::loadInto(store) > 0);
}

void TestAnalysisRefresh::importUndoRedoShowWhatAFreshOpenShows()
{
    Store store;
    MainWindow window(&store);
    window.show();
    QVERIFY(window.openStore(m_storePath));
    const Shown opened = shown(window);
    QVERIFY(!opened.timeline.isEmpty());

    const QStringList files = writeNotes(m_dir.filePath(QStringLiteral("notes")), 40);
    QCOMPARE(files.size(), 40);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.importFilesDirectly(files);
    QTRY_VERIFY(!window.findChild<DirectImport*>());
    const Shown imported = shown(window);
    // The import added statements and figures, and they are the ones a fresh open reads.
    QVERIFY(imported.timeline.size() > opened.timeline.size());
    QVERIFY(imported.charts.size() > opened.charts.size());
    const Shown importedFresh = freshOpen(m_storePath);
    QCOMPARE(imported.timeline, importedFresh.timeline);
    QCOMPARE(imported.charts, importedFresh.charts);

    window.undoStack()->undo();
    const Shown undone = shown(window);
    QCOMPARE(undone.timeline, opened.timeline);
    QCOMPARE(undone.charts, opened.charts);
    QCOMPARE(undone.timeline, freshOpen(m_storePath).timeline);

    window.undoStack()->redo();
    const Shown redone = shown(window);
    const Shown redoneFresh = freshOpen(m_storePath);
    QCOMPARE(redone.timeline, redoneFresh.timeline);
    QCOMPARE(redone.charts, redoneFresh.charts);
    QCOMPARE(redone.timeline.size(), imported.timeline.size());
    window.undoStack()->undo();
}

void TestAnalysisRefresh::changesDuringTheBackgroundLoadAreApplied()
{
    Store store;
    MainWindow window(&store);
    window.setBackgroundLoadThreshold(1); // the demo store is small: read it on the worker anyway
    window.show();
    QVERIFY(window.openStore(m_storePath));
    QVERIFY(window.analysisLoading());
    QVERIFY(window.timeline()->isLoading());
    QVERIFY(window.charts()->isLoading());
    QVERIFY(window.timeline()->model()->rowCount() == 0); // nothing of the store is shown half-read
    // The library works meanwhile, and changes made now are committed while the worker reads:
    // whether its snapshot holds them or not, they must be shown once it lands.
    QVERIFY(window.articleView()->model()->rowCount() > 2);
    const QList<ArticleSummary> articles = store.articleSummaries(0, 2);
    QCOMPARE(articles.size(), 2);
    StoreError error;
    QVERIFY(store.removeArticle(articles.at(0).id, &error));
    const std::optional<ArticleSnapshot> removed = store.removeArticle(articles.at(1).id, &error);
    QVERIFY(removed);
    QVERIFY(!store.restoreArticle(*removed).isError());
    QTRY_VERIFY(!window.analysisLoading());
    QVERIFY(!window.timeline()->isLoading());
    QVERIFY(!window.charts()->isLoading());
    const Shown loaded = shown(window);
    QVERIFY(!loaded.timeline.isEmpty());
    const Shown fresh = freshOpen(m_storePath);
    QCOMPARE(loaded.timeline, fresh.timeline);
    QCOMPARE(loaded.charts, fresh.charts);
}

QTEST_MAIN(TestAnalysisRefresh)
#include "tst_analysisrefresh.moc"
