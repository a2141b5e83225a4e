#include "models/charts/ChartPlacement.h"
#include "tests/views/charts/ChartFixtures.h"
#include "views/charts/GdpChartBuilder.h"
#include "views/charts/QtChartFactory.h"
#include "views/charts/SeriesNames.h"
#include "views/charts/SpendingChartBuilder.h"

#include <QDateTime>
#include <QTest>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>

#include <memory>

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
using namespace QtCharts;
#endif

using ql::ChartPlacement;
using ql::ChartSpec;
using ql::CurrencyTable;
using ql::GdpChartBuilder;
using ql::GdpTargetPoint;
using ql::MoneyPoint;
using ql::SaidWindow;
using ql::SpendingChartBuilder;
using namespace ql::test::charts;

// A ChartSpec drawn: the Qt chart it becomes (series types, values, log scale, parts), date ticks
// and where a figure sits in time. tst_chartbuilders has how the spec is built.
class TstChartDrawing : public QObject
{
    Q_OBJECT

private slots:
    void qtChartCarriesSeriesValues_data();
    void qtChartCarriesSeriesValues();
    void barChartCarriesSetValues();
    void dateTicks_data();
    void dateTicks();
    void placement_data();
    void placement();
    void figuresSitInTheirStatementWindow_data();
    void figuresSitInTheirStatementWindow();
    void windowsAreDrawnAsBars();
    void gdpLinesJoinOnlyOneActor();
    void wideRangeScale_data();
    void wideRangeScale();
};

void TstChartDrawing::qtChartCarriesSeriesValues_data()
{
    QTest::addColumn<bool>("gdp");
    QTest::newRow("money points") << false;
    QTest::newRow("gdp lines and points") << true;
}

void TstChartDrawing::qtChartCarriesSeriesValues()
{
    QFETCH(bool, gdp);
    ChartSpec spec;
    if (gdp) {
        GdpChartBuilder::Options g;
        g.seriesBy = GdpChartBuilder::SeriesBy::Speaker;
        spec = GdpChartBuilder().build({ { 1, QDate(2014, 9, 5), kAda, 2.0, 2024, QString() },
                                           { 2, QDate(2024, 6, 1), kAda, 3.5, 2030, QString() } },
            g);
    } else {
        SpendingChartBuilder::Options o;
        o.split = SpendingChartBuilder::Split::Speaker;
        spec = SpendingChartBuilder(inventedRates()).build(moneyFixture(), o);
    }
    std::unique_ptr<QChart> chart(ql::QtChartFactory::create(spec));
    int scatters = 0;
    int lines = 0;
    for (QAbstractSeries* s : chart->series()) {
        auto* xy = qobject_cast<QXYSeries*>(s);
        QVERIFY(xy);
        const int index = ql::QtChartFactory::specSeriesIndex(s);
        if (qobject_cast<QScatterSeries*>(s)) {
            ++scatters;
            QVERIFY(index >= 0);
        } else {
            ++lines;
        }
        const ChartSpec::Series& expected = spec.series.at(index >= 0 ? index : lines - 1);
        QCOMPARE(xy->count(), expected.points.size());
        for (int i = 0; i < xy->count(); ++i) {
            QCOMPARE(xy->at(i).x(), expected.points.at(i).x);
            QCOMPARE(xy->at(i).y(), expected.points.at(i).y);
        }
        QCOMPARE(s->attachedAxes().size(), 2);
    }
    QCOMPARE(scatters, spec.series.size());
    QCOMPARE(lines, gdp ? spec.series.size() : 0);
    QCOMPARE(chart->title(), spec.title);
}

void TstChartDrawing::barChartCarriesSetValues()
{
    SpendingChartBuilder::Options o;
    o.split = SpendingChartBuilder::Split::Speaker;
    o.style = ChartSpec::Style::Bars;
    const ChartSpec spec = SpendingChartBuilder(inventedRates()).build(moneyFixture(), o);
    std::unique_ptr<QChart> chart(ql::QtChartFactory::create(spec));
    QCOMPARE(chart->series().size(), 1);
    auto* bars = qobject_cast<QAbstractBarSeries*>(chart->series().first());
    QVERIFY(bars);
    QVERIFY(qobject_cast<QStackedBarSeries*>(bars)); // one unit: stacked totals per period
    QCOMPARE(bars->barSets().size(), 2);
    const QBarSet* ada = bars->barSets().at(0);
    QCOMPARE(ada->label(), kAda);
    QCOMPARE(ada->count(), 3);
    QVERIFY(qAbs(ada->at(0) - 1.8) < 1e-9);
    QCOMPARE(ada->at(1), 0.0);
    QVERIFY(qAbs(ada->at(2) - 1.2) < 1e-9);

    // Original currencies cannot be summed: the bars stand side by side.
    o.normaliseToEur = false;
    o.split = SpendingChartBuilder::Split::Currency;
    const ChartSpec mixed = SpendingChartBuilder(inventedRates()).build(moneyFixture(), o);
    QVERIFY(!mixed.stacked);
    std::unique_ptr<QChart> grouped(ql::QtChartFactory::create(mixed));
    QVERIFY(qobject_cast<QBarSeries*>(grouped->series().first()));
    QCOMPARE(qobject_cast<QBarSeries*>(grouped->series().first())->barSets().size(), 4);
}

void TstChartDrawing::dateTicks_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("firstLabel");
    QTest::newRow("decade: years") << QDate(2014, 6, 1) << QDate(2024, 6, 1) << QStringLiteral("2016");
    QTest::newRow("two years: quarters")
        << QDate(2023, 2, 1) << QDate(2025, 1, 1) << QStringLiteral("Q2 2023");
}

void TstChartDrawing::dateTicks()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, firstLabel);
    const auto ticks = ql::QtChartFactory::dateTicks(msecs(from), msecs(to), 8);
    QVERIFY(ticks.size() >= 3);
    QVERIFY(ticks.size() <= 9);
    QCOMPARE(ticks.first().label, firstLabel);
    QStringList labels;
    for (int i = 0; i < ticks.size(); ++i) {
        QVERIFY(!labels.contains(ticks.at(i).label)); // a category axis needs unique labels
        labels.append(ticks.at(i).label);
        if (i > 0)
            QVERIFY(ticks.at(i).msecs > ticks.at(i - 1).msecs);
    }
}

void TstChartDrawing::placement_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QDate>("saidOn");
    QTest::addColumn<QDate>("articleDate");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("onArticleDate");
    const QDate article(2024, 3, 14);
    QTest::newRow("a day") << QDate(2024, 3, 12) << QDate(2024, 3, 12) << QDate(2024, 3, 12) << article
                           << QDate(2024, 3, 12) << false;
    QTest::newRow("two days: the first") << QDate(2025, 11, 5) << QDate(2025, 11, 6) << QDate(2025, 11, 6)
                                         << article << QDate(2025, 11, 5) << false;
    QTest::newRow("the article's week: its middle")
        << QDate(2024, 3, 8) << article << article << article << QDate(2024, 3, 11) << false;
    QTest::newRow("a day stored without its window")
        << QDate() << QDate() << QDate(2023, 10, 25) << article << QDate(2023, 10, 25) << false;
    QTest::newRow("no window") << QDate() << QDate() << QDate() << article << article << true;
    QTest::newRow("open-ended: the article")
        << QDate(2024, 10, 1) << QDate() << QDate() << article << article << true;
    QTest::newRow("two months: the article")
        << QDate(2024, 1, 1) << QDate(2024, 2, 29) << QDate() << article << article << true;
    QTest::newRow("nothing at all") << QDate() << QDate() << QDate() << QDate() << QDate() << false;
}

void TstChartDrawing::placement()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QDate, saidOn);
    QFETCH(QDate, articleDate);
    QFETCH(QDate, day);
    QFETCH(bool, onArticleDate);
    const ChartPlacement::Place place = ChartPlacement::place({ from, to, {} }, saidOn, articleDate);
    QCOMPARE(place.day, day);
    QCOMPARE(place.onArticleDate, onArticleDate);
}

void TstChartDrawing::figuresSitInTheirStatementWindow_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("onArticleDate");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("xFrom");
    QTest::addColumn<double>("xTo");
    QTest::addColumn<QStringList>("tip");
    QTest::addColumn<QString>("basis");
    const QDate day(2023, 10, 25);
    QTest::newRow("a day") << day << day << QStringLiteral("'on 25 October' in the sentence") << day << false
                           << msecs(day) << msecs(day) << msecs(day)
                           << QStringList { QStringLiteral("said 25 Oct 2023"),
                                  QStringLiteral("on 25 October") }
                           << QStringLiteral("said");
    const QDate first(2025, 11, 5);
    const QDate last(2025, 11, 6);
    QTest::newRow("an event's two days")
        << first << last << QStringLiteral("Harbour Forum, Gdansk, 5–6 Nov 2025") << first << false
        << (msecs(first) + msecs(last)) / 2 << msecs(first) << msecs(last)
        << QStringList { QStringLiteral("said 5–6 Nov 2025"), QStringLiteral("middle of the window"),
               QStringLiteral("Harbour Forum, Gdansk") }
        << QStringLiteral("said");
    const QDate article(2024, 3, 14);
    QTest::newRow("no window: the article's date")
        << QDate() << QDate() << QString() << article << true << msecs(article) << msecs(article)
        << msecs(article)
        << QStringList { QStringLiteral("on the article's date, 14 Mar 2024"), QStringLiteral("no window") }
        << QStringLiteral("article");
    QTest::newRow("open-ended window: the article's date")
        << QDate(2024, 10, 1) << QDate() << QStringLiteral("term of office") << article << true
        << msecs(article) << msecs(article) << msecs(article)
        << QStringList { QStringLiteral("article's date"), QStringLiteral("said after 1 Oct 2024") }
        << QStringLiteral("article");
}

void TstChartDrawing::figuresSitInTheirStatementWindow()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, evidence);
    QFETCH(QDate, date);
    QFETCH(bool, onArticleDate);
    QFETCH(double, x);
    QFETCH(double, xFrom);
    QFETCH(double, xTo);
    QFETCH(QStringList, tip);
    QFETCH(QString, basis);

    MoneyPoint m = money(1, date, kAda, QString(), QString(), 1e9, QStringLiteral("EUR"));
    m.said = { from, to, evidence };
    m.onArticleDate = onArticleDate;
    GdpTargetPoint g { 2, date, kAda, 2.5, 2030, QStringLiteral("Two and a half by 2030."),
        { from, to, evidence }, onArticleDate };
    SpendingChartBuilder::Options moneyOptions;
    GdpChartBuilder::Options gdpOptions;
    gdpOptions.mode = GdpChartBuilder::Mode::ByDateStated;
    const ChartSpec specs[] = { SpendingChartBuilder(inventedRates()).build({ m }, moneyOptions),
        GdpChartBuilder().build({ g }, gdpOptions) };
    for (const ChartSpec& spec : specs) {
        QCOMPARE(spec.series.size(), 1);
        QCOMPARE(spec.series.first().points.size(), 1);
        const ChartSpec::Point& p = spec.series.first().points.first();
        QCOMPARE(p.x, x);
        QCOMPARE(p.xFrom, xFrom);
        QCOMPARE(p.xTo, xTo);
        for (const QString& part : std::as_const(tip))
            QVERIFY2(p.label.contains(part), qPrintable(p.label));
        QCOMPARE(spec.csvRows.size(), 1);
        QCOMPARE(spec.csvRows.first().at(spec.csvHeader.indexOf(QStringLiteral("date_basis"))), basis);
        QCOMPARE(spec.csvRows.first().at(spec.csvHeader.indexOf(QStringLiteral("said_from"))),
            from.toString(Qt::ISODate));
    }
}

void TstChartDrawing::windowsAreDrawnAsBars()
{
    MoneyPoint day = money(1, QDate(2023, 10, 25), kAda, QString(), QString(), 1e9, QStringLiteral("EUR"));
    day.said = { QDate(2023, 10, 25), QDate(2023, 10, 25), QString() };
    MoneyPoint event = money(2, QDate(2025, 11, 5), kAda, QString(), QString(), 2e9, QStringLiteral("EUR"));
    event.said = { QDate(2025, 11, 5), QDate(2025, 11, 6), QString() };
    MoneyPoint week = money(3, QDate(2024, 3, 11), kBram, QString(), QString(), 3e9, QStringLiteral("EUR"));
    week.said = { QDate(2024, 3, 8), QDate(2024, 3, 14), QString() };
    SpendingChartBuilder::Options bySpeaker;
    bySpeaker.split = SpendingChartBuilder::Split::Speaker;
    const ChartSpec spec = SpendingChartBuilder(inventedRates()).build({ day, event, week }, bySpeaker);
    std::unique_ptr<QChart> chart(ql::QtChartFactory::create(spec));
    QList<QPair<double, double>> bars;
    int scatters = 0;
    for (QAbstractSeries* s : chart->series()) {
        if (qobject_cast<QScatterSeries*>(s)) {
            ++scatters;
            continue;
        }
        auto* line = qobject_cast<QLineSeries*>(s);
        QVERIFY(line);
        QCOMPARE(line->count(), 2);
        QCOMPARE(line->at(0).y(), line->at(1).y()); // level with its point
        bars.append({ line->at(0).x(), line->at(1).x() });
    }
    QCOMPARE(scatters, 2);
    std::sort(bars.begin(), bars.end());
    const QList<QPair<double, double>> expected { { msecs(QDate(2024, 3, 8)), msecs(QDate(2024, 3, 14)) },
        { msecs(QDate(2025, 11, 5)), msecs(QDate(2025, 11, 6)) } };
    QCOMPARE(bars, expected); // the single day is a point only
}

// Romania's 3.5 % by 2030 and the allies' 5 % by 2035 are two actors, never one trajectory; targets
// whose actor is not named are points without a line.
void TstChartDrawing::gdpLinesJoinOnlyOneActor()
{
    const QVector<GdpTargetPoint> points { share(1, QStringLiteral("Romania"), 3.5, 2030),
        share(2, QStringLiteral("NATO allies"), 5.0, 2035),
        share(3, QStringLiteral("NATO allies"), 2.0, 2024), share(4, QString(), 2.5, 2028),
        share(5, QString(), 3.0, 2029) };
    const ChartSpec spec = GdpChartBuilder().build(points, {});
    QCOMPARE(names(spec),
        (QStringList {
            QStringLiteral("NATO allies"), QStringLiteral("Romania"), QStringLiteral("(not named)") }));
    QCOMPARE(spec.series.at(0).joined, true);
    QCOMPARE(spec.series.at(1).joined, true);
    QCOMPARE(spec.series.at(2).joined, false);
    QVERIFY(fuzzyEqual(xs(spec.series.at(0)), { 2024, 2035 }));
    QVERIFY(fuzzyEqual(xs(spec.series.at(1)), { 2030 }));
    std::unique_ptr<QChart> chart(ql::QtChartFactory::create(spec));
    QStringList lines;
    for (QAbstractSeries* s : chart->series())
        if (!qobject_cast<QScatterSeries*>(s))
            lines.append(s->name());
    QCOMPARE(lines, (QStringList { QStringLiteral("NATO allies"), QStringLiteral("Romania") }));
    QCOMPARE(spec.csvHeader.at(spec.csvHeader.indexOf(QStringLiteral("actor"))), QStringLiteral("actor"));
    QCOMPARE(
        spec.csvRows.at(0).at(spec.csvHeader.indexOf(QStringLiteral("actor"))), QStringLiteral("Romania"));
    // By speaker the one speaker's targets are one line again, as the analyst asked.
    GdpChartBuilder::Options bySpeaker;
    bySpeaker.seriesBy = GdpChartBuilder::SeriesBy::Speaker;
    const ChartSpec speakers = GdpChartBuilder().build(points, bySpeaker);
    QCOMPARE(names(speakers), QStringList { kAda });
    QCOMPARE(speakers.series.first().joined, true);
}

void TstChartDrawing::wideRangeScale_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<int>("choice");
    QTest::addColumn<int>("expected");
    QTest::addColumn<double>("splitAt");
    const QList<double> wide { 1e9, 2.4e9, 95e9 };
    QTest::newRow("narrow stays linear") << QList<double> { 1e9, 2.4e9, 15e9 } << int(ChartSpec::YScale::Log)
                                         << int(ChartSpec::YScale::Linear) << 0.0;
    QTest::newRow("wide, log") << wide << int(ChartSpec::YScale::Log) << int(ChartSpec::YScale::Log) << 0.0;
    QTest::newRow("wide, split") << wide << int(ChartSpec::YScale::Split) << int(ChartSpec::YScale::Split)
                                 << 95.0;
}

void TstChartDrawing::wideRangeScale()
{
    QFETCH(QList<double>, values);
    QFETCH(int, choice);
    QFETCH(int, expected);
    QFETCH(double, splitAt);
    QVector<MoneyPoint> figures;
    for (int i = 0; i < values.size(); ++i)
        figures.append(pledge(i + 1, QDate(2024, 1, 1).addMonths(i), QStringLiteral("Estonia"),
            QStringLiteral("A"), values.at(i)));
    SpendingChartBuilder::Options o;
    o.wideRange = static_cast<ChartSpec::YScale>(choice);
    const ChartSpec spec = SpendingChartBuilder(inventedRates()).build(figures, o);
    QCOMPARE(int(spec.yScale), expected);
    QVERIFY(qAbs(spec.splitAt - splitAt) < 1e-9);
    std::unique_ptr<QChart> chart(ql::QtChartFactory::create(spec));
    const bool log = !chart->axes(Qt::Vertical).isEmpty()
        && qobject_cast<QLogValueAxis*>(chart->axes(Qt::Vertical).first());
    QCOMPARE(log, expected == int(ChartSpec::YScale::Log));
    if (expected != int(ChartSpec::YScale::Split))
        return;
    // The panels share every point between them, the large ones above.
    auto count = [&spec](ql::QtChartFactory::Part part) {
        std::unique_ptr<QChart> c(ql::QtChartFactory::create(spec, false, QSize(900, 520), part));
        int n = 0;
        for (QAbstractSeries* s : c->series())
            if (auto* scatter = qobject_cast<QScatterSeries*>(s))
                n += scatter->count();
        return n;
    };
    QCOMPARE(count(ql::QtChartFactory::Part::Upper), 1);
    QCOMPARE(count(ql::QtChartFactory::Part::Lower), 2);
}

QTEST_MAIN(TstChartDrawing)
#include "tst_chartdrawing.moc"
