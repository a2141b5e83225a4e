#include "models/timeline/TimeScale.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ql {

namespace {

// Average lengths in days, only used to decide which unit fits the pixel span.
constexpr double kDaysPerUnit[] = { 1.0, 7.0, 30.44, 91.31, 365.25 };

QDate startOfWeek(const QDate& d)
{
    return d.addDays(1 - d.dayOfWeek());
}

QDate startOfQuarter(const QDate& d)
{
    return QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1);
}

} // namespace

TimeScale::TimeScale()
{
    const QDate today = QDate::currentDate();
    setVisibleRange(today.addYears(-1), today);
}

void TimeScale::setPixelRange(double left, double width)
{
    m_left = left;
    m_width = std::max(1.0, width);
}

void TimeScale::setVisibleRange(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid())
        return;
    const QDate a = std::min(from, to);
    const QDate b = std::max(from, to);
    setVisibleJulianDays(static_cast<double>(a.toJulianDay()), static_cast<double>(b.toJulianDay()) + 1.0);
}

void TimeScale::setVisibleJulianDays(double start, double end)
{
    if (end < start)
        std::swap(start, end);
    double span = std::clamp(end - start, m_minSpan, m_maxSpan);
    const double centre = (start + end) / 2.0;
    m_startJd = centre - span / 2.0;
    m_endJd = centre + span / 2.0;
}

QDate TimeScale::visibleFrom() const
{
    return QDate::fromJulianDay(static_cast<qint64>(std::floor(m_startJd)));
}

QDate TimeScale::visibleTo() const
{
    // The right edge is exclusive: a range ending exactly at midnight ends on the previous day.
    return QDate::fromJulianDay(static_cast<qint64>(std::ceil(m_endJd)) - 1);
}

void TimeScale::setSpanLimits(double minDays, double maxDays)
{
    m_minSpan = std::max(0.01, std::min(minDays, maxDays));
    m_maxSpan = std::max(minDays, maxDays);
    setVisibleJulianDays(m_startJd, m_endJd);
}

double TimeScale::pixelsPerDay() const
{
    return m_width / (m_endJd - m_startJd);
}

double TimeScale::xForJulianDay(double jd) const
{
    return m_left + (jd - m_startJd) * pixelsPerDay();
}

double TimeScale::julianDayForX(double x) const
{
    return m_startJd + (x - m_left) / pixelsPerDay();
}

double TimeScale::xForDate(const QDate& date) const
{
    return xForJulianDay(static_cast<double>(date.toJulianDay()) + 0.5);
}

double TimeScale::xForDay(const QDate& date) const
{
    return xForJulianDay(static_cast<double>(date.toJulianDay()));
}

QDate TimeScale::dateForX(double x) const
{
    return QDate::fromJulianDay(static_cast<qint64>(std::floor(julianDayForX(x))));
}

void TimeScale::zoom(double factor, double anchorX)
{
    if (!(factor > 0.0))
        return;
    const double anchorJd = julianDayForX(anchorX);
    const double span = std::clamp(visibleDays() / factor, m_minSpan, m_maxSpan);
    const double fraction = (anchorX - m_left) / m_width;
    m_startJd = anchorJd - fraction * span;
    m_endJd = m_startJd + span;
}

void TimeScale::pan(double dx)
{
    const double days = dx / pixelsPerDay();
    m_startJd -= days;
    m_endJd -= days;
}

TimeScale::TickUnit TimeScale::tickUnit(double minSpacingPx) const
{
    const double ppd = pixelsPerDay();
    for (int u = 0; u < 5; ++u) {
        if (kDaysPerUnit[u] * ppd >= minSpacingPx)
            return static_cast<TickUnit>(u);
    }
    return TickUnit::Year;
}

int TimeScale::yearStep(double minSpacingPx) const
{
    const double pxPerYear = kDaysPerUnit[4] * pixelsPerDay();
    for (const int step : { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 }) {
        if (step * pxPerYear >= minSpacingPx)
            return step;
    }
    return 1000;
}

QString TimeScale::unitName(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Day:
        return QStringLiteral("day");
    case TickUnit::Week:
        return QStringLiteral("week");
    case TickUnit::Month:
        return QStringLiteral("month");
    case TickUnit::Quarter:
        return QStringLiteral("quarter");
    case TickUnit::Year:
        return QStringLiteral("year");
    }
    return {};
}

QVector<TimeScale::Tick> TimeScale::ticks(double minSpacingPx) const
{
    QVector<Tick> out;
    const TickUnit unit = tickUnit(minSpacingPx);
    const QDate from = visibleFrom();
    const QDate to = visibleTo();
    if (!from.isValid() || !to.isValid())
        return out;
    const QLocale locale;

    QDate d;
    switch (unit) {
    case TickUnit::Day:
        d = from;
        break;
    case TickUnit::Week:
        d = startOfWeek(from);
        break;
    case TickUnit::Month:
        d = QDate(from.year(), from.month(), 1);
        break;
    case TickUnit::Quarter:
        d = startOfQuarter(from);
        break;
    case TickUnit::Year: {
        const int step = yearStep(minSpacingPx);
        int y = from.year();
        y -= ((y % step) + step) % step;
        d = QDate(y, 1, 1);
        break;
    }
    }
    const int step = unit == TickUnit::Year ? yearStep(minSpacingPx) : 1;
    // A hard cap keeps a degenerate pixel range from producing millions of ticks.
    for (int guard = 0; d.isValid() && d <= to && guard < 5000; ++guard) {
        Tick t;
        t.date = d;
        t.x = xForDay(d);
        switch (unit) {
        case TickUnit::Day:
            t.major = d.day() == 1;
            t.fullLabel = locale.toString(d, QStringLiteral("d MMM yyyy"));
            t.label = t.major ? t.fullLabel : QString::number(d.day());
            d = d.addDays(1);
            break;
        case TickUnit::Week:
            t.major = d.day() <= 7;
            t.fullLabel = locale.toString(d, QStringLiteral("d MMM yyyy"));
            // The first week of January also starts a year: it names it.
            t.label = t.major ? t.fullLabel : locale.toString(d, QStringLiteral("d MMM"));
            d = d.addDays(7);
            break;
        case TickUnit::Month:
            t.major = d.month() == 1;
            t.fullLabel = locale.toString(d, QStringLiteral("MMM yyyy"));
            t.label = t.major ? t.fullLabel : locale.toString(d, QStringLiteral("MMM"));
            d = d.addMonths(1);
            break;
        case TickUnit::Quarter:
            t.major = d.month() == 1;
            t.fullLabel = QStringLiteral("Q%1 %2").arg((d.month() - 1) / 3 + 1).arg(d.year());
            t.label = t.major ? t.fullLabel : QStringLiteral("Q%1").arg((d.month() - 1) / 3 + 1);
            d = d.addMonths(3);
            break;
        case TickUnit::Year:
            t.major = d.year() % (step * 5) == 0;
            t.label = QString::number(d.year());
            t.fullLabel = t.label;
            d = d.addYears(step);
            break;
        }
        if (t.date >= from || t.x >= m_left - 0.5) {
            if (out.isEmpty())
                t.label = t.fullLabel;
            out.append(t);
        }
    }
    return out;
}

} // namespace ql
