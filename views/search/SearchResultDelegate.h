#pragma once

#include <QStyledItemDelegate>

class QTextLayout;

namespace ql {

// Paints a search hit as a card: a bold heading (speaker · article) over the snippet, wrapped to
// the list's width, with the matched words marked as Compare marks differences. Sizes follow the
// wrapped text, so a 1280 px window shows whole snippets instead of one cut line.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SearchResultDelegate(QObject* parent = nullptr);

    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static constexpr int MaxSnippetLines = 4;

private:
    // Lays out the snippet for `width`; returns its height (at most MaxSnippetLines lines).
    qreal layoutSnippet(
        QTextLayout& layout, const QStyleOptionViewItem& option, const QModelIndex& index, qreal width) const;
};

} // namespace ql
