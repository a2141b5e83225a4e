#pragma once

#include "models/timeline/TimeScale.h"

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QVector>

class QFont;

namespace ql {

struct TimelineData;

// A mark on a lane: one statement, or several of the same day drawn at one spot.
struct TimelineMark
{
    QPointF pos;
    int lane = 0;
    int first = 0; // index into TimelineData::laneItems[lane]
    int count = 1; // statements drawn at the same spot
};

// The first words written beside a mark when zoomed in far enough.
struct TimelineLabel
{
    QRectF rect;
    QString text;
};

// Where everything of a timeline goes at one size and zoom: lanes, axis ticks, marks or density bins,
// labels. A pure computation on TimelineData (no widget, no model), shared by the widget, the export and
// the command line, and unit-tested on its own.
struct TimelineLayout
{
    QSize size;
    QRectF plot; // lanes area, time runs along x
    QRectF header; // lane names
    QRectF axis;
    QRectF undatedRect;
    double titleHeight = 0.0;
    double laneHeight = 24.0;
    int firstLane = 0;
    int visibleLanes = 0;
    bool density = false;
    TimeScale scale;
    TimeScale::TickUnit unit = TimeScale::TickUnit::Year;
    QVector<TimeScale::Tick> ticks;
    QVector<TimelineMark> marks;
    QVector<QVector<int>> binCounts; // per visible lane, statements per BinWidth pixels
    QVector<int> laneMax;
    QVector<TimelineLabel> labels;

    static constexpr double AxisHeight = 34.0;
    static constexpr double MinLaneHeight = 18.0;
    static constexpr double MaxLaneHeight = 160.0;
    static constexpr double BinWidth = 4.0;

    // The layout of `data` in `size` at the zoom of `scale`. On screen, lanes keep a readable height and
    // scroll from `firstLane`; an export (`forExport`) shows every lane and leaves room for a title
    // (when `withTitle`) and a legend.
    static TimelineLayout compute(const TimelineData& data, const TimeScale& scale, const QSize& size,
        int firstLane, bool forExport, bool withTitle, const QFont& font);
};

} // namespace ql
