#include "views/import/DropZone.h"

#include "views/import/DropTarget.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace ql {

DropZone::DropZone(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("dropZone"));
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);
    setMinimumHeight(90);
    m_label->setText(tr("Drop files, folders, a link or a web page selection here"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    setHighlighted(false);
}

void DropZone::setHighlighted(bool on)
{
    // The palette, not a style sheet, so the platform style keeps drawing the frame.
    QPalette p = palette();
    p.setColor(QPalette::Window, on ? p.color(QPalette::Highlight).lighter(170) : p.color(QPalette::Base));
    setPalette(p);
    setAutoFillBackground(true);
}

void DropZone::dragEnterEvent(QDragEnterEvent* event)
{
    if (!DropTarget::canAccept(event->mimeData()))
        return;
    event->acceptProposedAction();
    setHighlighted(true);
}

void DropZone::dragMoveEvent(QDragMoveEvent* event)
{
    if (DropTarget::canAccept(event->mimeData()))
        event->acceptProposedAction();
}

void DropZone::dragLeaveEvent(QDragLeaveEvent* event)
{
    setHighlighted(false);
    QFrame::dragLeaveEvent(event);
}

void DropZone::dropEvent(QDropEvent* event)
{
    setHighlighted(false);
    const ImportSources sources = DropTarget::fromMimeData(event->mimeData());
    if (sources.isEmpty())
        return;
    event->acceptProposedAction();
    emit sourcesDropped(sources);
}

} // namespace ql
