#include "models/timeline/TimeScale.h"

#include <QTest>

using ql::TimeScale;

Q_DECLARE_METATYPE(TimeScale::TickUnit)

class TstTimeScale : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void edgesMapToPixelRange();
    void tickUnit_data();
    void tickUnit();
    void ticksAreAligned_data();
    void ticksAreAligned();
    void yearStep_data();
    void yearStep();
    void zoomKeepsAnchor_data();
    void zoomKeepsAnchor();
    void zoomIsClamped();
    void panMovesByPixels();
    void labelsNameTheirYear_data();
    void labelsNameTheirYear();
};

void TstTimeScale::roundTrip_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<double>("width");
    QTest::addColumn<QDate>("date");
    QTest::newRow("week, wide") << QDate(2024, 6, 3) << QDate(2024, 6, 9) << 1400.0 << QDate(2024, 6, 5);
    QTest::newRow("year, first day") << QDate(2023, 1, 1) << QDate(2023, 12, 31) << 800.0
                                     << QDate(2023, 1, 1);
    QTest::newRow("year, last day") << QDate(2023, 1, 1) << QDate(2023, 12, 31) << 800.0
                                    << QDate(2023, 12, 31);
    QTest::newRow("leap day") << QDate(2024, 1, 1) << QDate(2024, 3, 31) << 640.0 << QDate(2024, 2, 29);
    QTest::newRow("decade, narrow") << QDate(2014, 1, 1) << QDate(2024, 12, 31) << 3650.0
                                    << QDate(2019, 7, 14);
    QTest::newRow("outside range") << QDate(2024, 1, 1) << QDate(2024, 1, 31) << 500.0 << QDate(2024, 3, 2);
}

void TstTimeScale::roundTrip()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(double, width);
    QFETCH(QDate, date);
    TimeScale s;
    s.setSpanLimits(1.0, 366.0 * 100);
    s.setPixelRange(50.0, width);
    s.setVisibleRange(from, to);
    QCOMPARE(s.visibleFrom(), from);
    QCOMPARE(s.visibleTo(), to);
    QCOMPARE(s.dateForX(s.xForDate(date)), date);
    QVERIFY(s.xForDay(date) < s.xForDate(date));
    QVERIFY(s.xForDate(date) < s.xForDay(date.addDays(1)));
}

void TstTimeScale::edgesMapToPixelRange()
{
    TimeScale s;
    s.setPixelRange(100.0, 900.0);
    s.setVisibleRange(QDate(2024, 1, 1), QDate(2024, 1, 30));
    QCOMPARE(s.xForDay(QDate(2024, 1, 1)), 100.0);
    QCOMPARE(s.xForDay(QDate(2024, 1, 31)), 1000.0);
    QCOMPARE(s.pixelsPerDay(), 30.0);
}

void TstTimeScale::tickUnit_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<TimeScale::TickUnit>("unit");
    // 1000 px with ticks at least 56 px apart.
    QTest::newRow("ten days: days") << 10 << TimeScale::TickUnit::Day;
    QTest::newRow("two months: weeks") << 60 << TimeScale::TickUnit::Week;
    QTest::newRow("one year: months") << 365 << TimeScale::TickUnit::Month;
    QTest::newRow("three years: quarters") << 3 * 365 << TimeScale::TickUnit::Quarter;
    QTest::newRow("ten years: years") << 10 * 365 << TimeScale::TickUnit::Year;
}

void TstTimeScale::tickUnit()
{
    QFETCH(int, days);
    QFETCH(TimeScale::TickUnit, unit);
    TimeScale s;
    s.setPixelRange(0.0, 1000.0);
    s.setVisibleRange(QDate(2020, 1, 1), QDate(2020, 1, 1).addDays(days - 1));
    QCOMPARE(s.tickUnit(56.0), unit);
}

void TstTimeScale::ticksAreAligned_data()
{
    tickUnit_data();
}

void TstTimeScale::ticksAreAligned()
{
    QFETCH(int, days);
    QFETCH(TimeScale::TickUnit, unit);
    TimeScale s;
    s.setPixelRange(20.0, 1000.0);
    s.setVisibleRange(QDate(2021, 2, 17), QDate(2021, 2, 17).addDays(days - 1));
    const QVector<TimeScale::Tick> ticks = s.ticks(56.0);
    QVERIFY(ticks.size() >= 2);
    QVERIFY(ticks.size() <= 1000 / 56 + 2);
    for (int i = 0; i < ticks.size(); ++i) {
        const TimeScale::Tick& t = ticks.at(i);
        QVERIFY2(t.x >= 20.0 - 0.5 && t.x <= 1020.0 + 0.5, qPrintable(t.date.toString(Qt::ISODate)));
        QVERIFY(!t.label.isEmpty());
        if (i > 0) {
            QVERIFY(t.x > ticks.at(i - 1).x);
            QVERIFY(t.x - ticks.at(i - 1).x >= 56.0 * 0.85); // months differ in length
        }
        switch (unit) {
        case TimeScale::TickUnit::Day:
            break;
        case TimeScale::TickUnit::Week:
            QCOMPARE(t.date.dayOfWeek(), 1);
            break;
        case TimeScale::TickUnit::Month:
            QCOMPARE(t.date.day(), 1);
            break;
        case TimeScale::TickUnit::Quarter:
            QCOMPARE(t.date.day(), 1);
            QCOMPARE((t.date.month() - 1) % 3, 0);
            break;
        case TimeScale::TickUnit::Year:
            QCOMPARE(t.date.dayOfYear(), 1);
            break;
        }
    }
}

void TstTimeScale::yearStep_data()
{
    QTest::addColumn<int>("years");
    QTest::addColumn<int>("step");
    QTest::newRow("10 years") << 10 << 1;
    QTest::newRow("25 years") << 25 << 2;
    QTest::newRow("60 years") << 60 << 5;
}

void TstTimeScale::yearStep()
{
    QFETCH(int, years);
    QFETCH(int, step);
    TimeScale s;
    s.setSpanLimits(1.0, 366.0 * 200);
    s.setPixelRange(0.0, 1000.0);
    s.setVisibleRange(QDate(1970, 1, 1), QDate(1970 + years, 1, 1).addDays(-1));
    QCOMPARE(s.yearStep(56.0), step);
    for (const TimeScale::Tick& t : s.ticks(56.0))
        QCOMPARE(t.date.year() % step, 0);
}

void TstTimeScale::zoomKeepsAnchor_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("anchor");
    QTest::newRow("in at left") << 2.0 << 110.0;
    QTest::newRow("in at centre") << 1.25 << 600.0;
    QTest::newRow("out at right") << 0.5 << 1090.0;
}

void TstTimeScale::zoomKeepsAnchor()
{
    QFETCH(double, factor);
    QFETCH(double, anchor);
    TimeScale s;
    s.setPixelRange(100.0, 1000.0);
    s.setVisibleRange(QDate(2022, 1, 1), QDate(2023, 12, 31));
    const double before = s.julianDayForX(anchor);
    const double span = s.visibleDays();
    s.zoom(factor, anchor);
    QVERIFY(qAbs(s.julianDayForX(anchor) - before) < 1e-6);
    QVERIFY(qAbs(s.visibleDays() - span / factor) < 1e-6);
}

void TstTimeScale::zoomIsClamped()
{
    TimeScale s;
    s.setSpanLimits(3.0, 3650.0);
    s.setPixelRange(0.0, 500.0);
    s.setVisibleRange(QDate(2024, 1, 1), QDate(2024, 1, 10));
    s.zoom(1000.0, 250.0);
    QCOMPARE(s.visibleDays(), 3.0);
    s.zoom(1e-6, 250.0);
    QCOMPARE(s.visibleDays(), 3650.0);
}

void TstTimeScale::panMovesByPixels()
{
    TimeScale s;
    s.setPixelRange(0.0, 1000.0);
    s.setVisibleRange(QDate(2024, 1, 1), QDate(2024, 4, 9)); // 100 days, 10 px a day
    const double start = s.startJulianDay();
    s.pan(100.0);
    QCOMPARE(s.startJulianDay(), start - 10.0);
    s.pan(-250.0);
    QCOMPARE(s.startJulianDay(), start + 15.0);
    QCOMPARE(s.visibleDays(), 100.0);
}

void TstTimeScale::labelsNameTheirYear_data()
{
    tickUnit_data();
}

// At every unit the first tick reads on its own, and every tick that opens a year names it: "Mar …
// Dec, then Jan 2025" or a bare "Q4" can no longer be misread.
void TstTimeScale::labelsNameTheirYear()
{
    QFETCH(int, days);
    QFETCH(TimeScale::TickUnit, unit);
    TimeScale s;
    s.setPixelRange(20.0, 1000.0);
    s.setVisibleRange(QDate(2023, 11, 17), QDate(2023, 11, 17).addDays(days - 1));
    const QVector<TimeScale::Tick> ticks = s.ticks(56.0);
    QVERIFY(ticks.size() >= 2);
    QCOMPARE(ticks.first().label, ticks.first().fullLabel);
    QVERIFY2(ticks.first().label.contains(QString::number(ticks.first().date.year())),
        qPrintable(ticks.first().label));
    for (int i = 1; i < ticks.size(); ++i) {
        const TimeScale::Tick& t = ticks.at(i);
        QVERIFY(t.fullLabel.contains(QString::number(t.date.year())));
        if (t.date.year() != ticks.at(i - 1).date.year())
            QVERIFY2(t.label.contains(QString::number(t.date.year())),
                qPrintable(QStringLiteral("%1 (%2)").arg(t.label, TimeScale::unitName(unit))));
    }
}

QTEST_APPLESS_MAIN(TstTimeScale)
#include "tst_timescale.moc"
