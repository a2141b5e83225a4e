#pragma once

#include "models/charts/GdpTargetPoint.h"
#include "views/charts/ChartSpec.h"

#include <QVector>

namespace ql {

// Turns stated GDP shares into a ChartSpec, one line of points per actor (or speaker); shares whose
// actor is not named are points without a line: either the percentage
// against the year it should be reached (2 % → 3.5 % by 2030 → 5 % by 2035), or against the date it was
// stated.
class GdpChartBuilder
{
public:
    enum class Mode { ByTargetYear, ByDateStated };
    // Actor: a line per ally or body that commits to the share, so Romania's 3.5 % and the allies'
    // 5 % are never one trajectory; Speaker: a line per person stating it.
    enum class SeriesBy { Actor, Speaker };

    struct Options
    {
        Mode mode = Mode::ByTargetYear;
        SeriesBy seriesBy = SeriesBy::Actor;
        QString title;
        QStringList speakers; // empty: all
    };

    ChartSpec build(const QVector<GdpTargetPoint>& points, const Options& options) const;
};

} // namespace ql
