#include "views/timeline/TimelineLayout.h"

#include "views/timeline/TimelineData.h"

#include <QFont>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace ql {

namespace {

// Above this many marks per lane per pixel, individual marks only overlap: show density instead.
constexpr double kDensityThreshold = 0.12;
constexpr int kDensityMaxVisible = 20000;

} // namespace

TimelineLayout TimelineLayout::compute(const TimelineData& data, const TimeScale& scale, const QSize& size,
    int firstLane, bool forExport, bool withTitle, const QFont& font)
{
    TimelineLayout L;
    L.size = size;
    const QFont& f = font;
    const QFontMetricsF fm(f);
    if (forExport && withTitle)
        L.titleHeight = fm.height() * 1.6 + 12.0;
    const double legendHeight = forExport ? fm.height() + 10.0 : 0.0;

    double headerWidth = 60.0;
    for (const QString& name : data.laneNames)
        headerWidth = std::max(headerWidth, fm.horizontalAdvance(name) + 24.0);
    headerWidth = std::min(headerWidth, std::max(80.0, size.width() * 0.22));

    const double top = L.titleHeight + 4.0;
    const double bottom = size.height() - AxisHeight - legendHeight;
    const double available = std::max(10.0, bottom - top);
    const int lanes = static_cast<int>(data.laneNames.size());
    double laneHeight = lanes > 0 ? available / lanes : available;
    int visibleLanes = lanes;
    if (forExport) {
        // An export shows every lane, however thin, rather than a scroll position, and fills the
        // picture it was asked for: a few lanes get tall rather than leave the page empty.
    } else {
        laneHeight = std::clamp(laneHeight, MinLaneHeight, MaxLaneHeight);
        visibleLanes = std::min(lanes, std::max(1, static_cast<int>(available / laneHeight)));
        firstLane = std::clamp(firstLane, 0, std::max(0, lanes - visibleLanes));
    }
    if (forExport)
        firstLane = 0;
    L.firstLane = firstLane;
    L.visibleLanes = visibleLanes;
    L.laneHeight = laneHeight;
    L.header = QRectF(0.0, top, headerWidth, visibleLanes * laneHeight);
    L.plot = QRectF(
        headerWidth, top, std::max(10.0, size.width() - headerWidth - 8.0), visibleLanes * laneHeight);
    L.axis = QRectF(headerWidth, L.plot.bottom(), L.plot.width(), AxisHeight);
    L.undatedRect = QRectF(4.0, L.plot.bottom() + 4.0, headerWidth - 8.0, AxisHeight - 8.0);

    L.scale = scale;
    L.scale.setPixelRange(L.plot.left(), L.plot.width());
    L.unit = L.scale.tickUnit(64.0);
    L.ticks = L.scale.ticks(64.0);

    const double startJd = L.scale.startJulianDay();
    const double endJd = L.scale.endJulianDay();
    const int loJd = static_cast<int>(std::floor(startJd)) - 1;
    const int hiJd = static_cast<int>(std::ceil(endJd)) + 1;
    QVector<QPair<int, int>> ranges(visibleLanes);
    qint64 visibleCount = 0;
    for (int v = 0; v < visibleLanes; ++v) {
        const QVector<int>& jds = data.laneJd.at(firstLane + v);
        const int a = static_cast<int>(std::lower_bound(jds.cbegin(), jds.cend(), loJd) - jds.cbegin());
        const int b = static_cast<int>(std::upper_bound(jds.cbegin(), jds.cend(), hiJd) - jds.cbegin());
        ranges[v] = { a, b };
        visibleCount += b - a;
    }
    const double perLanePerPixel
        = visibleLanes > 0 ? static_cast<double>(visibleCount) / visibleLanes / L.plot.width() : 0.0;
    L.density = perLanePerPixel > kDensityThreshold || visibleCount > kDensityMaxVisible;

    const double ppd = L.scale.pixelsPerDay();
    if (L.density) {
        const int bins = std::max(1, static_cast<int>(L.plot.width() / BinWidth));
        L.laneMax.fill(0, visibleLanes);
        L.binCounts.resize(visibleLanes);
        for (int v = 0; v < visibleLanes; ++v) {
            QVector<int>& counts = L.binCounts[v];
            counts.fill(0, bins);
            const QVector<int>& jds = data.laneJd.at(firstLane + v);
            for (int i = ranges.at(v).first; i < ranges.at(v).second; ++i) {
                const double x = (jds.at(i) + 0.5 - startJd) * ppd;
                const int bin = static_cast<int>(x / BinWidth);
                if (bin >= 0 && bin < bins)
                    ++counts[bin];
            }
            L.laneMax[v] = *std::max_element(counts.cbegin(), counts.cend());
        }
        return L;
    }

    // Labels only when zoomed in to weeks and the marks are few enough to leave room for words.
    const bool labels = L.unit <= TimeScale::TickUnit::Week && laneHeight >= 20.0
        && visibleCount
            <= static_cast<qint64>(visibleLanes) * std::max(4, static_cast<int>(L.plot.width() / 120.0));
    QFont labelFont = f;
    labelFont.setPointSizeF(f.pointSizeF() * 0.85);
    const QFontMetricsF lfm(labelFont);
    for (int v = 0; v < visibleLanes; ++v) {
        const int lane = firstLane + v;
        const QVector<int>& items = data.laneItems.at(lane);
        const double y = L.plot.top() + (v + 0.5) * laneHeight;
        const int firstMark = static_cast<int>(L.marks.size());
        for (int i = ranges.at(v).first; i < ranges.at(v).second; ++i) {
            const double x = L.scale.xForJulianDay(data.items.at(items.at(i)).jd + 0.5);
            // Statements of the same day (a transcript, a press conference) share one mark with a count.
            if (L.marks.size() > firstMark && std::abs(L.marks.constLast().pos.x() - x) < 1.5) {
                ++L.marks.last().count;
                continue;
            }
            L.marks.append(TimelineMark { QPointF(x, y), lane, i, 1 });
        }
        if (!labels)
            continue;
        for (int m = firstMark; m < L.marks.size(); ++m) {
            const TimelineMark& mk = L.marks.at(m);
            const double x0 = mk.pos.x() + 9.0;
            const double x1 = std::min(
                m + 1 < L.marks.size() ? L.marks.at(m + 1).pos.x() - 9.0 : L.plot.right(), x0 + 260.0);
            if (x1 - x0 < 30.0 || x0 > L.plot.right())
                continue;
            QString text = data.items.at(items.at(mk.first)).firstWords;
            if (mk.count > 1)
                text = QStringLiteral("×%1  ").arg(mk.count) + text;
            text = lfm.elidedText(text, Qt::ElideRight, x1 - x0);
            if (text.isEmpty())
                continue;
            L.labels.append(
                TimelineLabel { QRectF(x0, y - lfm.height() / 2.0, x1 - x0, lfm.height()), text });
        }
    }
    return L;
}

} // namespace ql
