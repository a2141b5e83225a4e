#pragma once

#include <QDate>
#include <QString>

namespace ql {

struct ExportRecord;

// Which statements an export keeps. Empty fields do not filter. A statement is inside [from, to]
// when its window overlaps it; an undated statement is left out as soon as a date bound is set,
// because nothing says it falls in the period.
struct ExportFilter
{
    QString tag; // case-insensitive, exact
    QString speaker; // case-insensitive, exact
    QDate from;
    QDate to;

    bool accepts(const ExportRecord& record) const;
    bool hasDateBound() const { return from.isValid() || to.isValid(); }
};

} // namespace ql
