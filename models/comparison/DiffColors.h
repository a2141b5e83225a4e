#pragma once

#include <QColor>

namespace ql {

// Colours of word-diff marks: pale backgrounds under dark text on light themes, deep backgrounds
// under light text on dark ones.
struct DiffColors
{
    QColor inserted;
    QColor deleted;
    QColor changed;
    QColor moved;
    // Marked words carry their own text colour so they stay readable on a selected row's highlight.
    QColor text;

    static DiffColors forTheme(bool dark);
};

} // namespace ql
