#pragma once

#include "views/charts/ChartSpec.h"
#include "views/charts/QtChartsCompat.h"

#include <QSize>

namespace ql {

// The one place that turns a ChartSpec into Qt Charts objects; swapping the chart library means
// rewriting this class and ChartWidget only.
class QtChartFactory
{
public:
    // Which values a chart shows: all, or one panel of a ChartSpec::YScale::Split spec.
    enum class Part { All, Upper, Lower };
    static constexpr int DefaultWidth = 900;
    static constexpr int DefaultHeight = 520;

    // Caller owns the chart. `dark` picks the dark theme and palette variants. Fonts, tick counts,
    // title and legend follow `size`, the size the chart will be shown at, so labels stay readable.
    static QChart* create(const ChartSpec& spec, bool dark = false,
        const QSize& size = QSize(DefaultWidth, DefaultHeight), Part part = Part::All);
    // The point size of axis labels at `size`; footnotes use the same.
    static double labelPointSize(const QSize& size);
    // Below this size a chart cannot show its labels: the widget asks to be enlarged instead.
    static QSize minimumReadableSize();
    // Index into ChartSpec::series of a series created here, -1 for helper series.
    static int specSeriesIndex(const QObject* seriesOrBarSet);
    // A date axis label per period that fits about `maxTicks` labels; exposed for tests.
    struct DateTick
    {
        double msecs = 0.0;
        QString label;
    };
    static QVector<DateTick> dateTicks(double minMsecs, double maxMsecs, int maxTicks = 8);
    // Fraction of a category slot the bars fill.
    static double barWidth();
};

} // namespace ql
