#pragma once

class QTableView;

namespace ql {

// Widths for the statements table (StatementTableModel's columns) that keep its short columns whole:
// a window like "30 Dec 2024 – 2 Jan 2025" or "Jul 2024?" never shrinks to "…" while the statement
// text takes the rest. Worked out from the font, not from the rows: measuring every row of a large
// store would cost a query per row.
class StatementColumnSizer
{
public:
    static void apply(QTableView* view);
    // The width the date column needs for the widest label a window can have.
    static int dateColumnWidth(const QTableView* view);
};

} // namespace ql
