#pragma once

#include "charts/ChartSpec.h"
#include "charts/GdpTargetPoint.h"

#include <QVector>

namespace ql {

// Turns stated GDP shares into a ChartSpec, one line of points per speaker or ally: either the percentage
// against the year it should be reached (2 % → 3.5 % by 2030 → 5 % by 2035), or against the date it was
// stated.
class GdpChartBuilder
{
public:
    enum class Mode { ByTargetYear, ByDateStated };

    struct Options
    {
        Mode mode = Mode::ByTargetYear;
        QString title;
        QStringList speakers; // empty: all
    };

    ChartSpec build(const QVector<GdpTargetPoint>& points, const Options& options) const;
};

} // namespace ql
