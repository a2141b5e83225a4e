#pragma once

#include "core/analysis/comparison/DiffOp.h"
#include "models/comparison/DiffColors.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace ql {

// Renders word diffs as Qt rich text: marked runs are spans with a background colour (Qt's rich
// text knows no <ins>/<del>), everything else is the escaped original text, so punctuation and
// spelling stay as the author wrote them.
class DiffHtml
{
public:
    // `text` with the words it adds to `reference` marked as inserted (changed for replacements,
    // moved for reorderings) and the reference's words it lacks shown struck through at their place.
    static QString marked(
        const QList<DiffOp>& ops, QStringView reference, QStringView text, const DiffColors& colors);
    // One side of a side-by-side diff: the left text with its deleted/replaced words marked, or the
    // right text with its inserted/replaced words marked.
    static QString leftSide(const QList<DiffOp>& ops, QStringView left, const DiffColors& colors);
    static QString rightSide(const QList<DiffOp>& ops, QStringView right, const DiffColors& colors);

    static QString span(
        QStringView text, const QColor& background, const QColor& foreground, bool struck = false);
    static QString escape(QStringView text);
};

} // namespace ql
