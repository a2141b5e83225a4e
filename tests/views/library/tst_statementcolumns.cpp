#include "core/store/Store.h"
#include "models/library/StatementTableModel.h"
#include "tests/common/TestStores.h"
#include "views/library/StatementColumnSizer.h"

#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ql;

// The statements table keeps its date column whole: no window label shrinks to "…".
class TestStatementColumns : public QObject
{
    Q_OBJECT

private slots:
    void windowsAreNotElided_data();
    void windowsAreNotElided();
};

void TestStatementColumns::windowsAreNotElided_data()
{
    QTest::addColumn<QString>("font");
    QTest::addColumn<int>("pointSize");
    QTest::newRow("default font") << QString() << 0;
    QTest::newRow("large font") << QString() << 14;
    QTest::newRow("wide font") << QStringLiteral("DejaVu Sans") << 11;
}

void TestStatementColumns::windowsAreNotElided()
{
    QFETCH(QString, font);
    QFETCH(int, pointSize);
    QTemporaryDir dir;
    Store store;
    QVERIFY(!store.open(dir.filePath(QStringLiteral("columns.qlstore"))).isError());
    const QList<SaidWindow> windows {
        { QDate(2024, 12, 30), QDate(2025, 1, 2), QStringLiteral("year end talks") },
        { QDate(2025, 11, 5), QDate(2025, 11, 6), QStringLiteral("the forum") },
        { QDate(2024, 7, 1), QDate(2024, 7, 28), QStringLiteral("the article's month") },
        { QDate(2024, 10, 1), QDate(), QStringLiteral("term of office") },
        { QDate(2025, 9, 30), QDate(2025, 10, 2), QStringLiteral("the meeting") },
        { QDate(2023, 10, 25), QDate(2023, 10, 25), QStringLiteral("the day") },
    };
    QList<Statement> dated;
    for (int n = 1; n <= 3; ++n) {
        const Article a = test::sampleArticle(n);
        const auto outcome = store.importArticle(a, test::sampleExtraction(a));
        QVERIFY(!outcome.error.isError());
        for (const StatementRow& row : store.statementRows(outcome.articleId, 0, 10))
            dated << row.statement;
    }
    QCOMPARE(dated.size(), windows.size());
    for (int i = 0; i < dated.size(); ++i) {
        dated[i].said = windows.at(i);
        dated[i].saidOn = windows.at(i).day();
    }
    QVERIFY(!store.setStatementDates(dated).isError());

    StatementTableModel model(&store);
    model.setArticle(0);
    QCOMPARE(model.rowCount(), windows.size());
    QTableView view;
    if (!font.isEmpty() || pointSize > 0) {
        QFont f = view.font();
        if (!font.isEmpty())
            f.setFamily(font);
        if (pointSize > 0)
            f.setPointSize(pointSize);
        view.setFont(f);
    }
    view.setModel(&model);
    StatementColumnSizer::apply(&view);
    // The statements pane of the main window at 1280x800: about three fifths of the width.
    view.resize(760, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // QTableView hides QAbstractItemView's public sizeHintForColumn(): what the rows need.
    const QAbstractItemView& items = view;
    const int dateWidth = view.columnWidth(StatementTableModel::DateColumn);
    QVERIFY2(items.sizeHintForColumn(StatementTableModel::DateColumn) <= dateWidth,
        qPrintable(QStringLiteral("needs %1, has %2")
                       .arg(items.sizeHintForColumn(StatementTableModel::DateColumn))
                       .arg(dateWidth)));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString label = model.index(row, StatementTableModel::DateColumn).data().toString();
        QVERIFY(!label.isEmpty());
        QVERIFY2(view.fontMetrics().horizontalAdvance(label) < dateWidth, qPrintable(label));
    }
    QVERIFY(view.columnWidth(StatementTableModel::KindColumn)
        >= items.sizeHintForColumn(StatementTableModel::KindColumn));
    // The statement text takes whatever the other columns leave (it stretches; how much that is
    // depends on the platform's default font, so it is checked as a fill, not as a width). The
    // stretched section is laid out after the show, hence the wait.
    const QHeaderView* header = view.horizontalHeader();
    auto othersWidth = [&]() {
        int sum = 0;
        for (int c = 0; c < model.columnCount(); ++c) {
            if (c != StatementTableModel::TextColumn)
                sum += header->sectionSize(c);
        }
        return sum;
    };
    if (othersWidth() + 40 < view.viewport()->width()) {
        QTRY_VERIFY2(header->length() >= view.viewport()->width() - 1,
            qPrintable(
                QStringLiteral("columns %1 of %2").arg(header->length()).arg(view.viewport()->width())));
        QVERIFY(view.columnWidth(StatementTableModel::TextColumn)
            >= view.viewport()->width() - othersWidth() - 1);
    }
    // Beside the search results dock the pane is narrower (about 590 px at 1280x800): the mostly
    // empty tags and note columns must not squeeze the statement text to an ellipsis.
    // (With the default font: a large font widens every column and needs a wider window.)
    if (!font.isEmpty() || pointSize > 0)
        return;
    view.resize(590, 300);
    QTRY_VERIFY2(view.columnWidth(StatementTableModel::TextColumn) >= view.viewport()->width() / 6,
        qPrintable(QStringLiteral("text %1 of %2")
                       .arg(view.columnWidth(StatementTableModel::TextColumn))
                       .arg(view.viewport()->width())));
}

QTEST_MAIN(TestStatementColumns)
#include "tst_statementcolumns.moc"
