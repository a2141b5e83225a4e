#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace ql {

// Maps calendar dates to horizontal positions for a visible date range and a pixel span, and picks
// axis ticks (years, quarters, months, weeks or days) that fit the span. Plain value type, no widgets.
// Positions are continuous: a day occupies [xForDay(d), xForDay(d + 1)); xForDate() is its centre.
class TimeScale
{
public:
    enum class TickUnit { Day, Week, Month, Quarter, Year };

    struct Tick
    {
        QDate date;
        double x = 0.0;
        QString label; // short where the labels before it give the rest ("Mar", "19")
        // Unambiguous on its own ("Mar 2024", "19 Sep 2023", "Q4 2023"): the first label drawn
        // uses it, since nothing before it says the month or the year.
        QString fullLabel {};
        bool major = false; // starts a larger period (a year for months, a month for days…)
    };

    TimeScale();

    void setPixelRange(double left, double width);
    double left() const { return m_left; }
    double width() const { return m_width; }

    // Inclusive: `from` starts at the left edge, the end of `to` is at the right edge.
    void setVisibleRange(const QDate& from, const QDate& to);
    QDate visibleFrom() const;
    QDate visibleTo() const;
    double visibleDays() const { return m_endJd - m_startJd; }
    double startJulianDay() const { return m_startJd; }
    double endJulianDay() const { return m_endJd; }
    // Start and end as continuous Julian day numbers; a span under the minimum is widened around its centre.
    void setVisibleJulianDays(double start, double end);

    // Zoom limits in days.
    void setSpanLimits(double minDays, double maxDays);
    double minSpanDays() const { return m_minSpan; }
    double maxSpanDays() const { return m_maxSpan; }

    double xForDate(const QDate& date) const; // centre of the day
    double xForDay(const QDate& date) const; // start of the day
    double xForJulianDay(double jd) const;
    double julianDayForX(double x) const;
    QDate dateForX(double x) const;
    double pixelsPerDay() const;

    // factor > 1 zooms in. The date under anchorX stays under anchorX (unless a limit clamps the span).
    void zoom(double factor, double anchorX);
    // Moves the content by dx pixels: dx > 0 reveals earlier dates.
    void pan(double dx);

    TickUnit tickUnit(double minSpacingPx = 56.0) const;
    // Year step (1, 2, 5, 10, …) when tickUnit() is Year.
    int yearStep(double minSpacingPx = 56.0) const;
    // Every tick's label names the year when the year changes there; a day names its month when
    // the month changes. The first tick's label is its fullLabel.
    QVector<Tick> ticks(double minSpacingPx = 56.0) const;
    static QString unitName(TickUnit unit);

private:
    double m_left = 0.0;
    double m_width = 1000.0;
    double m_startJd = 0.0;
    double m_endJd = 1.0;
    double m_minSpan = 2.0;
    double m_maxSpan = 366.0 * 200.0;
};

} // namespace ql
