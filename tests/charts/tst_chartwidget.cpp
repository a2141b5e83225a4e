#include "charts/ChartWidget.h"
#include "charts/GdpChartBuilder.h"
#include "charts/SpendingChartBuilder.h"

#include <QSignalSpy>
#include <QTest>

using ql::ChartSpec;
using ql::ChartWidget;
using ql::MoneyPoint;

namespace {

ChartSpec spec(ChartSpec::Style style)
{
    ql::CurrencyTable rates;
    const QVector<MoneyPoint> figures {
        { 101, QDate(2023, 2, 1), QStringLiteral("Ada Lindqvist"), QString(), QString(), 4e9,
            QStringLiteral("EUR"), QStringLiteral("Invented A") },
        { 102, QDate(2023, 8, 1), QStringLiteral("Ada Lindqvist"), QString(), QString(), 1e9,
            QStringLiteral("EUR"), QStringLiteral("Invented B") },
        { 201, QDate(2024, 3, 1), QStringLiteral("Bram Okafor"), QString(), QString(), 2.5e9,
            QStringLiteral("EUR"), QStringLiteral("Invented C") },
    };
    ql::SpendingChartBuilder::Options o;
    o.style = style;
    return ql::SpendingChartBuilder(rates).build(figures, o);
}

} // namespace

class TstChartWidget : public QObject
{
    Q_OBJECT

private slots:
    void clickPointEmitsStatement_data();
    void clickPointEmitsStatement();
    void clickBarEmitsStatement_data();
    void clickBarEmitsStatement();
    void footnotesShown();
};

void TstChartWidget::clickPointEmitsStatement_data()
{
    QTest::addColumn<int>("series");
    QTest::addColumn<int>("point");
    QTest::addColumn<qint64>("id");
    QTest::newRow("first speaker, first point") << 0 << 0 << qint64(101);
    QTest::newRow("first speaker, second point") << 0 << 1 << qint64(102);
    QTest::newRow("second speaker") << 1 << 0 << qint64(201);
}

void TstChartWidget::clickPointEmitsStatement()
{
    QFETCH(int, series);
    QFETCH(int, point);
    QFETCH(qint64, id);
    ChartWidget widget;
    widget.resize(800, 500);
    widget.setSpec(spec(ChartSpec::Style::Points));
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QSignalSpy one(&widget, &ChartWidget::figureActivated);
    QSignalSpy all(&widget, &ChartWidget::figuresActivated);
    const QPoint pos = widget.pointPosition(series, point);
    QVERIFY(!pos.isNull());
    QTest::mouseClick(widget.chartView()->viewport(), Qt::LeftButton, Qt::NoModifier, pos);
    QCOMPARE(one.count(), 1);
    QCOMPARE(one.at(0).at(0).toLongLong(), id);
    QCOMPARE(all.count(), 1);
}

void TstChartWidget::clickBarEmitsStatement_data()
{
    QTest::addColumn<bool>("stacked");
    QTest::newRow("stacked") << true;
    QTest::newRow("side by side") << false;
}

void TstChartWidget::clickBarEmitsStatement()
{
    QFETCH(bool, stacked);
    ChartWidget widget;
    widget.resize(800, 500);
    ChartSpec bars = spec(ChartSpec::Style::Bars);
    bars.stacked = stacked;
    widget.setSpec(bars);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QSignalSpy one(&widget, &ChartWidget::figureActivated);
    const QPoint pos = widget.pointPosition(1, 0);
    QVERIFY(!pos.isNull());
    QTest::mouseClick(widget.chartView()->viewport(), Qt::LeftButton, Qt::NoModifier, pos);
    QCOMPARE(one.count(), 1);
    QCOMPARE(one.at(0).at(0).toLongLong(), 201);
}

void TstChartWidget::footnotesShown()
{
    ql::CurrencyTable rates;
    rates.setRate({ QStringLiteral("USD"), 0.9, QDate(2023, 12, 31), QString() });
    const QVector<MoneyPoint> figures { { 1, QDate(2023, 2, 1), QStringLiteral("Ada Lindqvist"), QString(),
        QString(), 1e9, QStringLiteral("USD"), QString() } };
    ChartWidget widget;
    widget.setSpec(ql::SpendingChartBuilder(rates).build(figures, {}));
    QVERIFY(widget.spec().footnotes.join(QString()).contains(QStringLiteral("USD 0.9 (2023-12-31)")));
    QVERIFY(widget.chart());
    QCOMPARE(widget.chart()->title(), widget.spec().title);
}

QTEST_MAIN(TstChartWidget)
#include "tst_chartwidget.moc"
