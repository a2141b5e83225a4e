#include "core/store/Store.h"
#include "models/library/ArticleListModel.h"
#include "models/library/StatementTableModel.h"
#include "tests/common/TestStores.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace ql;

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void articleModelFetchesLazily();
    void statementModelFollowsArticleAndEdits();
    void proxiesSortAndFilter();
    void modelsFollowNotifierNotPolling();
    void statementDatesShowTheirWindow_data();
    void statementDatesShowTheirWindow();

private:
    QTemporaryDir m_dir;
    Store m_store;
};

void TestModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!m_store.open(m_dir.filePath(QStringLiteral("models.qlstore"))).isError());
    // 10,000 articles, 20,000 statements: enough that loading everything would show.
    for (int i = 0; i < 10000; ++i) {
        const Article a = test::sampleArticle(i, QDate(2015, 1, 1).addDays(i % 3000));
        QVERIFY(!m_store.importArticle(a, test::sampleExtraction(a)).error.isError());
    }
}

void TestModels::articleModelFetchesLazily()
{
    ArticleListModel model(&m_store);
    QCOMPARE(model.totalCount(), 10000);
    QCOMPARE(model.rowCount(), ArticleListModel::PageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() < 10000); // the tester may fetch a page, never everything
    QVERIFY(model.canFetchMore(QModelIndex()));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const int loaded = model.rowCount();
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), loaded + ArticleListModel::PageSize);
    QCOMPARE(inserted.count(), 1);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 10000);
    // Newest first, undated last.
    QVERIFY(model.index(0, ArticleListModel::DateColumn).data().toString()
        >= model.index(9999, ArticleListModel::DateColumn).data().toString());
}

void TestModels::statementModelFollowsArticleAndEdits()
{
    StatementTableModel model(&m_store);
    QCOMPARE(model.totalCount(), 20000);
    QCOMPARE(model.rowCount(), StatementTableModel::PageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const qint64 articleId = m_store.articleSummaries(0, 1).first().id;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setArticle(articleId);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(
        model.index(0, StatementTableModel::SpeakerColumn).data().toString(), QStringLiteral("Vera Kolar"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const qint64 id = model.index(0, 0).data(StatementTableModel::StatementIdRole).toLongLong();
    QVERIFY(!m_store.setStatementSpeaker(id, QStringLiteral("Vera Kolar-Novak")).isError());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, StatementTableModel::SpeakerColumn).data().toString(),
        QStringLiteral("Vera Kolar-Novak"));
    QVERIFY(!m_store.setStatementSpeaker(id, QStringLiteral("Vera Kolar")).isError());

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const auto snapshot = m_store.removeStatement(id);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!m_store.restoreStatement(*snapshot).isError());
    QCOMPARE(model.rowCount(), 2);
}

void TestModels::proxiesSortAndFilter()
{
    ArticleListModel model(&m_store);
    // Load everything first: the tester asks for more rows inside the proxy's layout signals,
    // which a lazy source would answer with an insertion in the middle of the proxy's change.
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ArticleListModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ArticleListModel::DateColumn, Qt::AscendingOrder);
    const QDate first
        = proxy.index(0, ArticleListModel::DateColumn).data(ArticleListModel::SortRole).toDate();
    const QDate last = proxy.index(proxy.rowCount() - 1, ArticleListModel::DateColumn)
                           .data(ArticleListModel::SortRole)
                           .toDate();
    QVERIFY(first <= last);
    proxy.setFilterKeyColumn(ArticleListModel::TitleColumn);
    proxy.setFilterFixedString(QStringLiteral("Test article 9999"));
    QCOMPARE(proxy.rowCount(), 1);
}

void TestModels::modelsFollowNotifierNotPolling()
{
    ArticleListModel model(&m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.totalCount();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const Article a = test::sampleArticle(20000, QDate(2030, 1, 1));
    const auto outcome = m_store.importArticle(a, test::sampleExtraction(a));
    QVERIFY(!outcome.error.isError());
    QCOMPARE(model.totalCount(), before + 1);
    QCOMPARE(model.articleId(0), outcome.articleId); // newest first
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(!m_store
                 .updateArticleMetadata(
                     outcome.articleId, QStringLiteral("Renamed"), QDate(2030, 1, 1), QString())
                 .isError());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Renamed"));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_store.removeArticle(outcome.articleId));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.totalCount(), before);
}

void TestModels::statementDatesShowTheirWindow_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("shown");
    QTest::newRow("a day") << QDate(2023, 10, 25) << QDate(2023, 10, 25) << QStringLiteral("25 Oct 2023");
    QTest::newRow("an event") << QDate(2025, 11, 5) << QDate(2025, 11, 6)
                              << QString::fromUtf8("5–6 Nov 2025");
    QTest::newRow("a month") << QDate(2024, 7, 1) << QDate(2024, 7, 31) << QStringLiteral("Jul 2024?");
    QTest::newRow("a term of office") << QDate(2024, 10, 1) << QDate() << QStringLiteral("after 1 Oct 2024");
}

void TestModels::statementDatesShowTheirWindow()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, shown);
    QTemporaryDir dir;
    Store store;
    QVERIFY(!store.open(dir.filePath(QStringLiteral("windows.qlstore"))).isError());
    const Article a = test::sampleArticle(1);
    Extraction x = test::sampleExtraction(a);
    for (Statement& s : x.statements) {
        s.said = { from, to, QStringLiteral("the evidence for it") };
        s.saidOn = s.said.day();
    }
    const auto outcome = store.importArticle(a, x);
    QVERIFY(!outcome.error.isError());
    StatementTableModel model(&store);
    model.setArticle(outcome.articleId);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex date = model.index(0, StatementTableModel::DateColumn);
    QCOMPARE(date.data().toString(), shown);
    QCOMPARE(date.data(Qt::ToolTipRole).toString(), QStringLiteral("the evidence for it"));
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
