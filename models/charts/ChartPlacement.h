#pragma once

#include "core/domain/SaidWindow.h"

#include <QDate>
#include <QString>

namespace ql {

// Where a figure sits on a date axis: on the day its statement was said, or in the middle of the
// statement's window (the window itself drawn as a bar), else on the article's date, which its
// tooltip then admits: the article's date is when it was printed, not necessarily when it was said.
class ChartPlacement
{
public:
    struct Place
    {
        QDate day; // null: nothing dates the figure
        bool onArticleDate = false;
    };

    // `said` is the statement's window, `saidOn` the day stored with it (a store written before
    // windows existed has only that), `articleDate` the fallback.
    static Place place(const SaidWindow& said, const QDate& saidOn, const QDate& articleDate);
    // Whether the chart shows `said` as a window around the point rather than a day.
    static bool showsWindow(const SaidWindow& said, bool onArticleDate);
    // Msecs since the epoch at noon UTC, which keeps the calendar day in every time zone.
    static double dayToX(const QDate& day);
    // The x of a placed figure and the ends of its window (all three equal for a day).
    struct Span
    {
        double x = 0.0;
        double from = 0.0;
        double to = 0.0;
    };
    static Span span(const SaidWindow& said, bool onArticleDate, const QDate& day);
    // The tooltip line: "said 5–6 Nov 2025 (middle of the window) — NATO-Industry Forum, …" or
    // "placed on the article's date, 30 Oct 2023: the statement has no window of its own".
    static QString describe(const SaidWindow& said, bool onArticleDate, const QDate& day);
};

} // namespace ql
