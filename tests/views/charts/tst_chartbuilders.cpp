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

// Figures to series: currencies, buckets, splits, pooling, repeats and what each point knows.
// tst_chartdrawing has how a ChartSpec is drawn.
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
    void manySeriesArePooled_data();
    void manySeriesArePooled();
    void tooManyPointsAreSummed();
    void repeatedGdpSharesAreOnePoint();
    void seriesByActor_data();
    void seriesByActor();
    void ratesAreSeriesOfTheirOwn();
    void repeatsAreOnePoint();
    void pointsKnowTheirSentence();
};

void TstChartBuilders::pointsInEur()
{
    const SpendingChartBuilder builder(inventedRates());
    SpendingChartBuilder::Options o;
    o.split = SpendingChartBuilder::Split::Speaker;
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
    o.split = SpendingChartBuilder::Split::Speaker;
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
    o.split = SpendingChartBuilder::Split::Speaker;
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
    o.seriesBy = GdpChartBuilder::SeriesBy::Speaker;
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
    SpendingChartBuilder::Options bySpeaker;
    bySpeaker.split = SpendingChartBuilder::Split::Speaker;
    GdpChartBuilder::Options gdpBySpeaker;
    gdpBySpeaker.seriesBy = GdpChartBuilder::SeriesBy::Speaker;
    const ChartSpec money = SpendingChartBuilder(inventedRates()).build(figures, bySpeaker);
    const ChartSpec gdp = GdpChartBuilder().build(shares, gdpBySpeaker);
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

// Several actors: each is a series; figures whose sentence names nobody are "(not named)", last.
void TstChartBuilders::seriesByActor_data()
{
    QTest::addColumn<int>("split");
    QTest::addColumn<QStringList>("series");
    QTest::newRow("who commits (default)")
        << int(SpendingChartBuilder::Split::Actor)
        << QStringList { QStringLiteral("Estonia"), QStringLiteral("Nordhavn Werft"),
               QStringLiteral("(not named)") };
    QTest::newRow("speaker") << int(SpendingChartBuilder::Split::Speaker) << QStringList { kAda };
}

void TstChartBuilders::seriesByActor()
{
    QFETCH(int, split);
    QFETCH(QStringList, series);
    const QVector<MoneyPoint> figures { pledge(1, QDate(2024, 1, 5), QStringLiteral("Estonia"),
                                            QStringLiteral("A"), 3e9),
        pledge(2, QDate(2024, 3, 5), QStringLiteral("Nordhavn Werft"), QStringLiteral("B"), 6.4e8),
        pledge(3, QDate(2024, 5, 5), QString(), QStringLiteral("C"), 2e9),
        pledge(4, QDate(2024, 7, 5), QStringLiteral("Estonia"), QStringLiteral("A"), 4e9) };
    SpendingChartBuilder::Options o;
    if (split != int(SpendingChartBuilder::Split::Actor))
        o.split = static_cast<SpendingChartBuilder::Split>(split);
    const ChartSpec spec = SpendingChartBuilder(inventedRates()).build(figures, o);
    QCOMPARE(names(spec), series);
    int points = 0;
    for (const ChartSpec::Series& s : spec.series)
        points += int(s.points.size());
    QCOMPARE(points, 4);
    const int actorColumn = int(spec.csvHeader.indexOf(QStringLiteral("actor")));
    QVERIFY(actorColumn >= 0);
    QCOMPARE(spec.csvRows.at(0).at(actorColumn), QStringLiteral("Estonia"));
    QCOMPARE(spec.csvRows.at(2).at(actorColumn), QString());
}

void TstChartBuilders::ratesAreSeriesOfTheirOwn()
{
    const QVector<MoneyPoint> figures {
        pledge(1, QDate(2024, 7, 10), QStringLiteral("Ukraine aid"), QStringLiteral("A"), 40e9, true),
        pledge(2, QDate(2024, 9, 1), QStringLiteral("Ukraine aid"), QStringLiteral("B"), 5e9, false),
    };
    const ChartSpec spec = SpendingChartBuilder(inventedRates()).build(figures, {});
    QCOMPARE(names(spec),
        (QStringList { QStringLiteral("Ukraine aid"), QStringLiteral("Ukraine aid (per year)") }));
    const ChartSpec::Point& rate = spec.series.at(1).points.first();
    QVERIFY2(rate.label.contains(QStringLiteral("€40 bn per year"))
            || rate.label.contains(QStringLiteral("per year")),
        qPrintable(rate.label));
    QVERIFY(!spec.series.at(0).points.first().label.contains(QStringLiteral("per year")));
    QVERIFY(spec.footnotes.join(QString()).contains(QStringLiteral("yearly rates")));
    const int rateColumn = int(spec.csvHeader.indexOf(QStringLiteral("per_year")));
    QVERIFY(rateColumn >= 0);
    QCOMPARE(spec.csvRows.at(0).at(rateColumn), QStringLiteral("1"));
    QCOMPARE(spec.csvRows.at(1).at(rateColumn), QStringLiteral("0"));
}

// The same amount of the same actor reported by a transcript and a news story a day later is one
// point "reported by 2 sources"; a month later it is news again.
void TstChartBuilders::repeatsAreOnePoint()
{
    const QString agency = QStringLiteral("Joint Supply Agency");
    const QVector<MoneyPoint> figures { pledge(1, QDate(2024, 2, 14), agency, QStringLiteral("Transcript"),
                                            2.4e9),
        pledge(2, QDate(2024, 2, 15), agency, QStringLiteral("Harbour Gazette"), 2.4e9),
        pledge(3, QDate(2024, 2, 15), agency, QStringLiteral("Harbour Gazette"), 1e9),
        pledge(4, QDate(2024, 3, 30), agency, QStringLiteral("Northwind Wire"), 2.4e9),
        pledge(5, QDate(2024, 2, 15), QStringLiteral("Estonia"), QStringLiteral("Northwind Wire"), 2.4e9) };
    const ChartSpec spec = SpendingChartBuilder(inventedRates()).build(figures, {});
    QCOMPARE(names(spec), (QStringList { QStringLiteral("Estonia"), agency }));
    const QVector<ChartSpec::Point>& pts = spec.series.at(1).points;
    QCOMPARE(pts.size(), 3);
    QCOMPARE(pts.at(0).statementIds, (QVector<qint64> { 1, 2 }));
    QCOMPARE(pts.at(0).origins.size(), 2);
    QCOMPARE(pts.at(0).x, msecs(QDate(2024, 2, 14))); // the first report places it
    QVERIFY2(pts.at(0).label.contains(QStringLiteral("Reported by 2 source(s): Transcript; Harbour Gazette")),
        qPrintable(pts.at(0).label));
    QCOMPARE(pts.at(1).statementIds, QVector<qint64> { 3 });
    QCOMPARE(pts.at(2).statementIds, QVector<qint64> { 4 });
    QCOMPARE(spec.series.at(0).points.size(), 1); // another actor's equal amount is its own point
    // The data export keeps one row per figure and names every source of the merged point.
    QCOMPARE(spec.csvRows.size(), 5);
    const int reports = int(spec.csvHeader.indexOf(QStringLiteral("reported_by_sources")));
    const int sources = int(spec.csvHeader.indexOf(QStringLiteral("all_sources")));
    QVERIFY(reports >= 0 && sources >= 0);
    QCOMPARE(spec.csvRows.at(0).at(reports), QStringLiteral("2"));
    QCOMPARE(spec.csvRows.at(1).at(sources), QStringLiteral("Transcript; Harbour Gazette"));
    QCOMPARE(spec.csvRows.at(2).at(reports), QStringLiteral("1"));
}

// Every point knows where its figures are, so a click can show the sentence even when a figure lies
// outside every statement.
void TstChartBuilders::pointsKnowTheirSentence()
{
    MoneyPoint outside = pledge(7, QDate(2024, 4, 1), QStringLiteral("Estonia"), QStringLiteral("A"), 3e9);
    outside.statementId = 0;
    const ChartSpec spec = SpendingChartBuilder(inventedRates()).build({ outside }, {});
    const ChartSpec::Point& p = spec.series.first().points.first();
    QCOMPARE(p.origins.size(), 1);
    QCOMPARE(p.origins.first().articleId, 1007);
    QCOMPARE(p.origins.first().start, 70);
    QCOMPARE(p.origins.first().end, 76);
    QCOMPARE(p.origins.first().figureId, 107);
    GdpTargetPoint g = share(8, QStringLiteral("Romania"), 3.5, 2030);
    g.articleId = 55;
    g.start = 3;
    g.end = 9;
    const ChartSpec gdp = GdpChartBuilder().build({ g }, {});
    QCOMPARE(gdp.series.first().points.first().origins.first().articleId, 55);
}

QTEST_MAIN(TstChartBuilders)
#include "tst_chartbuilders.moc"
