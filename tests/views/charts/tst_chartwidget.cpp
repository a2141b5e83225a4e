#include "views/charts/ChartWidget.h"
#include "views/charts/GdpChartBuilder.h"
#include "views/charts/SpendingChartBuilder.h"

#include "views/charts/ChartsPanel.h"
#include "views/charts/QtChartFactory.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolTip>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QLegend>
#include <QtCharts/QScatterSeries>

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
using namespace QtCharts;
#endif

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
    o.split = ql::SpendingChartBuilder::Split::Speaker;
    o.style = style;
    return ql::SpendingChartBuilder(rates).build(figures, o);
}

MoneyPoint outsideStatements(qint64 figureId, const QDate& date, double value)
{
    MoneyPoint m { 0, date, QString(), QString(), QStringLiteral("Harbour Gazette"), value,
        QStringLiteral("EUR"), QStringLiteral("Invented, outside any quote") };
    m.figureId = figureId;
    m.articleId = 40 + figureId;
    m.start = 120;
    m.end = 134;
    m.actor = QStringLiteral("Estonia");
    return m;
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
    void everyPointHasATooltip_data();
    void everyPointHasATooltip();
    void clickOutsideStatementsShowsSentence();
    void enlargeToReadBelowMinimum();
    void compactAtDockHeight();
    void splitPanelsShareTheClicks();
    void panelRemembersWideRangeChoice();
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

void TstChartWidget::everyPointHasATooltip_data()
{
    QTest::addColumn<bool>("bars");
    QTest::newRow("points") << false;
    QTest::newRow("bars") << true;
}

// Hovering any point or bar shows its tooltip: the series signals reach the widget for every one.
void TstChartWidget::everyPointHasATooltip()
{
    QFETCH(bool, bars);
    ChartWidget widget;
    widget.resize(800, 500);
    widget.setSpec(spec(bars ? ChartSpec::Style::Bars : ChartSpec::Style::Points));
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    int checked = 0;
    for (QAbstractSeries* series : widget.chart()->series()) {
        if (auto* scatter = qobject_cast<QScatterSeries*>(series)) {
            const int s = ql::QtChartFactory::specSeriesIndex(scatter);
            for (int i = 0; i < scatter->count(); ++i) {
                QToolTip::hideText();
                emit scatter->hovered(scatter->at(i), true);
                QCOMPARE(QToolTip::text(), widget.tipOf(s, i));
                QVERIFY(!QToolTip::text().isEmpty());
                ++checked;
            }
        } else if (auto* barSeries = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : barSeries->barSets()) {
                const int s = ql::QtChartFactory::specSeriesIndex(set);
                for (int c = 0; c < set->count(); ++c) {
                    if (set->at(c) == 0.0)
                        continue;
                    QToolTip::hideText();
                    emit set->hovered(true, c);
                    QVERIFY2(
                        !QToolTip::text().isEmpty(), qPrintable(QStringLiteral("bar %1/%2").arg(s).arg(c)));
                    ++checked;
                }
            }
        }
    }
    QCOMPARE(checked, 3);
    QToolTip::hideText();
}

// A figure outside every statement still jumps somewhere: to its own sentence in its article.
void TstChartWidget::clickOutsideStatementsShowsSentence()
{
    ChartWidget widget;
    widget.resize(800, 500);
    widget.setSpec(ql::SpendingChartBuilder(ql::CurrencyTable())
                       .build({ outsideStatements(7, QDate(2024, 2, 1), 2e9),
                                  outsideStatements(8, QDate(2024, 5, 1), 3e9) },
                           {}));
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QSignalSpy sentence(&widget, &ChartWidget::sentenceActivated);
    QSignalSpy statement(&widget, &ChartWidget::figureActivated);
    const QPoint pos = widget.pointPosition(0, 1);
    QVERIFY(!pos.isNull());
    QTest::mouseClick(widget.chartView()->viewport(), Qt::LeftButton, Qt::NoModifier, pos);
    QCOMPARE(statement.count(), 0);
    QCOMPARE(sentence.count(), 1);
    QCOMPARE(sentence.at(0).at(0).toLongLong(), 48);
    QCOMPARE(sentence.at(0).at(1).toInt(), 120);
    QCOMPARE(sentence.at(0).at(2).toInt(), 134);
}

void TstChartWidget::enlargeToReadBelowMinimum()
{
    ChartWidget widget;
    widget.resize(260, 100);
    widget.setSpec(spec(ChartSpec::Style::Points));
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(widget.showsEnlargeNotice());
    QVERIFY(!widget.chartView()->isVisible());
    const QLabel* notice = widget.findChild<QLabel*>(QStringLiteral("enlargeNotice"));
    QVERIFY(notice && notice->isVisible());
    QVERIFY(notice->text().contains(QStringLiteral("Enlarge to read")));
    widget.resize(900, 500);
    QTRY_VERIFY(!widget.showsEnlargeNotice());
    QVERIFY(widget.chartView()->isVisible());
}

// In a short dock the plot gets the height: the title (already on the tab) goes, the legend moves
// to the side, and the labels keep a readable size.
void TstChartWidget::compactAtDockHeight()
{
    ChartWidget widget;
    widget.resize(1200, 240);
    widget.setSpec(spec(ChartSpec::Style::Points));
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(!widget.showsEnlargeNotice());
    QVERIFY(widget.chart()->title().isEmpty());
    QCOMPARE(widget.chart()->legend()->alignment(), Qt::AlignRight);
    const QList<QAbstractAxis*> axes = widget.chart()->axes();
    QVERIFY(!axes.isEmpty());
    for (QAbstractAxis* axis : axes)
        QVERIFY(axis->labelsFont().pointSizeF() >= 8.0);
    widget.resize(1200, 700);
    QTRY_VERIFY(!widget.chart()->title().isEmpty());
    QCOMPARE(widget.chart()->legend()->alignment(), Qt::AlignBottom);
}

void TstChartWidget::splitPanelsShareTheClicks()
{
    QVector<MoneyPoint> figures;
    const QList<double> values { 1e9, 2.4e9, 95e9 };
    for (int i = 0; i < values.size(); ++i) {
        MoneyPoint m { 301 + i, QDate(2024, 1, 1).addMonths(i * 2), QStringLiteral("Ada Lindqvist"),
            QString(), QString(), values.at(i), QStringLiteral("EUR"), QStringLiteral("Invented %1").arg(i) };
        figures.append(m);
    }
    ql::SpendingChartBuilder::Options o;
    o.wideRange = ChartSpec::YScale::Split;
    ChartWidget widget;
    widget.resize(900, 600);
    widget.setSpec(ql::SpendingChartBuilder(ql::CurrencyTable()).build(figures, o));
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(widget.lowerChartView());
    QVERIFY(widget.lowerChartView()->isVisible());
    QSignalSpy one(&widget, &ChartWidget::figureActivated);
    for (int i = 0; i < values.size(); ++i) {
        QChartView* view = widget.viewOf(0, i);
        QCOMPARE(view == widget.lowerChartView(), values.at(i) < 50e9);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, widget.pointPosition(0, i));
        QCOMPARE(one.count(), i + 1);
        QCOMPARE(one.last().at(0).toLongLong(), 301 + i);
    }
}

// The analyst's choice for wide ranges outlives the panel (QSettings), and the panel passes the
// charts' jumps on, so the window needs only to connect the panel.
void TstChartWidget::panelRemembersWideRangeChoice()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("charts/wideRangeScale"));
    {
        ql::ChartsPanel first;
        QCOMPARE(first.wideRangeScale(), ChartSpec::YScale::Log);
        first.setWideRangeScale(ChartSpec::YScale::Split);
    }
    ql::ChartsPanel panel;
    QCOMPARE(panel.wideRangeScale(), ChartSpec::YScale::Split);
    const QVector<MoneyPoint> figures { outsideStatements(1, QDate(2024, 1, 10), 1e9),
        outsideStatements(2, QDate(2024, 3, 10), 2.4e9), outsideStatements(3, QDate(2024, 5, 10), 95e9) };
    panel.setData(figures, {});
    QCOMPARE(panel.spendingChart()->spec().yScale, ChartSpec::YScale::Split);
    panel.setWideRangeScale(ChartSpec::YScale::Log);
    QCOMPARE(panel.spendingChart()->spec().yScale, ChartSpec::YScale::Log);
    QSignalSpy sentence(&panel, &ql::ChartsPanel::sentenceActivated);
    panel.spendingChart()->activatePoint(0, 2);
    QCOMPARE(sentence.count(), 1);
    QCOMPARE(sentence.first().first().toLongLong(), 43);
    QSettings().remove(QStringLiteral("charts/wideRangeScale"));
}

QTEST_MAIN(TstChartWidget)
#include "tst_chartwidget.moc"
