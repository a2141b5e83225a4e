#pragma once

#include "core/analysis/comparison/DiffOp.h"
#include "core/analysis/comparison/NormalizedToken.h"

#include <QList>
#include <QStringView>

namespace ql {

// Word-level diff on normalised tokens (Myers' O(ND) algorithm): spelling, case, punctuation
// and quote marks never count as changes. Adjacent deletions and insertions become Replace;
// a reordered phrase shows as a Delete and an Insert, both flagged `moved`. Thread-safe.
class WordDiff
{
public:
    QList<DiffOp> compare(QStringView left, QStringView right) const;
    QList<DiffOp> compare(const QList<NormalizedToken>& left, const QList<NormalizedToken>& right) const;

    // Plain-text rendering for the command line: equal words as in the right text,
    // "[-deleted-]", "{+inserted+}", "[-old-]{+new+}" for replacements.
    static QString toInlineText(const QList<DiffOp>& ops, QStringView leftText, QStringView rightText);
    // Share of left and right tokens inside Equal ops: 2 * equal / (left + right), 1 for two empty texts.
    static double equalShare(const QList<DiffOp>& ops);
};

} // namespace ql
