#pragma once

#include <QString>

namespace ql {

// One comparison token. Several tokens may share a span: "can't" yields "can" and "not".
struct NormalizedToken
{
    QString text; // NFKC, case-folded, spelling-folded form used for comparison
    int start = -1; // UTF-16 offsets of the source word in the original text, [start, end)
    int end = -1;
    bool stopWord = false;
};

} // namespace ql
