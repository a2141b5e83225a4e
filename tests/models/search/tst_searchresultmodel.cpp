#include "core/store/Store.h"
#include "models/search/SearchResultModel.h"
#include "views/search/SearchResultDelegate.h"
#include "views/search/SearchResultsView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPoint>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QtTest>

using namespace ql;

namespace {

// Written for this test.
const QString kText = QStringLiteral("\"Our defence industry must grow faster than ever,\" said Vera Kolar.");

} // namespace

class TestSearchResultModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void searchFillsRows();
    void setHitsAndClear();
    void viewShowsAndChooses();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_statement = 0;
    qint64 m_article = 0;
};

void TestSearchResultModel::init()
{
    m_store = std::make_unique<Store>();
    QVERIFY(!m_store->open(m_dir.filePath(QStringLiteral("model.qlstore"))).isError());
    Article a;
    a.title = QStringLiteral("Plants expand");
    a.format = QStringLiteral("text");
    a.text = kText;
    a.original = kText.toUtf8();
    a.contentHash = QByteArray(64, 'a');
    Extraction e;
    Statement s;
    s.start = 1;
    s.end = int(kText.indexOf(QLatin1Char('"'), 1));
    s.text = kText.mid(s.start, s.end - s.start);
    s.speaker = QStringLiteral("Vera Kolar");
    e.statements << s;
    const auto outcome = m_store->importArticle(a, e);
    QVERIFY(!outcome.error.isError());
    m_article = outcome.articleId;
    m_statement = m_store->statementRows(m_article, 0, 1).value(0).statement.id;
}

void TestSearchResultModel::cleanup()
{
    m_store.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("model.qlstore")));
}

void TestSearchResultModel::searchFillsRows()
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy title(&model, &SearchResultModel::titleChanged);
    QCOMPARE(model.search(*m_store, QStringLiteral("defense industry")), 2);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(title.count(), 1);
    QCOMPARE(model.title(), QStringLiteral("2 results for “defense industry”"));
    QCOMPARE(model.query(), QStringLiteral("defense industry"));
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data(SearchResultModel::StatementIdRole).toLongLong(), m_statement);
    QCOMPARE(first.data(SearchResultModel::ArticleIdRole).toLongLong(), m_article);
    QCOMPARE(
        first.data(SearchResultModel::HeadingRole).toString(), QStringLiteral("Vera Kolar · Plants expand"));
    const QString snippet = first.data(SearchResultModel::SnippetRole).toString();
    QVERIFY(!snippet.contains(QLatin1Char('[')));
    const QVariantList spans = first.data(SearchResultModel::HighlightsRole).toList();
    QCOMPARE(spans.size(), 2); // two words, each marked where it stands
    QPoint span = spans.at(0).toPoint();
    QCOMPARE(snippet.mid(span.x(), span.y()), QStringLiteral("defence"));
    span = spans.at(1).toPoint();
    QCOMPARE(snippet.mid(span.x(), span.y()), QStringLiteral("industry"));
    QCOMPARE(first.data(SearchResultModel::FieldRole).toString(), QStringLiteral("text"));
    const QModelIndex second = model.index(1, 0);
    QCOMPARE(second.data(SearchResultModel::StatementIdRole).toLongLong(), 0);
    QVERIFY(second.data(SearchResultModel::HeadingRole).toString().startsWith(QStringLiteral("Article")));
    const int start = second.data(SearchResultModel::TextStartRole).toInt();
    const int end = second.data(SearchResultModel::TextEndRole).toInt();
    QCOMPARE(kText.mid(start, end - start), QStringLiteral("defence"));
    QVERIFY(!model.index(2, 0).data().isValid());
}

void TestSearchResultModel::setHitsAndClear()
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.search(*m_store, QStringLiteral("faster"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setHits({ SearchHit(m_article, m_statement, QStringLiteral("Plants expand (no date)"), QString(),
                      QStringLiteral("Our defence industry…")) },
        QStringLiteral("1 statement without a date"));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.query(), QString());
    QVERIFY(model.index(0, 0).data().toString().contains(
        QStringLiteral("unknown speaker · Plants expand (no date)")));
    QVERIFY(model.index(0, 0).data(SearchResultModel::HighlightsRole).toList().isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.title(), QString());
}

void TestSearchResultModel::viewShowsAndChooses()
{
    SearchResultModel model;
    SearchResultsView view(&model);
    view.resize(420, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.search(*m_store, QStringLiteral("\"defence industry\""));
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("searchTitle"))->text(), model.title());
    // Snippets wrap: a narrow list gives a row more height than a wide one.
    auto* delegate = qobject_cast<SearchResultDelegate*>(view.list()->itemDelegate());
    QVERIFY(delegate);
    QStyleOptionViewItem option;
    option.font = view.font();
    option.rect = QRect(0, 0, 120, 20);
    const QModelIndex first = model.index(0, 0);
    const int narrow = delegate->sizeHint(option, first).height();
    option.rect = QRect(0, 0, 1000, 20);
    const int wide = delegate->sizeHint(option, first).height();
    QVERIFY2(narrow > wide, qPrintable(QStringLiteral("%1 vs %2").arg(narrow).arg(wide)));
    QSignalSpy chosen(&view, &SearchResultsView::hitChosen);
    view.list()->setCurrentIndex(first);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toLongLong(), m_article);
    QCOMPARE(chosen.at(0).at(1).toLongLong(), m_statement);
    const QImage shot = view.grab().toImage();
    QVERIFY(!shot.isNull());
}

QTEST_MAIN(TestSearchResultModel)
#include "tst_searchresultmodel.moc"
