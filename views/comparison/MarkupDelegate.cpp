#include "views/comparison/MarkupDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTableView>
#include <QTextDocument>

namespace ql {

namespace {
constexpr int Margin = 4;

void prepare(QTextDocument& doc, const QStyleOptionViewItem& option, const QString& html, int width)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(Margin);
    doc.setHtml(html);
    doc.setTextWidth(qMax(width, 40));
}
} // namespace

MarkupDelegate::MarkupDelegate(QTableView* view, int column, int htmlRole)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_column(column)
    , m_htmlRole(htmlRole)
{ }

void MarkupDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() != m_column) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and selection come from the style, the text from the document
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    prepare(doc, opt, index.data(m_htmlRole).toString(), opt.rect.width());
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette = opt.palette;
    context.palette.setColor(
        QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(opt.rect.translated(-opt.rect.topLeft()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize MarkupDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() != m_column)
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument doc;
    prepare(doc, opt, index.data(m_htmlRole).toString(), m_view->columnWidth(m_column));
    return QSize(int(doc.idealWidth()), int(doc.size().height()));
}

} // namespace ql
