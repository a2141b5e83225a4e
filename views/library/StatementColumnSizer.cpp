#include "views/library/StatementColumnSizer.h"

#include "core/domain/SaidWindow.h"
#include "core/domain/StatementKind.h"
#include "models/library/StatementTableModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace ql {

namespace {

// Room the style adds around a cell's text (focus frame margins both sides), plus a little air.
int cellPadding(const QTableView* view)
{
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return 2 * margin + 8;
}

// The header needs room for its title and the sort arrow.
int headerWidth(const QTableView* view, int column)
{
    const QHeaderView* header = view->horizontalHeader();
    const QString title
        = view->model() ? view->model()->headerData(column, Qt::Horizontal).toString() : QString();
    const int arrow = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    return header->fontMetrics().horizontalAdvance(title) + arrow + 4 * margin;
}

} // namespace

int StatementColumnSizer::dateColumnWidth(const QTableView* view)
{
    // The longest shapes SaidWindow::label() gives: across a year, across months, open-ended, rough.
    const QList<SaidWindow> samples {
        { QDate(2024, 12, 30), QDate(2025, 1, 2), {} },
        { QDate(2025, 9, 30), QDate(2025, 10, 2), {} },
        { QDate(2025, 9, 28), QDate(2025, 9, 30), {} },
        { QDate(2024, 9, 28), {}, {} },
        { {}, QDate(2025, 9, 27), {} },
        { QDate(2024, 9, 28), QDate(2024, 10, 20), {} },
        { QDate(2024, 9, 1), QDate(2024, 9, 25), {} },
        { QDate(2024, 9, 28), QDate(2024, 9, 28), {} },
    };
    const QFontMetrics metrics = view->fontMetrics();
    int widest = metrics.horizontalAdvance(StatementTableModel::tr("no date"));
    for (const SaidWindow& w : samples)
        widest = std::max(widest, metrics.horizontalAdvance(w.label()));
    widest = std::max(widest, metrics.horizontalAdvance(QDate(2024, 9, 28).toString(Qt::ISODate)));
    return std::max(widest + cellPadding(view), headerWidth(view, StatementTableModel::DateColumn));
}

void StatementColumnSizer::apply(QTableView* view)
{
    QHeaderView* header = view->horizontalHeader();
    const QFontMetrics metrics = view->fontMetrics();
    int kind = 0;
    for (const StatementKind k :
        { StatementKind::Quote, StatementKind::Transcript, StatementKind::Paraphrase })
        kind = std::max(kind, metrics.horizontalAdvance(statementKindName(k)));
    header->setSectionResizeMode(StatementTableModel::TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(StatementTableModel::DateColumn, QHeaderView::Interactive);
    header->resizeSection(StatementTableModel::DateColumn, dateColumnWidth(view));
    header->resizeSection(StatementTableModel::KindColumn,
        std::max(kind + cellPadding(view), headerWidth(view, StatementTableModel::KindColumn)));
    // Tags and notes are mostly empty and shown whole in the tooltip: their titles' width, so the
    // statement text keeps its room in a narrow pane (beside the search results dock).
    for (const int column : { int(StatementTableModel::TagsColumn), int(StatementTableModel::NoteColumn) }) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(
            column, std::max(metrics.averageCharWidth() * 6 + cellPadding(view), headerWidth(view, column)));
    }
    // Room for a first and last name; the statement text takes what is left.
    header->resizeSection(StatementTableModel::SpeakerColumn,
        std::max(metrics.averageCharWidth() * 16 + cellPadding(view),
            headerWidth(view, StatementTableModel::SpeakerColumn)));
}

} // namespace ql
