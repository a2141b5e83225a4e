// TimelineData, TimelineLayout and TimelineRenderer without any widget: what the command line's export
// uses, tested on its own.
#include "models/timeline/TimeScale.h"
#include "models/timeline/TimelineModel.h"
#include "views/timeline/TimelineData.h"
#include "views/timeline/TimelineLayout.h"
#include "views/timeline/TimelineRenderer.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QTest>

using ql::StatementKind;
using ql::TimelineData;
using ql::TimelineEntry;
using ql::TimelineLayout;
using ql::TimelineModel;
using ql::TimelineRenderer;
using ql::TimeScale;

namespace {

TimelineEntry entry(qint64 id, const QDate& date, const QString& speaker, const QDate& from = QDate())
{
    TimelineEntry e;
    e.statementId = id;
    e.date = date;
    e.dateFrom = from.isValid() ? from : date;
    e.speaker = speaker;
    e.source = QStringLiteral("Fjord Courier");
    e.kind = StatementKind::Quote;
    e.firstWords = QStringLiteral("Made-up line %1 about shipyards").arg(id);
    return e;
}

QVector<TimelineEntry> fixture()
{
    const QString ines = QStringLiteral("Ines Alvarado");
    const QString tor = QStringLiteral("Tor Hellesund");
    return {
        entry(1, QDate(2025, 3, 3), ines),
        entry(2, QDate(2025, 3, 3), ines), // same day: one mark counting two
        entry(3, QDate(2025, 3, 12), ines, QDate(2025, 3, 10)), entry(4, QDate(2025, 3, 7), tor),
        entry(5, QDate(), tor), // undated: never placed
    };
}

int nonWhite(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    return count;
}

} // namespace

class TstTimelineLayout : public QObject
{
    Q_OBJECT

private slots:
    void dataByLaneAndDate();
    void fitCoversEveryStatement();
    void marksInsideThePlot_data();
    void marksInsideThePlot();
    void densityWhenCrowded();
    void exportShowsEveryLane();
    void rendererPaintsWithoutAWidget();
    void axisLabelsUnambiguous_data();
    void axisLabelsUnambiguous();
    void exportFillsThePicture_data();
    void exportFillsThePicture();
    void fitIncludesWindowStarts();
};

void TstTimelineLayout::dataByLaneAndDate()
{
    TimelineModel model;
    model.setEntries(fixture());
    const TimelineData data = TimelineData::fromModel(&model);
    QCOMPARE(data.laneNames.size(), 2);
    QCOMPARE(data.byDate.size(), 4); // the undated one is left out
    for (int i = 1; i < data.byDate.size(); ++i)
        QVERIFY(data.items.at(data.byDate.at(i - 1)).jd <= data.items.at(data.byDate.at(i)).jd);
    const int three = data.itemOf(3);
    QVERIFY(three >= 0);
    QCOMPARE(data.items.at(three).jdFrom, int(QDate(2025, 3, 10).toJulianDay()));
    QCOMPARE(data.itemOf(5), -1);
    QCOMPARE(data.itemOf(12345), -1);
}

void TstTimelineLayout::fitCoversEveryStatement()
{
    TimelineModel model;
    model.setEntries(fixture());
    const TimelineData data = TimelineData::fromModel(&model);
    TimeScale scale;
    QVERIFY(data.fit(scale));
    QVERIFY(scale.visibleFrom() < QDate(2025, 3, 3));
    QVERIFY(scale.visibleTo() > QDate(2025, 3, 12));
    TimeScale untouched;
    QVERIFY(!TimelineData().fit(untouched));
}

void TstTimelineLayout::marksInsideThePlot_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("dock") << QSize(640, 220);
    QTest::newRow("report") << QSize(1200, 700);
    QTest::newRow("narrow") << QSize(320, 160);
}

void TstTimelineLayout::marksInsideThePlot()
{
    QFETCH(QSize, size);
    TimelineModel model;
    model.setEntries(fixture());
    const TimelineData data = TimelineData::fromModel(&model);
    TimeScale scale;
    QVERIFY(data.fit(scale));
    const TimelineLayout layout
        = TimelineLayout::compute(data, scale, size, 0, false, false, QGuiApplication::font());
    QVERIFY(!layout.density);
    QCOMPARE(layout.visibleLanes, 2);
    // Four dated statements, two of them on one day: three marks, the shared one counting two.
    QCOMPARE(layout.marks.size(), 3);
    int counted = 0;
    for (const ql::TimelineMark& m : layout.marks) {
        QVERIFY2(layout.plot.adjusted(-1, -1, 1, 1).contains(m.pos),
            qPrintable(QStringLiteral("%1,%2").arg(m.pos.x()).arg(m.pos.y())));
        counted += m.count;
    }
    QCOMPARE(counted, 4);
    QVERIFY(!layout.ticks.isEmpty());
    QVERIFY(layout.plot.right() <= size.width());
    QVERIFY(layout.axis.bottom() <= size.height() + 0.5);
}

void TstTimelineLayout::densityWhenCrowded()
{
    QVector<TimelineEntry> many;
    for (int i = 0; i < 3000; ++i)
        many.append(entry(i + 1, QDate(2015, 1, 1).addDays(i), QStringLiteral("Ines Alvarado")));
    TimelineModel model;
    model.setEntries(many);
    const TimelineData data = TimelineData::fromModel(&model);
    TimeScale scale;
    QVERIFY(data.fit(scale));
    const TimelineLayout layout
        = TimelineLayout::compute(data, scale, QSize(600, 200), 0, false, false, QGuiApplication::font());
    QVERIFY(layout.density);
    QCOMPARE(layout.binCounts.size(), 1);
    int total = 0;
    for (int c : layout.binCounts.at(0))
        total += c;
    QCOMPARE(total, 3000);
}

void TstTimelineLayout::exportShowsEveryLane()
{
    QVector<TimelineEntry> entries;
    for (int i = 0; i < 40; ++i)
        entries.append(entry(i + 1, QDate(2024, 1, 1).addDays(i * 7), QStringLiteral("Speaker %1").arg(i)));
    TimelineModel model;
    model.setEntries(entries);
    const TimelineData data = TimelineData::fromModel(&model);
    TimeScale scale;
    QVERIFY(data.fit(scale));
    const TimelineLayout screen
        = TimelineLayout::compute(data, scale, QSize(800, 300), 0, false, false, QGuiApplication::font());
    QVERIFY(screen.visibleLanes < 40); // the widget scrolls
    const TimelineLayout page
        = TimelineLayout::compute(data, scale, QSize(800, 300), 0, true, true, QGuiApplication::font());
    QCOMPARE(page.visibleLanes, 40);
    QVERIFY(page.titleHeight > 0.0);
}

void TstTimelineLayout::rendererPaintsWithoutAWidget()
{
    TimelineModel model;
    model.setEntries(fixture());
    const TimelineData data = TimelineData::fromModel(&model);
    TimeScale scale;
    QVERIFY(data.fit(scale));
    QImage image(900, 400, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        TimelineRenderer().paintExport(
            p, data, scale, image.size(), QStringLiteral("Statements over time"), 1, QGuiApplication::font());
    }
    // Lane bands, marks, axis labels, title and legend: far from blank.
    QVERIFY2(nonWhite(image) > 2000, qPrintable(QString::number(nonWhite(image))));
    QImage empty(400, 200, QImage::Format_ARGB32);
    empty.fill(Qt::white);
    {
        QPainter p(&empty);
        TimelineRenderer().paintExport(
            p, TimelineData(), scale, empty.size(), QString(), 0, QGuiApplication::font());
    }
    QVERIFY(nonWhite(empty) > 0); // says "No dated statements"
}

// Every zoom level, from days to decades, at dock and report widths: a label without a year belongs
// to the year the last labelled year said, and the first label says its year (and, for days and
// weeks, its month), so no label can be misread.
void TstTimelineLayout::axisLabelsUnambiguous_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("width");
    const QList<QPair<QDate, QDate>> spans {
        { QDate(2023, 9, 19), QDate(2023, 10, 2) }, // days across a month end
        { QDate(2023, 12, 20), QDate(2024, 1, 9) }, // days across a year end
        { QDate(2023, 11, 1), QDate(2024, 2, 15) }, // weeks
        { QDate(2024, 3, 1), QDate(2025, 2, 1) }, // months across a year end
        { QDate(2022, 10, 1), QDate(2025, 3, 1) }, // quarters
        { QDate(2010, 1, 1), QDate(2025, 1, 1) }, // years
        { QDate(1900, 1, 1), QDate(2025, 1, 1) }, // decades
    };
    for (const auto& span : spans) {
        for (const int width : { 640, 1200, 2400 }) {
            const QByteArray name
                = QStringLiteral("%1..%2 at %3")
                      .arg(span.first.toString(Qt::ISODate), span.second.toString(Qt::ISODate))
                      .arg(width)
                      .toLatin1();
            QTest::newRow(name.constData()) << span.first << span.second << width;
        }
    }
}

void TstTimelineLayout::axisLabelsUnambiguous()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, width);
    QVector<TimelineEntry> entries { entry(1, from.addDays(1), QStringLiteral("Ines Alvarado")) };
    TimelineModel model;
    model.setEntries(entries);
    const TimelineData data = TimelineData::fromModel(&model);
    TimeScale scale;
    scale.setSpanLimits(1.0, 366.0 * 200.0);
    scale.setVisibleRange(from, to);
    const QFont font = QGuiApplication::font();
    const TimelineLayout layout
        = TimelineLayout::compute(data, scale, QSize(width, 240), 0, false, false, font);
    QFont axisFont = font;
    axisFont.setPointSizeF(font.pointSizeF() * 0.9);
    const QVector<TimelineRenderer::AxisLabel> labels
        = TimelineRenderer::axisLabels(layout, QFontMetricsF(axisFont));
    QVERIFY(!labels.isEmpty());
    const QLocale locale;
    int knownYear = 0;
    int knownMonth = 0;
    const bool days = layout.unit <= TimeScale::TickUnit::Week;
    for (int i = 0; i < labels.size(); ++i) {
        const TimelineRenderer::AxisLabel& l = labels.at(i);
        const QString year = QString::number(l.date.year());
        if (l.text.contains(year))
            knownYear = l.date.year();
        QVERIFY2(knownYear == l.date.year(),
            qPrintable(QStringLiteral("label %1 “%2” of %3 reads as year %4")
                           .arg(i)
                           .arg(l.text, l.date.toString(Qt::ISODate))
                           .arg(knownYear)));
        if (days) {
            if (l.text.contains(locale.monthName(l.date.month(), QLocale::ShortFormat)))
                knownMonth = l.date.month();
            QVERIFY2(knownMonth == l.date.month(),
                qPrintable(QStringLiteral("label “%1” of %2 has no month")
                               .arg(l.text, l.date.toString(Qt::ISODate))));
        }
        if (i > 0)
            QVERIFY(l.x > labels.at(i - 1).x + labels.at(i - 1).width); // never overlapping
    }
}

void TstTimelineLayout::exportFillsThePicture_data()
{
    QTest::addColumn<int>("lanes");
    QTest::addColumn<QSize>("size");
    QTest::newRow("two lanes, tall page") << 2 << QSize(1200, 900);
    QTest::newRow("one lane, wide page") << 1 << QSize(1600, 600);
    QTest::newRow("five lanes") << 5 << QSize(1200, 800);
}

// An export fills the size it was asked for: the axis sits at the bottom, the lanes share the rest.
void TstTimelineLayout::exportFillsThePicture()
{
    QFETCH(int, lanes);
    QFETCH(QSize, size);
    QVector<TimelineEntry> entries;
    for (int i = 0; i < 20; ++i)
        entries.append(
            entry(i + 1, QDate(2024, 1, 1).addDays(i * 9), QStringLiteral("Speaker %1").arg(i % lanes)));
    TimelineModel model;
    model.setEntries(entries);
    const TimelineData data = TimelineData::fromModel(&model);
    TimeScale scale;
    QVERIFY(data.fit(scale));
    const QFont font = QGuiApplication::font();
    const TimelineLayout layout = TimelineLayout::compute(data, scale, size, 0, true, true, font);
    QCOMPARE(layout.visibleLanes, lanes);
    QVERIFY2(layout.axis.bottom() > size.height() * 0.9,
        qPrintable(QStringLiteral("axis ends at %1 of %2").arg(layout.axis.bottom()).arg(size.height())));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        TimelineRenderer().paintExport(p, data, scale, size, QStringLiteral("Invented"), 0, font);
    }
    // Something is drawn in the bottom tenth: the axis and its labels, not blank paper.
    int inkBelow = 0;
    for (int y = size.height() * 9 / 10; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            inkBelow += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
    QVERIFY(inkBelow > 50);
}

void TstTimelineLayout::fitIncludesWindowStarts()
{
    // The earliest statement is a window whose first day lies before every other day.
    const QVector<TimelineEntry> entries { entry(1, QDate(2025, 3, 20), QStringLiteral("Ines Alvarado"),
                                               QDate(2025, 1, 6)),
        entry(2, QDate(2025, 3, 3), QStringLiteral("Tor Hellesund")) };
    TimelineModel model;
    model.setEntries(entries);
    const TimelineData data = TimelineData::fromModel(&model);
    TimeScale scale;
    QVERIFY(data.fit(scale));
    QVERIFY2(scale.visibleFrom() < QDate(2025, 1, 6), qPrintable(scale.visibleFrom().toString(Qt::ISODate)));
    QVERIFY(scale.visibleTo() > QDate(2025, 3, 20));
}

QTEST_MAIN(TstTimelineLayout)
#include "tst_timelinelayout.moc"
