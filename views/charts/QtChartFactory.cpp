#include "views/charts/QtChartFactory.h"

#include "models/timeline/TimeScale.h"
#include "views/charts/ColorPalette.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
using namespace QtCharts;
#endif

namespace ql {

namespace {

const char* const kSeriesIndexProperty = "qlSpecSeriesIndex";
constexpr double kBarWidth = 0.75;
constexpr double kMsecsPerDay = 86400000.0;
constexpr int kMaxWindowBars = 300;

QFont font(double pointSize, bool bold = false)
{
    QFont f;
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

void styleAxis(QAbstractAxis* axis, const QString& title, double labelPt)
{
    axis->setTitleText(title);
    axis->setTitleFont(font(labelPt * 1.1, true));
    axis->setLabelsFont(font(labelPt));
}

double niceStep(double span, int targetTicks)
{
    const double raw = span / std::max(1, targetTicks);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (m * mag >= raw)
            return m * mag;
    }
    return 10.0 * mag;
}

} // namespace

int QtChartFactory::specSeriesIndex(const QObject* seriesOrBarSet)
{
    const QVariant v = seriesOrBarSet ? seriesOrBarSet->property(kSeriesIndexProperty) : QVariant();
    return v.isValid() ? v.toInt() : -1;
}

double QtChartFactory::barWidth()
{
    return kBarWidth;
}

QVector<QtChartFactory::DateTick> QtChartFactory::dateTicks(double minMsecs, double maxMsecs, int maxTicks)
{
    // TimeScale already knows how to pick calendar-aligned ticks; give it a notional width so that at most
    // maxTicks labels fit.
    TimeScale scale;
    constexpr double width = 1000.0;
    scale.setSpanLimits(0.5, 366.0 * 500.0);
    scale.setPixelRange(0.0, width);
    const double epochJd = static_cast<double>(QDate(1970, 1, 1).toJulianDay());
    scale.setVisibleJulianDays(epochJd + minMsecs / kMsecsPerDay, epochJd + maxMsecs / kMsecsPerDay);
    const QVector<TimeScale::Tick> ticks = scale.ticks(width / std::max(2, maxTicks));
    const TimeScale::TickUnit unit = scale.tickUnit(width / std::max(2, maxTicks));
    QVector<DateTick> out;
    QLocale locale;
    for (const TimeScale::Tick& t : ticks) {
        const double ms = static_cast<double>(QDateTime(t.date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        if (ms < minMsecs || ms > maxMsecs)
            continue;
        QString label;
        switch (unit) {
        case TimeScale::TickUnit::Year:
            label = QString::number(t.date.year());
            break;
        case TimeScale::TickUnit::Quarter:
            label = QStringLiteral("Q%1 %2").arg((t.date.month() - 1) / 3 + 1).arg(t.date.year());
            break;
        case TimeScale::TickUnit::Month:
            label = locale.toString(t.date, QStringLiteral("MMM yyyy"));
            break;
        case TimeScale::TickUnit::Week:
        case TimeScale::TickUnit::Day:
            label = locale.toString(t.date, QStringLiteral("d MMM yyyy"));
            break;
        }
        out.append(DateTick { ms, label });
    }
    return out;
}

double QtChartFactory::labelPointSize(const QSize& size)
{
    // 9 pt at the default size; larger pictures get larger text, a small dock never below 8 pt.
    const double scale = std::min(size.width() / double(DefaultWidth), size.height() / double(DefaultHeight));
    return std::clamp(9.0 * scale, 8.0, 12.0);
}

QSize QtChartFactory::minimumReadableSize()
{
    return QSize(320, 140);
}

QChart* QtChartFactory::create(const ChartSpec& spec, bool dark, const QSize& size, Part part)
{
    const double labelPt = labelPointSize(size);
    // A short chart spends its height on the plot: the title is on the tab already, the legend
    // moves to the side.
    const bool compact = size.height() < 360;
    const bool split = spec.yScale == ChartSpec::YScale::Split && part != Part::All;
    auto keep = [&spec, part](const ChartSpec::Point& p) {
        if (part == Part::All || spec.yScale != ChartSpec::YScale::Split)
            return true;
        return spec.inUpperPanel(p) == (part == Part::Upper);
    };
    auto* chart = new QChart;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    if (!compact && part != Part::Lower)
        chart->setTitle(spec.title);
    chart->setTitleFont(font(labelPt * 1.45, true));
    chart->legend()->setAlignment(compact ? Qt::AlignRight : Qt::AlignBottom);
    chart->legend()->setFont(font(labelPt));
    chart->legend()->setVisible(!spec.series.isEmpty() && part != Part::Lower);
    chart->setMargins(compact ? QMargins(2, 2, 2, 2) : QMargins(8, 8, 8, 8));

    double xMin = std::numeric_limits<double>::max();
    double xMax = std::numeric_limits<double>::lowest();
    double yMin = 0.0;
    double yMax = 0.0;
    double yMinPositive = std::numeric_limits<double>::max();
    for (const ChartSpec::Series& s : spec.series) {
        for (const ChartSpec::Point& p : s.points) {
            // Both panels of a split share the time axis.
            xMin = std::min(xMin, p.x);
            xMax = std::max(xMax, p.x);
            if (p.xFrom < p.xTo) {
                xMin = std::min(xMin, p.xFrom);
                xMax = std::max(xMax, p.xTo);
            }
            if (!keep(p))
                continue;
            yMin = std::min(yMin, p.y);
            yMax = std::max(yMax, p.y);
            if (p.y > 0.0)
                yMinPositive = std::min(yMinPositive, p.y);
        }
    }
    if (split && part == Part::Lower)
        yMax = std::max(yMax, 0.0);
    if (spec.style == ChartSpec::Style::Bars && spec.stacked) {
        // Stacked bars reach the sum of their segments, not the largest single value.
        QVector<double> up(spec.categories.size(), 0.0);
        QVector<double> down(spec.categories.size(), 0.0);
        for (const ChartSpec::Series& s : spec.series) {
            for (const ChartSpec::Point& p : s.points) {
                const int c = static_cast<int>(p.x);
                if (c < 0 || c >= up.size())
                    continue;
                (p.y >= 0.0 ? up[c] : down[c]) += p.y;
            }
        }
        for (int c = 0; c < up.size(); ++c) {
            yMax = std::max(yMax, up.at(c));
            yMin = std::min(yMin, down.at(c));
        }
    }
    const bool empty = xMin > xMax;
    if (empty) {
        xMin = 0.0;
        xMax = 1.0;
    }
    if (yMax <= yMin)
        yMax = yMin + 1.0;

    QAbstractAxis* xAxis = nullptr;
    if (spec.xAxis == ChartSpec::XAxis::Category) {
        auto* axis = new QBarCategoryAxis;
        axis->append(spec.categories);
        // Past a handful of categories horizontal labels get elided to "20…"; slanted ones stay readable.
        if (spec.categories.size() > 8)
            axis->setLabelsAngle(-45);
        xAxis = axis;
    } else if (spec.xAxis == ChartSpec::XAxis::Date) {
        auto* axis = new QCategoryAxis;
        // At least a fortnight either side, and 4 % of the span, so marks never sit on the plot border.
        const double pad = std::max(14.0 * kMsecsPerDay, (xMax - xMin) * 0.04);
        const double lo = xMin - pad;
        const double hi = xMax + pad;
        axis->setRange(lo, hi);
        axis->setStartValue(lo);
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        const int maxTicks = std::clamp(size.width() / 120, 3, 10);
        for (const DateTick& t : dateTicks(lo, hi, maxTicks))
            axis->append(t.label, t.msecs);
        xAxis = axis;
    } else {
        auto* axis = new QValueAxis;
        const double span = std::max(1.0, xMax - xMin);
        const double step = std::max(1.0, niceStep(span + 2.0, std::clamp(size.width() / 110, 3, 8)));
        axis->setRange(std::floor((xMin - 1.0) / step) * step, std::ceil((xMax + 1.0) / step) * step);
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0.0);
        axis->setTickInterval(step);
        axis->setLabelFormat(spec.xLabelFormat);
        xAxis = axis;
    }
    // The upper panel of a split leaves the time axis to the lower one.
    styleAxis(xAxis, part == Part::Upper ? QString() : spec.xTitle, labelPt);
    if (part == Part::Upper)
        xAxis->setLabelsVisible(false);
    chart->addAxis(xAxis, Qt::AlignBottom);

    const int yTicks = std::clamp(size.height() / 60, 2, 6);
    QAbstractAxis* yAxis = nullptr;
    if (spec.yScale == ChartSpec::YScale::Log && spec.style != ChartSpec::Style::Bars
        && yMinPositive <= yMax) {
        auto* axis = new QLogValueAxis;
        axis->setBase(10.0);
        axis->setRange(std::pow(10.0, std::floor(std::log10(yMinPositive))),
            std::pow(10.0, std::ceil(std::log10(yMax * 1.05))));
        axis->setMinorTickCount(8);
        axis->setLabelFormat(yMinPositive < 1.0 ? QStringLiteral("%g") : QStringLiteral("%.0f"));
        yAxis = axis;
    } else {
        auto* axis = new QValueAxis;
        const double step = niceStep(yMax - yMin, yTicks);
        axis->setRange(std::floor(yMin / step) * step, std::ceil(yMax * 1.05 / step) * step);
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0.0);
        axis->setTickInterval(step);
        axis->setLabelFormat(step < 1.0 && spec.yLabelFormat == QLatin1String("%.0f") ? QStringLiteral("%.1f")
                                                                                      : spec.yLabelFormat);
        yAxis = axis;
    }
    QString yTitle = spec.yTitle;
    if (spec.yScale == ChartSpec::YScale::Log)
        yTitle = QCoreApplication::translate("ql::QtChartFactory", "%1, log").arg(spec.yTitle);
    styleAxis(yAxis, yTitle, labelPt);
    chart->addAxis(yAxis, Qt::AlignLeft);

    if (spec.style == ChartSpec::Style::Bars) {
        QAbstractBarSeries* bars = spec.stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                                                : static_cast<QAbstractBarSeries*>(new QBarSeries);
        bars->setBarWidth(kBarWidth);
        for (int i = 0; i < spec.series.size(); ++i) {
            const ChartSpec::Series& s = spec.series.at(i);
            auto* set = new QBarSet(s.name);
            QVector<double> values(spec.categories.size(), 0.0);
            for (const ChartSpec::Point& p : s.points) {
                const int c = static_cast<int>(p.x);
                if (c >= 0 && c < values.size())
                    values[c] = p.y;
            }
            for (const double v : std::as_const(values))
                *set << v;
            set->setColor(ColorPalette::color(i, dark));
            set->setBorderColor(ColorPalette::color(i, dark).darker(130));
            set->setProperty(kSeriesIndexProperty, i);
            bars->append(set);
        }
        chart->addSeries(bars);
        bars->attachAxis(xAxis);
        bars->attachAxis(yAxis);
        return chart;
    }

    int totalPoints = 0;
    for (const ChartSpec::Series& s : spec.series)
        totalPoints += static_cast<int>(s.points.size());
    // Many marks overlap; a smaller, outlined marker keeps dense clouds legible.
    const double markerSize = totalPoints > 2000 ? 6.0 : (totalPoints > 300 ? 8.0 : 11.0);
    int windows = 0;
    for (const ChartSpec::Series& s : spec.series)
        for (const ChartSpec::Point& p : s.points)
            windows += p.xFrom < p.xTo ? 1 : 0;
    // A window is a bar through its point, like an error bar; past a few hundred they would cost a
    // series each and hide the points, so the tooltip alone tells the window then.
    const bool drawWindows = spec.xAxis == ChartSpec::XAxis::Date && windows <= kMaxWindowBars;
    for (int i = 0; i < spec.series.size(); ++i) {
        const ChartSpec::Series& s = spec.series.at(i);
        const QColor colour = ColorPalette::color(i, dark);
        QList<QPointF> pts;
        pts.reserve(s.points.size());
        for (const ChartSpec::Point& p : s.points)
            if (keep(p))
                pts.append(QPointF(p.x, p.y));

        if (spec.style == ChartSpec::Style::LinesAndPoints && s.joined) {
            auto* line = new QLineSeries;
            line->setName(s.name);
            line->append(pts);
            QPen pen(colour);
            pen.setWidthF(2.0);
            line->setPen(pen);
            chart->addSeries(line);
            line->attachAxis(xAxis);
            line->attachAxis(yAxis);
        }
        if (drawWindows) {
            for (const ChartSpec::Point& p : s.points) {
                if (!(p.xFrom < p.xTo) || !keep(p))
                    continue;
                auto* window = new QLineSeries;
                window->append(p.xFrom, p.y);
                window->append(p.xTo, p.y);
                QPen pen(colour);
                pen.setWidthF(3.0);
                pen.setCapStyle(Qt::FlatCap);
                window->setPen(pen);
                chart->addSeries(window);
                window->attachAxis(xAxis);
                window->attachAxis(yAxis);
                for (QLegendMarker* m : chart->legend()->markers(window))
                    m->setVisible(false);
            }
        }
        auto* scatter = new QScatterSeries;
        scatter->setName(s.name);
        scatter->append(pts);
        scatter->setMarkerSize(markerSize);
        // Beyond the palette, alternate the shape so series stay distinguishable without colour.
        scatter->setMarkerShape((i / ColorPalette::size()) % 2 == 0 ? QScatterSeries::MarkerShapeCircle
                                                                    : QScatterSeries::MarkerShapeRectangle);
        scatter->setColor(colour);
        // An outline doubles the cost of each marker; in a cloud of thousands it only adds noise.
        if (totalPoints > 2000)
            scatter->setPen(Qt::NoPen);
        else
            scatter->setBorderColor(dark ? colour.lighter(140) : colour.darker(140));
        scatter->setProperty(kSeriesIndexProperty, i);
        if (spec.pointLabels) {
            // On the scatter series the labels sit above the marker instead of across it.
            scatter->setPointLabelsVisible(true);
            scatter->setPointLabelsFormat(spec.yTitle.startsWith(QLatin1Char('%'))
                    ? QStringLiteral("@yPoint %")
                    : QStringLiteral("@yPoint"));
            scatter->setPointLabelsFont(font(labelPt));
            scatter->setPointLabelsColor(dark ? QColor(0xDDDDDD) : QColor(0x333333));
            scatter->setPointLabelsClipping(false);
        }
        chart->addSeries(scatter);
        scatter->attachAxis(xAxis);
        scatter->attachAxis(yAxis);
        if (spec.style == ChartSpec::Style::LinesAndPoints && s.joined) {
            for (QLegendMarker* m : chart->legend()->markers(scatter))
                m->setVisible(false);
        }
    }
    return chart;
}

} // namespace ql
