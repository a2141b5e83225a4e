#pragma once

#include "charts/ChartSpec.h"
#include "charts/QtChartsCompat.h"

namespace ql {

// The one place that turns a ChartSpec into Qt Charts objects; swapping the chart library means
// rewriting this class and ChartWidget only.
class QtChartFactory
{
public:
    // Caller owns the chart. `dark` picks the dark theme and palette variants.
    static QChart* create(const ChartSpec& spec, bool dark = false);
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
