#include "core/families/FamilyIndex.h"
#include "core/importing/ImportPipeline.h"
#include "core/store/Store.h"
#include "models/library/ChartDataSource.h"
#include "models/library/TimelineDataSource.h"
#include "views/charts/GdpChartBuilder.h"
#include "views/charts/SpendingChartBuilder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ql;

// The data behind the charts and the timeline, queried from a store whose figures are known.
class TestChartDataSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void moneyPointsFromStore();
    void gdpPointsFromStore();
    void timelineEntriesFromStore();
    void figuresTakeTheirStatementWindow();
    void figuresKnowWhoCommitsAndWhoSaidSo();

private:
    QTemporaryDir m_dir;
    Store m_store;
};

void TestChartDataSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!m_store.open(m_dir.filePath(QStringLiteral("charts.qlstore"))).isError());
    const QList<QPair<QString, QByteArray>> articles = {
        { QStringLiteral("a.txt"),
            QByteArrayLiteral("Shipyards win orders\n\nPublished 5 February 2024\n\n"
                              "\"We are ordering four frigates for \xc2\xa3"
                              "2.5 billion,\" said Rhys Morgan, an invented minister.\n") },
        { QStringLiteral("b.txt"),
            QByteArrayLiteral(
                "Target raised\n\nPublished 1 July 2025\n\n"
                "\"Allies must reach 3.5% of GDP by 2030,\" said Ines Duarte, an invented envoy.\n") },
        { QStringLiteral("c.txt"),
            QByteArrayLiteral(
                "Undated note\n\n\"We should buy more air defence this year,\" said Ines Duarte.\n") },
    };
    QStringList files;
    for (const auto& [name, bytes] : articles) {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        files << f.fileName();
    }
    ImportPipeline pipeline(m_store);
    for (const ImportResult& r : pipeline.importFiles(files))
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.reason));
}

void TestChartDataSource::moneyPointsFromStore()
{
    const QVector<MoneyPoint> points = ChartDataSource::moneyPoints(m_store);
    QCOMPARE(points.size(), 1);
    const MoneyPoint& p = points.first();
    QCOMPARE(p.value, 2.5e9);
    QCOMPARE(p.currency, QStringLiteral("GBP"));
    // Nothing closer than the article's date: the week up to it, the figure in its middle.
    QCOMPARE(p.said.from, QDate(2024, 1, 30));
    QCOMPARE(p.said.to, QDate(2024, 2, 5));
    QCOMPARE(p.date, QDate(2024, 2, 2));
    QVERIFY(!p.onArticleDate);
    QCOMPARE(p.speaker, QStringLiteral("Rhys Morgan"));
    QVERIFY(p.statementId > 0);
    QVERIFY(p.text.contains(QStringLiteral("frigates")));

    SpendingChartBuilder::Options options;
    options.normaliseToEur = false;
    const ChartSpec spec = SpendingChartBuilder().build(points, options);
    QCOMPARE(spec.series.size(), 1);
    QCOMPARE(spec.series.first().points.size(), 1);
    QCOMPARE(spec.series.first().points.first().statementIds.first(), p.statementId);
}

void TestChartDataSource::gdpPointsFromStore()
{
    const QVector<GdpTargetPoint> points = ChartDataSource::gdpPoints(m_store);
    QCOMPARE(points.size(), 1);
    QCOMPARE(points.first().percent, 3.5);
    QCOMPARE(points.first().targetYear, 2030);
    QCOMPARE(points.first().speaker, QStringLiteral("Ines Duarte"));
    QCOMPARE(points.first().said.to, QDate(2025, 7, 1));
    QCOMPARE(points.first().statedOn, QDate(2025, 6, 28));
    const ChartSpec spec = GdpChartBuilder().build(points, {});
    QVERIFY(!spec.isEmpty());
}

void TestChartDataSource::timelineEntriesFromStore()
{
    FamilyIndex families(m_store);
    QVERIFY(!families.load().isError());
    const QVector<TimelineEntry> entries = TimelineDataSource::entries(m_store, &families);
    QCOMPARE(entries.size(), 3);
    int undated = 0;
    for (const TimelineEntry& e : entries) {
        QVERIFY(e.statementId > 0);
        QVERIFY(!e.family.isEmpty());
        QVERIFY(!e.firstWords.isEmpty());
        if (!e.date.isValid())
            ++undated;
    }
    QCOMPARE(undated, 1); // the undated note stays undated: never placed at an invented date
}

void TestChartDataSource::figuresTakeTheirStatementWindow()
{
    QTemporaryDir dir;
    Store store;
    QVERIFY(dir.isValid());
    const StoreError opened = store.open(dir.filePath(QStringLiteral("windows.qlstore")));
    QVERIFY2(!opened.isError(), qPrintable(opened.message));
    QFile f(dir.filePath(QStringLiteral("d.txt")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    // 8 March 2024 is a Friday: "on Tuesday" is the 5th. The second figure is the paper's own.
    f.write(QByteArrayLiteral("Ammunition plans\n\nPublished 8 March 2024\n\n"
                              "Rhys Morgan, an invented minister, spoke to reporters on Tuesday. \"We will "
                              "spend \xe2\x82\xac"
                              "3 billion on shells,\" he said.\n\n"
                              "The ministry's budget grows by \xe2\x82\xac"
                              "2 billion next year.\n"));
    f.close();
    ImportPipeline pipeline(store);
    for (const ImportResult& r : pipeline.importFiles({ f.fileName() }))
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.reason));

    const QVector<MoneyPoint> points = ChartDataSource::moneyPoints(store);
    QCOMPARE(points.size(), 2);
    const auto quoted
        = std::find_if(points.cbegin(), points.cend(), [](const MoneyPoint& p) { return p.value == 3e9; });
    QVERIFY(quoted != points.cend());
    QVERIFY(quoted->statementId > 0);
    QCOMPARE(quoted->said.from, QDate(2024, 3, 5));
    QCOMPARE(quoted->said.to, QDate(2024, 3, 5));
    QCOMPARE(quoted->date, QDate(2024, 3, 5));
    QVERIFY(!quoted->onArticleDate);
    const auto own
        = std::find_if(points.cbegin(), points.cend(), [](const MoneyPoint& p) { return p.value == 2e9; });
    QVERIFY(own != points.cend());
    QCOMPARE(own->statementId, 0);
    QCOMPARE(own->date, QDate(2024, 3, 8));
    QVERIFY(own->onArticleDate);

    SpendingChartBuilder::Options options;
    options.normaliseToEur = false;
    const ChartSpec spec = SpendingChartBuilder().build(points, options);
    QStringList tips;
    for (const ChartSpec::Series& s : spec.series)
        for (const ChartSpec::Point& p : s.points)
            tips << p.label;
    QCOMPARE(tips.size(), 2);
    const QString all = tips.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("said 5 Mar 2024")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("on the article's date, 8 Mar 2024")), qPrintable(all));
}

// The extractor's actor, rate and reported speaker reach the chart points; a surname in reported
// speech ("Morgan said …") joins the stored speaker of that name.
void TestChartDataSource::figuresKnowWhoCommitsAndWhoSaidSo()
{
    QTemporaryDir dir;
    Store store;
    QVERIFY(dir.isValid());
    QVERIFY(!store.open(dir.filePath(QStringLiteral("actors.qlstore"))).isError());
    QFile f(dir.filePath(QStringLiteral("e.txt")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArrayLiteral("Budgets rise\n\nPublished 3 April 2024\n\n"
                              "\"Our navy needs new ships, and it needs the crews to sail them,\" said Rhys "
                              "Morgan, an invented minister.\n\n"
                              "Morgan said that Tallinn plans to lift spending to 3.2% of GDP by 2029. "
                              "Allies agreed to invest 4% of GDP by 2035. "
                              "Aid of 20 billion euros per year will go to Ukraine.\n"));
    f.close();
    ImportPipeline pipeline(store);
    for (const ImportResult& r : pipeline.importFiles({ f.fileName() }))
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.reason));

    const QVector<GdpTargetPoint> shares = ChartDataSource::gdpPoints(store);
    QCOMPARE(shares.size(), 2);
    QCOMPARE(shares.at(0).actor, QStringLiteral("Estonia"));
    QCOMPARE(shares.at(0).speaker, QStringLiteral("Rhys Morgan"));
    QCOMPARE(shares.at(1).actor, QStringLiteral("NATO allies"));
    QVERIFY(shares.at(0).articleId > 0);
    QVERIFY(shares.at(0).end > shares.at(0).start);
    const ChartSpec gdp = GdpChartBuilder().build(shares, {});
    QCOMPARE(gdp.series.size(), 2); // two actors, two lines: no trajectory from one to the other

    const QVector<MoneyPoint> money = ChartDataSource::moneyPoints(store);
    QCOMPARE(money.size(), 1);
    QCOMPARE(money.first().actor, QStringLiteral("Ukraine aid"));
    QVERIFY(money.first().perYear);
    QVERIFY(money.first().figureId > 0);
}

QTEST_MAIN(TestChartDataSource)
#include "tst_chartdatasource.moc"
