#pragma once

#include "views/import/ImportSources.h"

#include <QFrame>

class QLabel;

namespace ql {

// A framed area that accepts dropped files, folders, HTML and text and hands them on as
// ImportSources.
class DropZone : public QFrame
{
    Q_OBJECT
public:
    explicit DropZone(QWidget* parent = nullptr);

signals:
    void sourcesDropped(const ql::ImportSources& sources);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setHighlighted(bool on);

    QLabel* m_label = nullptr;
};

} // namespace ql
