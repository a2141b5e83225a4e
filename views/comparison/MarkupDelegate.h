#pragma once

#include <QStyledItemDelegate>

class QTableView;

namespace ql {

// Paints one column's rich text (from a given role) wrapped to the column width, so marked diffs
// show in the table. Other columns are painted as usual.
class MarkupDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    MarkupDelegate(QTableView* view, int column, int htmlRole);

    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QTableView* m_view;
    int m_column;
    int m_htmlRole;
};

} // namespace ql
