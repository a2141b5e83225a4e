#pragma once

#include <QDate>
#include <QString>

namespace ql {

// When a statement was said: the days [from, to] (both inclusive) with the reason. One day when the
// text pins it, several for an event or "last week", open on one side for a term of office (a null
// `from` or `to`), both null when nothing dates it.
struct SaidWindow
{
    // Windows wider than this do not place a statement on a time axis: they only bound it.
    static constexpr int NarrowDays = 31;
    // Wider than this, a window reads as the month it falls in ("Jul 2024?"), not as days.
    static constexpr int RoughDays = 20;

    QDate from;
    QDate to;
    QString evidence; // the reasons, strongest first, and any conflict ("NATO Summit, Vilnius, …")

    bool isNull() const { return !from.isValid() && !to.isValid(); }
    bool isBounded() const { return from.isValid() && to.isValid(); }
    bool isDay() const { return isBounded() && from == to; }
    // Bounded and at most NarrowDays days: precise enough to place the statement in time.
    bool isNarrow() const { return isBounded() && from.daysTo(to) < NarrowDays; }
    // The day a point axis shows: the day itself, else the window's last day (the latest the
    // statement can have been said, which is the article's date when nothing closer is known);
    // null when the window is too wide to place.
    QDate day() const { return isNarrow() ? to : QDate(); }

    // "25 Oct 2023", "5–6 Nov 2025", "30 Sep – 2 Oct 2025", "Jul 2024?" (a month's worth of days),
    // "after 1 Oct 2024", "before 20 Jan 2025"; empty when null.
    QString label() const;

    friend bool operator==(const SaidWindow& a, const SaidWindow& b)
    {
        return a.from == b.from && a.to == b.to && a.evidence == b.evidence;
    }
    friend bool operator!=(const SaidWindow& a, const SaidWindow& b) { return !(a == b); }
};

} // namespace ql
