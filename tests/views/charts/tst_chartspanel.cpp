// Issue 17: the charts panel follows a change of the store (points of some articles dropped, new
// ones added) to the same points as a fresh read, and builds a chart only when it is seen.
#include "tests/views/charts/ChartFixtures.h"
#include "views/charts/ChartWidget.h"
#include "views/charts/ChartsPanel.h"

#include <QSettings>
#include <QTest>

using namespace ql;
using namespace ql::test::charts;

namespace {

QVector<MoneyPoint> inArticles(QVector<MoneyPoint> points)
{
    for (MoneyPoint& p : points) {
        p.figureId = p.statementId;
        p.articleId = p.statementId / 2;
    }
    return points;
}

QVector<GdpTargetPoint> gdpFixture()
{
    QVector<GdpTargetPoint> out;
    for (qint64 id = 1; id <= 6; ++id) {
        GdpTargetPoint p = share(id, id % 2 ? QStringLiteral("Examplia") : QStringLiteral("Northland"),
            2.0 + 0.5 * double(id % 3), 2028 + int(id % 3));
        p.figureId = id + 100;
        p.articleId = id / 2;
        p.statedOn = QDate(2024, 1, 1).addDays(int(id) * 40);
        out << p;
    }
    return out;
}

QStringList moneyIds(const ChartsPanel& panel)
{
    QStringList out;
    for (const MoneyPoint& p : panel.moneyPoints())
        out << QStringLiteral("%1@%2").arg(p.figureId).arg(p.date.toString(Qt::ISODate));
    return out;
}

QStringList gdpIds(const ChartsPanel& panel)
{
    QStringList out;
    for (const GdpTargetPoint& p : panel.gdpPoints())
        out << QStringLiteral("%1@%2").arg(p.figureId).arg(p.statedOn.toString(Qt::ISODate));
    return out;
}

} // namespace

class TstChartsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void applyChangeEqualsSetData_data();
    void applyChangeEqualsSetData();
    void buildsOnlyWhatIsSeen();
};

void TstChartsPanel::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QCoreApplication::setOrganizationName(QStringLiteral("QuotelineTest"));
}

void TstChartsPanel::applyChangeEqualsSetData_data()
{
    QTest::addColumn<QList<qint64>>("dropped");
    QTest::addColumn<bool>("addBack"); // the dropped articles come back (redo)
    QTest::newRow("nothing") << QList<qint64>() << false;
    QTest::newRow("one article removed") << QList<qint64> { 1 } << false;
    QTest::newRow("two removed, added back") << QList<qint64> { 0, 2 } << true;
}

void TstChartsPanel::applyChangeEqualsSetData()
{
    QFETCH(QList<qint64>, dropped);
    QFETCH(bool, addBack);
    const QSet<qint64> gone(dropped.cbegin(), dropped.cend());
    const QVector<MoneyPoint> money = inArticles(moneyFixture());
    const QVector<GdpTargetPoint> gdp = gdpFixture();
    QVector<MoneyPoint> moneyAdded;
    QVector<MoneyPoint> moneyAfter;
    for (const MoneyPoint& p : money)
        (gone.contains(p.articleId) ? moneyAdded : moneyAfter).append(p);
    QVector<GdpTargetPoint> gdpAdded;
    QVector<GdpTargetPoint> gdpAfter;
    for (const GdpTargetPoint& p : gdp)
        (gone.contains(p.articleId) ? gdpAdded : gdpAfter).append(p);
    if (!addBack) {
        moneyAdded.clear();
        gdpAdded.clear();
    }

    ChartsPanel panel;
    panel.setData(money, gdp);
    panel.applyChange(moneyAdded, gdpAdded, gone);
    ChartsPanel fresh;
    fresh.setData(addBack ? money : moneyAfter, addBack ? gdp : gdpAfter);
    QCOMPARE(moneyIds(panel), moneyIds(fresh));
    QCOMPARE(gdpIds(panel), gdpIds(fresh));
    QCOMPARE(names(panel.spendingChart()->spec()), names(fresh.spendingChart()->spec()));
    QCOMPARE(panel.gdpChart()->spec().series.size(), fresh.gdpChart()->spec().series.size());
    if (!gone.isEmpty() && !addBack)
        QVERIFY(moneyIds(panel).size() < money.size());
}

void TstChartsPanel::buildsOnlyWhatIsSeen()
{
    ChartsPanel panel;
    panel.resize(800, 500);
    panel.setData(inArticles(moneyFixture()), gdpFixture());
    auto* spending = panel.findChild<ChartWidget*>(QStringLiteral("spendingChart"));
    auto* gdp = panel.findChild<ChartWidget*>(QStringLiteral("gdpChart"));
    QVERIFY(spending && gdp);
    // Hidden: nothing is built until the panel is shown or a chart is asked for.
    QVERIFY(spending->spec().isEmpty());
    QVERIFY(gdp->spec().isEmpty());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!spending->spec().isEmpty()); // the tab in front
    QVERIFY(gdp->spec().isEmpty()); // the other tab still waits
    QVERIFY(!panel.gdpChart()->spec().isEmpty()); // asked for: built
    // A change while shown rebuilds the chart in front at once.
    panel.applyChange({}, {}, { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 });
    QVERIFY(spending->spec().isEmpty());
    QVERIFY(panel.moneyPoints().isEmpty());
}

QTEST_MAIN(TstChartsPanel)
#include "tst_chartspanel.moc"
