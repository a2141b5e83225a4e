#pragma once

#include "models/charts/MoneyPoint.h"
#include "views/charts/ChartSpec.h"
#include "views/charts/CurrencyTable.h"

#include <QVector>

namespace ql {

// Turns money figures into a ChartSpec: points per statement date or bars per period, in EUR (converted
// with a dated CurrencyTable whose rates are listed in the footnotes) or in each figure's own currency,
// one series per actor, speaker, subject, source or currency. Yearly rates get series of their own
// ("… (per year)"); repeats of one amount by several sources become one point that names them all.
class SpendingChartBuilder
{
public:
    // Actor: who commits (spends, pledges, contracts); Subject: what the money pays for.
    enum class Split { None, Actor, Speaker, Subject, Source, Currency };
    // The same amount for the same thing, reported again within this many days, is one point.
    static constexpr int RepeatWindowDays = 14;

    struct Options
    {
        Split split = Split::Actor;
        // What a range wider than ChartSpec::WideRangeRatio gets: a log axis or a split (never Linear).
        ChartSpec::YScale wideRange = ChartSpec::YScale::Log;
        bool normaliseToEur = true;
        ChartSpec::Style style = ChartSpec::Style::Points; // Bars sums the figures of each period
        // Points beyond this many are summed per period instead (0: no limit). An interactive chart
        // spends seconds laying out tens of thousands of marks that would only form a blot.
        int maxPoints = 0;
        QString title;
        // Empty lists keep everything.
        QStringList speakers;
        QStringList actors;
        QStringList subjects;
        QStringList sources;
    };

    explicit SpendingChartBuilder(CurrencyTable rates = CurrencyTable::builtIn());

    ChartSpec build(const QVector<MoneyPoint>& figures, const Options& options) const;

    const CurrencyTable& rates() const { return m_rates; }
    static QString splitName(Split split);

private:
    CurrencyTable m_rates;
};

} // namespace ql
