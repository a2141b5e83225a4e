#include "views/comparison/DiffView.h"

#include "core/analysis/comparison/WordDiff.h"
#include "models/comparison/DiffHtml.h"
#include "views/charts/ColorPalette.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QTextBrowser>

#include <cmath>

namespace ql {

namespace {
QTextBrowser* makeTextView(QWidget* parent)
{
    auto* view = new QTextBrowser(parent);
    view->setReadOnly(true);
    view->setOpenLinks(false);
    view->setMinimumHeight(60);
    return view;
}
} // namespace

DiffView::DiffView(QWidget* parent)
    : QWidget(parent)
    , m_leftCaption(new QLabel(this))
    , m_rightCaption(new QLabel(this))
    , m_leftView(makeTextView(this))
    , m_rightView(makeTextView(this))
    , m_summary(new QLabel(this))
{
    m_leftView->setObjectName(QStringLiteral("diffLeft"));
    m_rightView->setObjectName(QStringLiteral("diffRight"));
    m_leftCaption->setWordWrap(true);
    m_rightCaption->setWordWrap(true);
    m_summary->setWordWrap(true);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_leftCaption, 0, 0);
    layout->addWidget(m_rightCaption, 0, 1);
    layout->addWidget(m_leftView, 1, 0);
    layout->addWidget(m_rightView, 1, 1);
    layout->addWidget(m_summary, 2, 0, 1, 2);
    layout->setRowStretch(1, 1);
    clear();
}

void DiffView::setTexts(
    const QString& leftCaption, const QString& left, const QString& rightCaption, const QString& right)
{
    m_leftCaption->setText(leftCaption);
    m_rightCaption->setText(rightCaption);
    m_left = left;
    m_right = right;
    m_ops = WordDiff().compare(m_left, m_right);
    render();
}

void DiffView::clear(const QString& hint)
{
    m_left.clear();
    m_right.clear();
    m_ops.clear();
    m_leftCaption->clear();
    m_rightCaption->clear();
    m_leftHtml.clear();
    m_rightHtml.clear();
    m_leftView->clear();
    m_rightView->clear();
    m_summary->setText(hint.isEmpty() ? tr("Select two variants to compare them word by word.") : hint);
}

QString DiffView::summary() const
{
    return m_summary->text();
}

void DiffView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && !m_ops.isEmpty())
        render();
    QWidget::changeEvent(event);
}

void DiffView::render()
{
    const DiffColors colors = DiffColors::forTheme(ColorPalette::isDark(palette()));
    m_leftHtml = DiffHtml::leftSide(m_ops, m_left, colors);
    m_rightHtml = DiffHtml::rightSide(m_ops, m_right, colors);
    m_leftView->setHtml(m_leftHtml);
    m_rightView->setHtml(m_rightHtml);
    int inserted = 0;
    int deleted = 0;
    int changed = 0;
    for (const DiffOp& op : std::as_const(m_ops)) {
        switch (op.kind) {
        case DiffOpKind::Insert:
            inserted += op.rightLast - op.rightFirst;
            break;
        case DiffOpKind::Delete:
            deleted += op.leftLast - op.leftFirst;
            break;
        case DiffOpKind::Replace:
            changed += op.rightLast - op.rightFirst;
            break;
        case DiffOpKind::Equal:
            break;
        }
    }
    const long same = std::lround(WordDiff::equalShare(m_ops) * 100.0);
    const QString legend = tr("%1 % of words shared · %2 %3 · %4 %5 · %6 %7")
                               .arg(same)
                               .arg(DiffHtml::span(tr("dropped"), colors.deleted, colors.text))
                               .arg(deleted)
                               .arg(DiffHtml::span(tr("added"), colors.inserted, colors.text))
                               .arg(inserted)
                               .arg(DiffHtml::span(tr("changed"), colors.changed, colors.text))
                               .arg(changed);
    m_summary->setText(legend);
}

} // namespace ql
