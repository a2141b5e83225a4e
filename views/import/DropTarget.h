#pragma once

#include "ImportSources.h"

class QMimeData;

namespace ql {

// Decides what of a drag-and-drop or clipboard payload the import wizard can use. The main
// window asks canAccept() in dragEnterEvent and opens the wizard with fromMimeData() on drop.
class DropTarget
{
public:
    static bool canAccept(const QMimeData* mime);
    // Local files and folders come from the URLs; HTML and plain text (with remote URLs, which
    // are reported rather than fetched) become one payload.
    static ImportSources fromMimeData(const QMimeData* mime);
};

} // namespace ql
