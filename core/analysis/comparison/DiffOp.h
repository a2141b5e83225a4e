#pragma once

namespace ql {

enum class DiffOpKind { Equal, Insert, Delete, Replace };

// One run of a word diff from a left text to a right text. Token ranges index the
// normalised token lists, [first, last); spans are UTF-16 offsets in the original texts,
// [start, end), or -1 when the op has no tokens on that side (the range still says where).
struct DiffOp
{
    DiffOpKind kind = DiffOpKind::Equal;
    int leftFirst = 0;
    int leftLast = 0;
    int rightFirst = 0;
    int rightLast = 0;
    int leftStart = -1;
    int leftEnd = -1;
    int rightStart = -1;
    int rightEnd = -1;
    // A deleted run whose words are inserted elsewhere (a reordering), or that insertion.
    bool moved = false;
};

} // namespace ql
