#pragma once

#include "views/import/ImportSources.h"

class QMimeData;

namespace ql {

// Decides what of a drag-and-drop or clipboard payload the import wizard can use. The main
// window asks canAccept() in dragEnterEvent and opens the wizard with fromMimeData() on drop.
class DropTarget
{
public:
    static bool canAccept(const QMimeData* mime);
    // Local files and folders come from the URLs. A dragged or pasted link (web addresses with
    // nothing to read beside them but the link's title) gives the pages to fetch; HTML and plain
    // text, such as a selection dragged from a page, become one payload, read without fetching.
    static ImportSources fromMimeData(const QMimeData* mime);
};

} // namespace ql
