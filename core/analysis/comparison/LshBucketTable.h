#pragma once

#include <cstdint>
#include <vector>

namespace ql {

// Open-addressing map from a 32-bit band key to the first slot of that bucket's chain.
// Chains themselves live in the index (one `next` link per slot and band), so a bucket costs
// eight bytes here, whatever its size.
class LshBucketTable
{
public:
    static constexpr std::uint32_t Nil = 0xFFFFFFFEu; // end of a chain / empty bucket

    std::uint32_t head(std::uint32_t key) const;
    void setHead(std::uint32_t key, std::uint32_t slot);
    void reserve(std::size_t buckets);
    std::size_t memoryBytes() const;

private:
    static constexpr std::uint32_t Unused = 0xFFFFFFFFu; // a table cell never holding a key
    std::size_t find(std::uint32_t key) const; // cell of `key`, or the unused cell it would take
    void grow(std::size_t minCapacity);

    std::vector<std::uint32_t> m_keys;
    std::vector<std::uint32_t> m_heads;
    std::size_t m_used = 0; // cells holding a key, including emptied buckets
};

} // namespace ql
