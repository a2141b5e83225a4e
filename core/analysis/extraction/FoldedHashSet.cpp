#include "core/analysis/extraction/FoldedHashSet.h"

namespace ql {

void FoldedHashSet::reserve(qsizetype count)
{
    size_t slots = 16;
    while (qsizetype(slots) < count * 2)
        slots *= 2;
    if (slots > m_slots.size())
        rehash(slots);
}

void FoldedHashSet::grow()
{
    rehash(m_slots.empty() ? 16 : m_slots.size() * 2);
}

void FoldedHashSet::rehash(size_t slots)
{
    std::vector<quint64> old;
    old.swap(m_slots);
    m_slots.assign(slots, 0);
    m_mask = slots - 1;
    for (const quint64 hash : old) {
        if (hash == 0)
            continue;
        size_t i = slotOf(hash);
        while (m_slots[i] != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = hash;
    }
}

} // namespace ql
