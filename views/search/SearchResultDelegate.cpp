#include "views/search/SearchResultDelegate.h"

#include "models/search/SearchResultModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPoint>
#include <QTextLayout>
#include <QVector>

#include <algorithm>
#include <cmath>

namespace ql {

namespace {

constexpr int kMargin = 6;
constexpr int kGap = 2;

QFont headingFont(const QFont& base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

} // namespace

SearchResultDelegate::SearchResultDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

qreal SearchResultDelegate::layoutSnippet(
    QTextLayout& layout, const QStyleOptionViewItem& option, const QModelIndex& index, qreal width) const
{
    layout.setText(index.data(SearchResultModel::SnippetRole).toString());
    layout.setFont(option.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);
    // Highlight: a soft yellow under the word and bold, readable in light and dark palettes.
    QVector<QTextLayout::FormatRange> formats; // Qt 5 takes a QVector here
    const QColor mark = QColor(255, 214, 64, 150);
    for (const QVariant& v : index.data(SearchResultModel::HighlightsRole).toList()) {
        const QPoint span = v.toPoint();
        QTextLayout::FormatRange range;
        range.start = span.x();
        range.length = span.y();
        range.format.setBackground(mark);
        range.format.setFontWeight(QFont::Bold);
        formats.append(range);
    }
    layout.setFormats(formats);
    layout.beginLayout();
    qreal height = 0;
    const qreal leading = QFontMetricsF(option.font).leading();
    for (int n = 0; n < MaxSnippetLines; ++n) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        height += leading;
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

void SearchResultDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor
        = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);

    painter->save();
    painter->setClipRect(option.rect);
    const QFont heading = headingFont(option.font);
    const QFontMetrics hm(heading);
    painter->setFont(heading);
    painter->setPen(textColor);
    const QString headingText
        = hm.elidedText(index.data(SearchResultModel::HeadingRole).toString(), Qt::ElideRight, area.width());
    painter->drawText(QRect(area.left(), area.top(), area.width(), hm.height()),
        Qt::AlignLeft | Qt::AlignVCenter, headingText);

    QTextLayout layout;
    layoutSnippet(layout, option, index, area.width());
    painter->setPen(textColor);
    layout.draw(painter, QPointF(area.left(), area.top() + hm.height() + kGap));
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    int width = option.rect.width();
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        width = view->viewport()->width();
    width = std::max(width, 200);
    QTextLayout layout;
    const qreal snippet = layoutSnippet(layout, option, index, width - 2 * kMargin);
    const int height
        = QFontMetrics(headingFont(option.font)).height() + kGap + int(std::ceil(snippet)) + 2 * kMargin;
    return QSize(width, height);
}

} // namespace ql
