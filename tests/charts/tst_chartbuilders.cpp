#include "charts/ChartPlacement.h"
#include "charts/GdpChartBuilder.h"
#include "charts/QtChartFactory.h"
#include "charts/SeriesNames.h"
#include "charts/SpendingChartBuilder.h"

#include <QDateTime>
#include <QTest>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>

#include <memory>

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
using namespace QtCharts;
#endif

using ql::ChartSpec;
using ql::CurrencyTable;
using ql::GdpChartBuilder;
using ql::GdpTargetPoint;
using ql::MoneyPoint;
using ql::SpendingChartBuilder;

namespace {

const QString kAda = QStringLiteral("Ada Lindqvist");
const QString kBram = QStringLiteral("Bram Okafor");

CurrencyTable inventedRates()
{
    CurrencyTable t;
    t.setRate({ QStringLiteral("USD"), 0.9, QDate(2023, 12, 31), QString() });
    t.setRate({ QStringLiteral("USD"), 0.5, QDate(2019, 12, 31), QString() });
    t.setRate({ QStringLiteral("GBP"), 1.2, QDate(2024, 12, 31), QString() });
    return t;
}

MoneyPoint money(qint64 id, const QDate& date, const QString& speaker, const QString& subject,
    const QString& source, double value, const QString& currency)
{
    return MoneyPoint { id, date, speaker, subject, source, value, currency,
        QStringLiteral("Invented sentence %1 about spending.").arg(id) };
}

QVector<MoneyPoint> moneyFixture()
{
    const QString gazette = QStringLiteral("Harbour Gazette");
    const QString wire = QStringLiteral("Northwind Wire");
    return {
        money(1, QDate(2023, 3, 1), kAda, QStringLiteral("ammunition"), gazette, 2e9, QStringLiteral("USD")),
        money(2, QDate(2023, 6, 15), kBram, QStringLiteral("air defence"), wire, 5e8, QStringLiteral("EUR")),
        money(3, QDate(2024, 2, 10), kAda, QStringLiteral("ammunition"), wire, 1e9, QStringLiteral("GBP")),
        money(4, QDate(2024, 2, 10), kAda, QString(), gazette, 3e8, QStringLiteral("ZZZ")),
        money(5, QDate(), kBram, QStringLiteral("ships"), wire, 7e8, QStringLiteral("EUR")),
    };
}

QVector<double> ys(const ChartSpec::Series& s)
{
    QVector<double> out;
    for (const ChartSpec::Point& p : s.points)
        out.append(p.y);
    return out;
}

QVector<double> xs(const ChartSpec::Series& s)
{
    QVector<double> out;
    for (const ChartSpec::Point& p : s.points)
        out.append(p.x);
    return out;
}

QStringList names(const ChartSpec& spec)
{
    QStringList out;
    for (const ChartSpec::Series& s : spec.series)
        out.append(s.name);
    return out;
}

double msecs(const QDate& d)
{
    return static_cast<double>(QDateTime(d, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

bool fuzzyEqual(const QVector<double>& a, const QVector<double>& b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (qAbs(a.at(i) - b.at(i)) > 1e-9)
            return false;
    }
    return true;
}

} // namespace

class TstChartBuilders : public QObject
{
    Q_OBJECT

private slots:
    void pointsInEur();
    void barsSumPerDay();
    void barsBucketLongSpans();
    void splits_data();
    void splits();
    void filtersBySpeaker();
    void csvRows();
    void gdpByTargetYear();
    void gdpByDateStated();
    void qtChartCarriesSeriesValues_data();
    void qtChartCarriesSeriesValues();
    void barChartCarriesSetValues();
    void dateTicks_data();
    void dateTicks();
    void manySeriesArePooled_data();
    void manySeriesArePooled();
    void tooManyPointsAreSummed();
    void repeatedGdpSharesAreOnePoint();
    void placement_data();
    void placement();
    void figuresSitInTheirStatementWindow_data();
    void figuresSitInTheirStatementWindow();
    void windowsAreDrawnAsBars();
};

void TstChartBuilders::pointsInEur()
{
    const SpendingChartBuilder builder(inventedRates());
    SpendingChartBuilder::Options o;
    const ChartSpec spec = builder.build(moneyFixture(), o);
    QCOMPARE(spec.xAxis, ChartSpec::XAxis::Date);
    QCOMPARE(names(spec), (QStringList { kAda, kBram }));
    QCOMPARE(spec.yDivisor, 1e9);
    QCOMPARE(spec.yTitle, QStringLiteral("EUR bn"));
    QVERIFY(fuzzyEqual(ys(spec.series.at(0)), { 1.8, 1.2 }));
    QVERIFY(fuzzyEqual(xs(spec.series.at(0)), { msecs(QDate(2023, 3, 1)), msecs(QDate(2024, 2, 10)) }));
    QVERIFY(fuzzyEqual(ys(spec.series.at(1)), { 0.5 }));
    QCOMPARE(spec.series.at(0).points.at(1).statementIds, QVector<qint64> { 3 });
    const QString notes = spec.footnotes.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(QStringLiteral("USD 0.9 (2023-12-31)")), qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("GBP 1.2 (2024-12-31)")), qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("ZZZ")), qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("without a date")), qPrintable(notes));
    QVERIFY(spec.series.at(0).points.at(0).label.contains(QStringLiteral("Invented sentence 1")));
}

void TstChartBuilders::barsSumPerDay()
{
    QVector<MoneyPoint> figures = moneyFixture();
    figures.append(money(
        6, QDate(2024, 2, 10), kAda, QStringLiteral("ammunition"), QString(), 3e8, QStringLiteral("EUR")));
    const SpendingChartBuilder builder(inventedRates());
    SpendingChartBuilder::Options o;
    o.style = ChartSpec::Style::Bars;
    const ChartSpec spec = builder.build(figures, o);
    QCOMPARE(spec.xAxis, ChartSpec::XAxis::Category);
    QCOMPARE(spec.categories,
        (QStringList {
            QStringLiteral("2023-03-01"), QStringLiteral("2023-06-15"), QStringLiteral("2024-02-10") }));
    QVERIFY(fuzzyEqual(xs(spec.series.at(0)), { 0, 2 }));
    QVERIFY(fuzzyEqual(ys(spec.series.at(0)), { 1.8, 1.5 }));
    QCOMPARE(spec.series.at(0).points.at(1).statementIds, (QVector<qint64> { 3, 6 })); // largest first
    QVERIFY(fuzzyEqual(xs(spec.series.at(1)), { 1 }));
}

void TstChartBuilders::barsBucketLongSpans()
{
    QVector<MoneyPoint> figures;
    for (int i = 0; i < 120; ++i)
        figures.append(money(i + 1, QDate(1995, 1, 1).addDays(i * 91), kAda, QString(), QString(), 1e6,
            QStringLiteral("EUR")));
    SpendingChartBuilder::Options o;
    o.style = ChartSpec::Style::Bars;
    const ChartSpec spec = SpendingChartBuilder(inventedRates()).build(figures, o);
    QCOMPARE(spec.categories.first(), QStringLiteral("1995"));
    QCOMPARE(spec.categories.size(), 30);
    QCOMPARE(spec.xTitle, QStringLiteral("Year stated"));
    QCOMPARE(spec.yDivisor, 1e6);
    QVERIFY(fuzzyEqual({ spec.series.at(0).points.at(0).y }, { 5.0 })); // days 0, 91, … 364 of 1995
}

void TstChartBuilders::splits_data()
{
    QTest::addColumn<int>("split");
    QTest::addColumn<bool>("eur");
    QTest::addColumn<QStringList>("series");
    QTest::newRow("subject in EUR") << int(SpendingChartBuilder::Split::Subject) << true
                                    << QStringList { QStringLiteral("air defence"),
                                           QStringLiteral("ammunition") };
    QTest::newRow("source in EUR") << int(SpendingChartBuilder::Split::Source) << true
                                   << QStringList { QStringLiteral("Harbour Gazette"),
                                          QStringLiteral("Northwind Wire") };
    QTest::newRow("none in EUR") << int(SpendingChartBuilder::Split::None) << true
                                 << QStringList { QStringLiteral("All figures") };
    QTest::newRow("currency, original amounts") << int(SpendingChartBuilder::Split::Currency) << false
                                                << QStringList { QStringLiteral("EUR"), QStringLiteral("GBP"),
                                                       QStringLiteral("USD"), QStringLiteral("ZZZ") };
    QTest::newRow("speaker, original amounts")
        << int(SpendingChartBuilder::Split::Speaker) << false
        << QStringList { QStringLiteral("Ada Lindqvist (GBP)"), QStringLiteral("Ada Lindqvist (USD)"),
               QStringLiteral("Ada Lindqvist (ZZZ)"), QStringLiteral("Bram Okafor (EUR)") };
}

void TstChartBuilders::splits()
{
    QFETCH(int, split);
    QFETCH(bool, eur);
    QFETCH(QStringList, series);
    SpendingChartBuilder::Options o;
    o.split = static_cast<SpendingChartBuilder::Split>(split);
    o.normaliseToEur = eur;
    const ChartSpec spec = SpendingChartBuilder(inventedRates()).build(moneyFixture(), o);
    QCOMPARE(names(spec), series);
    if (!eur)
        QVERIFY(spec.footnotes.join(QString()).contains(QStringLiteral("without a date")));
}

void TstChartBuilders::filtersBySpeaker()
{
    SpendingChartBuilder::Options o;
    o.speakers = QStringList { kBram };
    const ChartSpec spec = SpendingChartBuilder(inventedRates()).build(moneyFixture(), o);
    QCOMPARE(names(spec), QStringList { kBram });
    QCOMPARE(spec.yDivisor, 1e6);
    QVERIFY(fuzzyEqual(ys(spec.series.at(0)), { 500.0 }));
    QCOMPARE(spec.yTitle, QStringLiteral("EUR m"));
}

void TstChartBuilders::csvRows()
{
    const ChartSpec spec = SpendingChartBuilder(inventedRates()).build(moneyFixture(), {});
    QCOMPARE(spec.csvHeader.first(), QStringLiteral("statement_id"));
    QCOMPARE(spec.csvRows.size(), 3); // the undated and the unconvertible figure are left out
    const QStringList first = spec.csvRows.at(0);
    QCOMPARE(first.at(0), QStringLiteral("1"));
    QCOMPARE(first.at(1), QStringLiteral("2023-03-01"));
    QCOMPARE(first.at(spec.csvHeader.indexOf(QStringLiteral("value_eur"))), QStringLiteral("1800000000.00"));
    QCOMPARE(first.at(spec.csvHeader.indexOf(QStringLiteral("rate_as_of"))), QStringLiteral("2023-12-31"));
}

void TstChartBuilders::gdpByTargetYear()
{
    const QVector<GdpTargetPoint> points {
        { 1, QDate(2014, 9, 5), kAda, 2.0, 2024, QStringLiteral("Two percent within a decade.") },
        { 2, QDate(2024, 6, 1), kAda, 3.5, 2030, QStringLiteral("Three and a half by 2030.") },
        { 3, QDate(2025, 6, 25), kAda, 5.0, 2035, QStringLiteral("Five percent by 2035.") },
        { 4, QDate(2024, 2, 1), kBram, 2.5, 2028, QStringLiteral("Two and a half by 2028.") },
        { 5, QDate(2024, 5, 1), kBram, 3.0, 0, QStringLiteral("Three percent, some day.") },
    };
    GdpChartBuilder::Options o;
    const ChartSpec spec = GdpChartBuilder().build(points, o);
    QCOMPARE(spec.xAxis, ChartSpec::XAxis::Number);
    QCOMPARE(spec.style, ChartSpec::Style::LinesAndPoints);
    QCOMPARE(names(spec), (QStringList { kAda, kBram }));
    QVERIFY(fuzzyEqual(xs(spec.series.at(0)), { 2024, 2030, 2035 }));
    QVERIFY(fuzzyEqual(ys(spec.series.at(0)), { 2.0, 3.5, 5.0 }));
    QVERIFY(fuzzyEqual(xs(spec.series.at(1)), { 2028 }));
    QVERIFY(spec.footnotes.join(QString()).contains(QStringLiteral("without a target year")));
    QVERIFY(spec.series.at(0).points.at(1).label.contains(QStringLiteral("by 2030")));
    QCOMPARE(spec.csvRows.size(), 4);
}

void TstChartBuilders::gdpByDateStated()
{
    const QVector<GdpTargetPoint> points {
        { 4, QDate(2024, 2, 1), kBram, 2.5, 2028, QString() },
        { 5, QDate(2024, 5, 1), kBram, 3.0, 0, QString() },
        { 6, QDate(), kBram, 4.0, 2030, QString() },
    };
    GdpChartBuilder::Options o;
    o.mode = GdpChartBuilder::Mode::ByDateStated;
    const ChartSpec spec = GdpChartBuilder().build(points, o);
    QCOMPARE(spec.xAxis, ChartSpec::XAxis::Date);
    QVERIFY(fuzzyEqual(xs(spec.series.at(0)), { msecs(QDate(2024, 2, 1)), msecs(QDate(2024, 5, 1)) }));
    QVERIFY(fuzzyEqual(ys(spec.series.at(0)), { 2.5, 3.0 }));
    QVERIFY(spec.footnotes.join(QString()).contains(QStringLiteral("without a date")));
}

void TstChartBuilders::qtChartCarriesSeriesValues_data()
{
    QTest::addColumn<bool>("gdp");
    QTest::newRow("money points") << false;
    QTest::newRow("gdp lines and points") << true;
}

void TstChartBuilders::qtChartCarriesSeriesValues()
{
    QFETCH(bool, gdp);
    ChartSpec spec;
    if (gdp) {
        spec = GdpChartBuilder().build({ { 1, QDate(2014, 9, 5), kAda, 2.0, 2024, QString() },
                                           { 2, QDate(2024, 6, 1), kAda, 3.5, 2030, QString() } },
            {});
    } else {
        spec = SpendingChartBuilder(inventedRates()).build(moneyFixture(), {});
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

void TstChartBuilders::barChartCarriesSetValues()
{
    SpendingChartBuilder::Options o;
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

void TstChartBuilders::dateTicks_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("firstLabel");
    QTest::newRow("decade: years") << QDate(2014, 6, 1) << QDate(2024, 6, 1) << QStringLiteral("2016");
    QTest::newRow("two years: quarters")
        << QDate(2023, 2, 1) << QDate(2025, 1, 1) << QStringLiteral("Q2 2023");
}

void TstChartBuilders::dateTicks()
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

void TstChartBuilders::manySeriesArePooled_data()
{
    QTest::addColumn<int>("speakers");
    QTest::addColumn<int>("expectedSeries");
    QTest::addColumn<bool>("pooled");
    QTest::newRow("under the limit") << 5 << 5 << false;
    QTest::newRow("at the limit") << ql::SeriesNames::DefaultLimit << ql::SeriesNames::DefaultLimit << false;
    QTest::newRow("one over") << ql::SeriesNames::DefaultLimit + 1 << ql::SeriesNames::DefaultLimit << true;
    QTest::newRow("thousands") << 3000 << ql::SeriesNames::DefaultLimit << true;
}

// Thousands of speakers (or sources) must not become thousands of series: the legend would be
// unreadable and Qt Charts takes seconds per thousand series. The smallest are pooled as "Other",
// and no point is lost.
void TstChartBuilders::manySeriesArePooled()
{
    QFETCH(int, speakers);
    QFETCH(int, expectedSeries);
    QFETCH(bool, pooled);
    QVector<MoneyPoint> figures;
    QVector<GdpTargetPoint> shares;
    qint64 id = 0;
    for (int s = 0; s < speakers; ++s) {
        // Speaker 0 says the most, so it must be among the kept series.
        const int count = s == 0 ? 5 : 1 + s % 3;
        for (int k = 0; k < count; ++k) {
            ++id;
            const QString name = QStringLiteral("Speaker %1").arg(s, 4, 10, QLatin1Char('0'));
            figures.append(money(id, QDate(2024, 1, 1).addDays(int(id % 300)), name, QString(), QString(),
                1e6 * double(k + 1), QStringLiteral("EUR")));
            shares.append({ id, QDate(2024, 1, 1), name, 2.0 + k, 2030 + k, QStringLiteral("A share.") });
        }
    }
    const ChartSpec money = SpendingChartBuilder(inventedRates()).build(figures, {});
    const ChartSpec gdp = GdpChartBuilder().build(shares, {});
    for (const ChartSpec* spec : { &money, &gdp }) {
        QCOMPARE(spec->series.size(), expectedSeries);
        int statements = 0; // identical GDP points merge, so count what stands behind the points
        for (const ChartSpec::Series& s : spec->series)
            for (const ChartSpec::Point& p : s.points)
                statements += int(p.statementIds.size());
        QCOMPARE(statements, int(id));
        QVERIFY(names(*spec).contains(QStringLiteral("Speaker 0000")));
        QCOMPARE(names(*spec).last() == ql::SeriesNames::otherName(), pooled);
        QCOMPARE(spec->footnotes.join(QString()).contains(QStringLiteral("pooled")), pooled);
    }
}

void TstChartBuilders::tooManyPointsAreSummed()
{
    QVector<MoneyPoint> figures;
    for (int i = 0; i < 60; ++i)
        figures.append(money(i + 1, QDate(2020, 1, 1).addDays(i * 40), kAda, QString(), QString(), 1e6,
            QStringLiteral("EUR")));
    SpendingChartBuilder::Options o;
    o.maxPoints = 60;
    QCOMPARE(SpendingChartBuilder(inventedRates()).build(figures, o).style, ChartSpec::Style::Points);
    o.maxPoints = 59;
    const ChartSpec summed = SpendingChartBuilder(inventedRates()).build(figures, o);
    QCOMPARE(summed.style, ChartSpec::Style::Bars);
    QVERIFY(summed.footnotes.join(QString()).contains(QStringLiteral("60 figures")));
    double total = 0;
    for (const ChartSpec::Point& p : summed.series.first().points)
        total += p.y * summed.yDivisor;
    QCOMPARE(total, 60e6); // nothing lost in the sums
    QCOMPARE(summed.csvRows.size(), 60); // and the data export still lists every figure
}

void TstChartBuilders::repeatedGdpSharesAreOnePoint()
{
    QVector<GdpTargetPoint> points;
    for (int i = 0; i < 30; ++i)
        points.append(
            { i + 1, QDate(2024, 1, 1).addDays(i), kAda, 2.0, 2028, QStringLiteral("Two by 2028.") });
    points.append({ 99, QDate(2024, 6, 1), kAda, 3.5, 2028, QStringLiteral("Three and a half by 2028.") });
    const ChartSpec spec = GdpChartBuilder().build(points, {});
    QCOMPARE(spec.series.size(), 1);
    const QVector<ChartSpec::Point>& drawn = spec.series.first().points;
    QCOMPARE(drawn.size(), 2);
    const auto two = std::find_if(
        drawn.cbegin(), drawn.cend(), [](const ChartSpec::Point& p) { return qFuzzyCompare(p.y, 2.0); });
    QVERIFY(two != drawn.cend());
    QCOMPARE(two->statementIds.size(), 30);
    QVERIFY(two->label.contains(QStringLiteral("30 times")));
    QCOMPARE(spec.csvRows.size(), 31);
}

using ql::ChartPlacement;
using ql::SaidWindow;

void TstChartBuilders::placement_data()
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

void TstChartBuilders::placement()
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

void TstChartBuilders::figuresSitInTheirStatementWindow_data()
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

void TstChartBuilders::figuresSitInTheirStatementWindow()
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

void TstChartBuilders::windowsAreDrawnAsBars()
{
    MoneyPoint day = money(1, QDate(2023, 10, 25), kAda, QString(), QString(), 1e9, QStringLiteral("EUR"));
    day.said = { QDate(2023, 10, 25), QDate(2023, 10, 25), QString() };
    MoneyPoint event = money(2, QDate(2025, 11, 5), kAda, QString(), QString(), 2e9, QStringLiteral("EUR"));
    event.said = { QDate(2025, 11, 5), QDate(2025, 11, 6), QString() };
    MoneyPoint week = money(3, QDate(2024, 3, 11), kBram, QString(), QString(), 3e9, QStringLiteral("EUR"));
    week.said = { QDate(2024, 3, 8), QDate(2024, 3, 14), QString() };
    const ChartSpec spec = SpendingChartBuilder(inventedRates()).build({ day, event, week }, {});
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

QTEST_MAIN(TstChartBuilders)
#include "tst_chartbuilders.moc"
