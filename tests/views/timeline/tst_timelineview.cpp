#include "models/timeline/TimelineFilterProxy.h"
#include "models/timeline/TimelineModel.h"
#include "views/timeline/TimelineView.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QItemSelectionModel>
#include <QMouseEvent>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

using ql::StatementKind;
using ql::TimelineEntry;
using ql::TimelineFilterProxy;
using ql::TimelineModel;
using ql::TimelineView;

namespace {

TimelineEntry entry(
    qint64 id, const QDate& date, const QString& speaker, StatementKind kind = StatementKind::Quote)
{
    TimelineEntry e;
    e.statementId = id;
    e.date = date;
    e.speaker = speaker;
    e.source = QStringLiteral("Harbour Gazette");
    e.kind = kind;
    e.firstWords = QStringLiteral("Invented remark %1 on air defence").arg(id);
    return e;
}

// Three speakers over about three weeks, one statement undated.
QVector<TimelineEntry> smallFixture()
{
    const QString ada = QStringLiteral("Ada Lindqvist");
    const QString bram = QStringLiteral("Bram Okafor");
    const QString cleo = QStringLiteral("Cleo Marchetti");
    return {
        entry(11, QDate(2024, 5, 2), ada),
        entry(12, QDate(2024, 5, 9), ada, StatementKind::Transcript),
        entry(13, QDate(2024, 5, 20), ada, StatementKind::Paraphrase),
        entry(21, QDate(2024, 5, 4), bram),
        entry(22, QDate(2024, 5, 15), bram),
        entry(31, QDate(2024, 5, 12), cleo, StatementKind::Transcript),
        entry(99, QDate(), cleo),
    };
}

// Pixel variance: a blank image has none.
double variance(const QImage& image)
{
    double sum = 0.0;
    double sq = 0.0;
    const int n = image.width() * image.height();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const double v = qGray(image.pixel(x, y));
            sum += v;
            sq += v * v;
        }
    }
    const double mean = sum / n;
    return sq / n - mean * mean;
}

void saveForLooking(const QImage& image, const QString& name)
{
    // Set QL_CHARTS_LOOK_DIR to keep the pictures for a human to look at.
    const QString dir = qEnvironmentVariable("QL_CHARTS_LOOK_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        image.save(dir + QLatin1Char('/') + name);
    }
}

} // namespace

class TstTimelineView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void lanesAndUndated();
    void clickSelectsStatement_data();
    void clickSelectsStatement();
    void clickOnEmptySpaceClearsSelection();
    void externalSelectionIsShared();
    void keyboardNavigation();
    void keyboardZoom();
    void wheelZoomsAroundCursor();
    void dragPans();
    void rubberBandSelectsPeriod();
    void densityWhenZoomedOut();
    void labelsWhenZoomedIn();
    void filterUpdatesMarks();
    void fitToSelection();
    void hoverShowsDetails();
    void windowIsDrawnAsABar();
    void darkPaletteIsRespected();
    void laneModeSwitch();
    void renderOffscreen_data();
    void renderOffscreen();

private:
    TimelineModel* m_model = nullptr;
    TimelineFilterProxy* m_proxy = nullptr;
    TimelineView* m_view = nullptr;
};

void TstTimelineView::init()
{
    m_model = new TimelineModel;
    m_model->setEntries(smallFixture());
    m_proxy = new TimelineFilterProxy;
    m_proxy->setSourceModel(m_model);
    m_view = new TimelineView;
    m_view->setModel(m_proxy);
    m_view->resize(900, 360);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->setVisibleRange(QDate(2024, 4, 28), QDate(2024, 5, 24));
}

void TstTimelineView::cleanup()
{
    delete m_view;
    delete m_proxy;
    delete m_model;
}

void TstTimelineView::lanesAndUndated()
{
    QCOMPARE(m_view->lanes(),
        (QStringList { QStringLiteral("Ada Lindqvist"), QStringLiteral("Bram Okafor"),
            QStringLiteral("Cleo Marchetti") }));
    QCOMPARE(m_view->undatedCount(), 1);
    QVERIFY(m_view->markPosition(99).isNull()); // never placed at an invented date
    QCOMPARE(m_view->visibleFrom(), QDate(2024, 4, 28));
    QCOMPARE(m_view->visibleTo(), QDate(2024, 5, 24));
}

void TstTimelineView::clickSelectsStatement_data()
{
    QTest::addColumn<qint64>("id");
    QTest::newRow("quote, first lane") << qint64(11);
    QTest::newRow("transcript, first lane") << qint64(12);
    QTest::newRow("paraphrase, first lane") << qint64(13);
    QTest::newRow("second lane") << qint64(22);
    QTest::newRow("third lane") << qint64(31);
}

void TstTimelineView::clickSelectsStatement()
{
    QFETCH(qint64, id);
    const QPoint pos = m_view->markPosition(id);
    QVERIFY(!pos.isNull());
    QCOMPARE(m_view->statementAt(pos), id);
    QSignalSpy activated(m_view, &TimelineView::statementActivated);
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, pos);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), id);
    QCOMPARE(m_view->currentStatementId(), id);
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).data(TimelineModel::StatementIdRole).toLongLong(), id);
}

void TstTimelineView::clickOnEmptySpaceClearsSelection()
{
    QVERIFY(m_view->selectStatement(21));
    QCOMPARE(m_view->selectionModel()->selectedRows().size(), 1);
    QSignalSpy activated(m_view, &TimelineView::statementActivated);
    const QPoint mark = m_view->markPosition(21);
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, mark + QPoint(60, 0));
    QCOMPARE(activated.count(), 0);
    QVERIFY(m_view->selectionModel()->selectedRows().isEmpty());
}

void TstTimelineView::externalSelectionIsShared()
{
    QItemSelectionModel shared(m_proxy);
    m_view->setSelectionModel(&shared);
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, m_view->markPosition(22));
    QCOMPARE(shared.selectedRows().size(), 1);
    QCOMPARE(shared.selectedRows().at(0).data(TimelineModel::StatementIdRole).toLongLong(), 22);
}

void TstTimelineView::keyboardNavigation()
{
    m_view->setFocus();
    QSignalSpy current(m_view, &TimelineView::currentStatementChanged);
    QTest::keyClick(m_view, Qt::Key_Home);
    QCOMPARE(m_view->currentStatementId(), 11);
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(m_view->currentStatementId(), 12);
    QTest::keyClick(m_view, Qt::Key_Down); // Bram's statement nearest 9 May
    QCOMPARE(m_view->currentStatementId(), 21);
    QTest::keyClick(m_view, Qt::Key_Down);
    QCOMPARE(m_view->currentStatementId(), 31);
    QTest::keyClick(m_view, Qt::Key_Left); // no earlier statement in Cleo's lane
    QCOMPARE(m_view->currentStatementId(), 31);
    QTest::keyClick(m_view, Qt::Key_End);
    QCOMPARE(m_view->currentStatementId(), 13);
    QCOMPARE(current.count(), 5);
    QSignalSpy activated(m_view, &TimelineView::statementActivated);
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), 13);
}

void TstTimelineView::keyboardZoom()
{
    m_view->setFocus();
    const double span = m_view->timeScale().visibleDays();
    QTest::keyClick(m_view, Qt::Key_Plus);
    QVERIFY(m_view->timeScale().visibleDays() < span);
    QTest::keyClick(m_view, Qt::Key_Minus);
    QTest::keyClick(m_view, Qt::Key_Minus);
    QVERIFY(m_view->timeScale().visibleDays() > span);
}

void TstTimelineView::wheelZoomsAroundCursor()
{
    const QPoint pos = m_view->markPosition(22);
    const double span = m_view->timeScale().visibleDays();
    QSignalSpy range(m_view, &TimelineView::visibleRangeChanged);
    QWheelEvent wheel(QPointF(pos), QPointF(m_view->mapToGlobal(pos)), QPoint(), QPoint(0, 240), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view, &wheel);
    QVERIFY(m_view->timeScale().visibleDays() < span * 0.7);
    QCOMPARE(range.count(), 1);
    // The mark under the cursor stays under it.
    QVERIFY(qAbs(m_view->markPosition(22).x() - pos.x()) <= 1);
}

void TstTimelineView::dragPans()
{
    const QDate before = m_view->visibleFrom();
    const QPoint start(500, 100);
    QTest::mousePress(m_view, Qt::LeftButton, Qt::NoModifier, start);
    for (int dx = 10; dx <= 200; dx += 10) {
        QMouseEvent move(
            QEvent::MouseMove, QPointF(start + QPoint(dx, 0)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view, &move);
    }
    QSignalSpy activated(m_view, &TimelineView::statementActivated);
    QTest::mouseRelease(m_view, Qt::LeftButton, Qt::NoModifier, start + QPoint(200, 0));
    QVERIFY(m_view->visibleFrom() < before); // dragging right reveals earlier dates
    QCOMPARE(activated.count(), 0); // a drag is not a click
}

void TstTimelineView::rubberBandSelectsPeriod()
{
    const QPoint a = m_view->markPosition(21) - QPoint(3, 0);
    const QPoint b = m_view->markPosition(22) + QPoint(3, 0);
    QSignalSpy period(m_view, &TimelineView::periodSelected);
    QTest::mousePress(m_view, Qt::LeftButton, Qt::ShiftModifier, a);
    QMouseEvent move(QEvent::MouseMove, QPointF(b), Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
    QApplication::sendEvent(m_view, &move);
    QTest::mouseRelease(m_view, Qt::LeftButton, Qt::ShiftModifier, b);
    QCOMPARE(period.count(), 1);
    QCOMPARE(period.at(0).at(0).toDate(), QDate(2024, 5, 4));
    QCOMPARE(period.at(0).at(1).toDate(), QDate(2024, 5, 15));
    QCOMPARE(m_view->periodFrom(), QDate(2024, 5, 4));
    QSignalSpy cleared(m_view, &TimelineView::periodCleared);
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_Escape);
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!m_view->periodFrom().isValid());
}

void TstTimelineView::densityWhenZoomedOut()
{
    QVector<TimelineEntry> many;
    const QDate start(2015, 1, 1);
    for (int i = 0; i < 20000; ++i)
        many.append(entry(1000 + i, start.addDays(i % 3650), QStringLiteral("Speaker %1").arg(i % 6)));
    m_model->setEntries(many);
    m_view->fitAll();
    QVERIFY(m_view->isDensityMode());
    QVERIFY(m_view->markPosition(1000).isNull());
    m_view->setVisibleRange(QDate(2016, 3, 1), QDate(2016, 3, 14));
    QVERIFY(!m_view->isDensityMode());
    QVERIFY(!m_view->markPosition(1000 + 425).isNull()); // 1 March 2016 is day 425
}

void TstTimelineView::labelsWhenZoomedIn()
{
    // At a fortnight the marks carry their first words; a decade is only a density strip.
    m_view->setVisibleRange(QDate(2024, 5, 1), QDate(2024, 5, 14));
    QImage zoomed(m_view->size(), QImage::Format_ARGB32);
    m_view->render(&zoomed);
    saveForLooking(zoomed, QStringLiteral("timeline-widget-zoomed.png"));
    QVERIFY(m_view->timeScale().tickUnit(64.0) <= ql::TimeScale::TickUnit::Week);
    QVERIFY(!m_view->isDensityMode());
    QVERIFY(variance(zoomed) > 50.0);
}

void TstTimelineView::filterUpdatesMarks()
{
    QVERIFY(!m_view->markPosition(21).isNull());
    m_proxy->setSpeakers({ QStringLiteral("Ada Lindqvist") });
    QVERIFY(m_view->markPosition(21).isNull());
    QCOMPARE(m_view->lanes(), QStringList { QStringLiteral("Ada Lindqvist") });
    QVERIFY(!m_view->markPosition(12).isNull());
}

void TstTimelineView::fitToSelection()
{
    m_view->setVisibleRange(QDate(2020, 1, 1), QDate(2026, 1, 1));
    QVERIFY(m_view->selectStatement(12));
    m_view->fitToSelection();
    QVERIFY(m_view->visibleFrom() <= QDate(2024, 5, 9));
    QVERIFY(m_view->visibleTo() >= QDate(2024, 5, 9));
    QVERIFY(m_view->timeScale().visibleDays() <= 30.0);
    QVERIFY(!m_view->markPosition(12).isNull());
}

void TstTimelineView::hoverShowsDetails()
{
    const QPoint pos = m_view->markPosition(31);
    QHelpEvent help(QEvent::ToolTip, pos, m_view->mapToGlobal(pos));
    QApplication::sendEvent(m_view, &help);
    const QString tip = QToolTip::text();
    QVERIFY2(tip.contains(QStringLiteral("Cleo Marchetti")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("Harbour Gazette")));
    QVERIFY(tip.contains(QStringLiteral("Invented remark 31")));
    QVERIFY(tip.contains(QStringLiteral("2024")));
}

void TstTimelineView::windowIsDrawnAsABar()
{
    // Bram's statement of 15 May was said some day from 8 May on ("last week"): a bar runs back
    // from its mark, and hovering the mark explains the window.
    QVector<TimelineEntry> entries = smallFixture();
    for (TimelineEntry& e : entries) {
        if (e.statementId == 22) {
            e.dateFrom = QDate(2024, 5, 8);
            e.when = QString::fromUtf8("8–15 May 2024");
            e.evidence = QStringLiteral("'last week' before the article's date");
        }
    }
    m_model->setEntries(entries);
    m_view->setVisibleRange(QDate(2024, 4, 28), QDate(2024, 5, 24));
    const QPoint mark = m_view->markPosition(22);
    QVERIFY(!mark.isNull());
    QImage image(m_view->size(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    m_view->render(&image);
    const QColor background = image.pixelColor(mark.x() - 60, mark.y() - 8);
    // Half-way back to the window's first day, on the lane's centre line, the bar shows.
    const int barX = (m_view->markPosition(21).x() + mark.x()) / 2 + 20;
    QVERIFY2(image.pixelColor(barX, mark.y()) != background, "no bar under the window");
    QHelpEvent help(QEvent::ToolTip, mark, m_view->mapToGlobal(mark));
    QApplication::sendEvent(m_view, &help);
    const QString tip = QToolTip::text();
    QVERIFY2(tip.contains(QString::fromUtf8("8–15 May 2024")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("last week")), qPrintable(tip));
}

void TstTimelineView::darkPaletteIsRespected()
{
    QPalette dark = m_view->palette();
    dark.setColor(QPalette::Window, QColor(0x202020));
    dark.setColor(QPalette::Base, QColor(0x181818));
    dark.setColor(QPalette::AlternateBase, QColor(0x242424));
    dark.setColor(QPalette::Text, QColor(0xEEEEEE));
    m_view->setPalette(dark);
    QImage image(m_view->size(), QImage::Format_ARGB32);
    m_view->render(&image);
    QVERIFY(qGray(image.pixel(m_view->width() / 2, 2)) < 60); // background follows the palette
    QVERIFY(variance(image) > 50.0);
}

void TstTimelineView::laneModeSwitch()
{
    QVector<TimelineEntry> entries = smallFixture();
    for (TimelineEntry& e : entries)
        e.event = e.statementId % 2 ? QStringLiteral("Spring summit") : QStringLiteral("Budget hearing");
    m_model->setEntries(entries);
    m_model->setLaneMode(TimelineModel::LaneMode::ByEvent);
    QCOMPARE(
        m_view->lanes(), (QStringList { QStringLiteral("Budget hearing"), QStringLiteral("Spring summit") }));
    QVERIFY(!m_view->markPosition(22).isNull());
}

void TstTimelineView::renderOffscreen_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("zoomedOut");
    QTest::newRow("weeks 1200x500") << QSize(1200, 500) << false;
    QTest::newRow("decade 1600x900") << QSize(1600, 900) << true;
}

void TstTimelineView::renderOffscreen()
{
    QFETCH(QSize, size);
    QFETCH(bool, zoomedOut);
    if (zoomedOut) {
        QVector<TimelineEntry> many;
        for (int i = 0; i < 5000; ++i)
            many.append(entry(i + 1, QDate(2014, 3, 1).addDays((i * 7) % 3900),
                QStringLiteral("Speaker %1").arg(QChar(QLatin1Char('A').unicode() + i % 9))));
        many.append(entry(900000, QDate(), QStringLiteral("Speaker A")));
        m_model->setEntries(many);
        m_view->fitAll();
    }
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        m_view->render(&p, size, QStringLiteral("Statements over time"));
    }
    saveForLooking(image, QStringLiteral("timeline-%1x%2.png").arg(size.width()).arg(size.height()));
    QVERIFY(variance(image) > 50.0);
    QCOMPARE(qAlpha(image.pixel(0, 0)), 255); // the background is painted
}

QTEST_MAIN(TstTimelineView)
#include "tst_timelineview.moc"
