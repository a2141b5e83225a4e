#include "views/charts/ChartScale.h"

#include <algorithm>
#include <vector>

namespace ql {

namespace {

std::vector<double> positiveValues(const ChartSpec& spec)
{
    std::vector<double> out;
    for (const ChartSpec::Series& s : spec.series)
        for (const ChartSpec::Point& p : s.points)
            if (p.y > 0.0)
                out.push_back(p.y);
    std::sort(out.begin(), out.end());
    return out;
}

bool hasNegative(const ChartSpec& spec)
{
    for (const ChartSpec::Series& s : spec.series)
        for (const ChartSpec::Point& p : s.points)
            if (p.y < 0.0)
                return true;
    return false;
}

} // namespace

double ChartScale::magnitudeRatio(const ChartSpec& spec)
{
    const std::vector<double> v = positiveValues(spec);
    if (v.size() < 2)
        return 1.0;
    return v.back() / v.front();
}

double ChartScale::splitPoint(const ChartSpec& spec)
{
    const std::vector<double> v = positiveValues(spec);
    if (v.size() < 2)
        return 0.0;
    double bestRatio = 0.0;
    double at = v.back();
    for (size_t i = 1; i < v.size(); ++i) {
        const double ratio = v[i] / v[i - 1];
        if (ratio > bestRatio) {
            bestRatio = ratio;
            at = v[i];
        }
    }
    return at;
}

void ChartScale::apply(ChartSpec& spec, ChartSpec::YScale wideRange)
{
    spec.magnitudeRatio = magnitudeRatio(spec);
    spec.yScale = ChartSpec::YScale::Linear;
    spec.splitAt = 0.0;
    if (spec.magnitudeRatio <= ChartSpec::WideRangeRatio || spec.style == ChartSpec::Style::Bars
        || hasNegative(spec) || wideRange == ChartSpec::YScale::Linear)
        return;
    spec.yScale = wideRange;
    if (wideRange == ChartSpec::YScale::Split)
        spec.splitAt = splitPoint(spec);
}

} // namespace ql
