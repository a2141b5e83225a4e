#include "core/analysis/comparison/LshBucketTable.h"

namespace ql {

namespace {
std::size_t spread(std::uint32_t key)
{
    return std::size_t((key * 0x9E3779B1u) ^ (key >> 16));
}
} // namespace

std::size_t LshBucketTable::find(std::uint32_t key) const
{
    const std::size_t mask = m_keys.size() - 1;
    std::size_t cell = spread(key) & mask;
    while (m_heads[cell] != Unused && m_keys[cell] != key)
        cell = (cell + 1) & mask;
    return cell;
}

std::uint32_t LshBucketTable::head(std::uint32_t key) const
{
    if (m_keys.empty())
        return Nil;
    const std::size_t cell = find(key);
    return m_heads[cell] == Unused ? Nil : m_heads[cell];
}

void LshBucketTable::setHead(std::uint32_t key, std::uint32_t slot)
{
    if ((m_used + 1) * 10 > m_keys.size() * 7)
        grow(m_keys.size() * 2);
    const std::size_t cell = find(key);
    if (m_heads[cell] == Unused) {
        if (slot == Nil)
            return;
        m_keys[cell] = key;
        ++m_used;
    }
    // An emptied bucket keeps its cell (head Nil) so probe sequences through it stay intact;
    // growing drops such cells.
    m_heads[cell] = slot;
}

void LshBucketTable::reserve(std::size_t buckets)
{
    const std::size_t wanted = buckets * 10 / 7 + 1;
    if (wanted > m_keys.size())
        grow(wanted);
}

void LshBucketTable::grow(std::size_t minCapacity)
{
    std::size_t capacity = 16;
    while (capacity < minCapacity)
        capacity *= 2;
    std::vector<std::uint32_t> oldKeys(capacity, 0);
    std::vector<std::uint32_t> oldHeads(capacity, Unused);
    oldKeys.swap(m_keys);
    oldHeads.swap(m_heads);
    m_used = 0;
    for (std::size_t i = 0; i < oldKeys.size(); ++i) {
        if (oldHeads[i] == Unused || oldHeads[i] == Nil)
            continue;
        const std::size_t cell = find(oldKeys[i]);
        m_keys[cell] = oldKeys[i];
        m_heads[cell] = oldHeads[i];
        ++m_used;
    }
}

std::size_t LshBucketTable::memoryBytes() const
{
    return (m_keys.capacity() + m_heads.capacity()) * sizeof(std::uint32_t);
}

} // namespace ql
