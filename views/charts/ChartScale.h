#pragma once

#include "views/charts/ChartSpec.h"

namespace ql {

// Decides how a chart's value axis copes with values of very different sizes: €1 bn next to €95 bn
// sits squashed on the zero line of a linear axis. Above ChartSpec::WideRangeRatio between the largest
// and the smallest positive value, the analyst's choice applies: a log axis or two panels split at the
// widest gap between values.
class ChartScale
{
public:
    // Largest over smallest positive y of the spec's points (1 when there are fewer than two).
    static double magnitudeRatio(const ChartSpec& spec);
    // The y where the upper panel starts: the upper end of the widest ratio gap between sorted values.
    static double splitPoint(const ChartSpec& spec);
    // Sets magnitudeRatio, yScale and splitAt. Bars and negative values keep a linear axis.
    static void apply(ChartSpec& spec, ChartSpec::YScale wideRange);
};

} // namespace ql
