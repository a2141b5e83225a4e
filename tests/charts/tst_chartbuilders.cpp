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
#include <QtCharts/QLogValueAxis>
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

MoneyPoint pledge(qint64 id, const QDate& date, const QString& actor, const QString& source, double value,
    bool perYear = false)
{
    MoneyPoint m = money(id, date, kAda, QString(), source, value, QStringLiteral("EUR"));
    m.actor = actor;
    m.perYear = perYear;
    m.figureId = 100 + id;
    m.articleId = 1000 + id;
    m.start = int(id) * 10;
    m.end = int(id) * 10 + 6;
    return m;
}

GdpTargetPoint share(qint64 id, const QString& actor, double percent, int year)
{
    GdpTargetPoint p { id, QDate(2025, 6, 1).addDays(int(id)), kAda, percent, year,
        QStringLiteral("Invented target %1.").arg(id) };
    p.actor = actor;
    p.source = QStringLiteral("Harbour Gazette");
    return p;
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
    void seriesByActor_data();
    void seriesByActor();
    void gdpLinesJoinOnlyOneActor();
    void ratesAreSeriesOfTheirOwn();
    void repeatsAreOnePoint();
    void wideRangeScale_data();
    void wideRangeScale();
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

void TstChartBuilders::barChartCarriesSetValues()
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

// Romania's 3.5 % by 2030 and the allies' 5 % by 2035 are two actors, never one trajectory; targets
// whose actor is not named are points without a line.
void TstChartBuilders::gdpLinesJoinOnlyOneActor()
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

void TstChartBuilders::wideRangeScale_data()
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

void TstChartBuilders::wideRangeScale()
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
