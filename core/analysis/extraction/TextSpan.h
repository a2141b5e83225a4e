#pragma once

#include <QList>

#include <algorithm>
#include <iterator>

namespace ql {

// A half-open range [start, end) of UTF-16 code units in an article's text.
struct TextSpan
{
    int start = 0;
    int end = 0;

    bool contains(int pos) const { return pos >= start && pos < end; }
    int length() const { return end - start; }
};

// True when `pos` lies in one of `spans` (sorted by start, not overlapping). O(log n).
inline bool spansContain(const QList<TextSpan>& spans, int pos)
{
    const auto it = std::upper_bound(
        spans.cbegin(), spans.cend(), pos, [](int p, const TextSpan& s) { return p < s.start; });
    return it != spans.cbegin() && std::prev(it)->contains(pos);
}

} // namespace ql
