#pragma once

#include <cstdint>
#include <vector>

namespace ql {

// Union-find by size (no path compression, so lookups stay const and depth stays O(log n)),
// with each set's members chained in a circular list so a family can be listed in O(size).
class DisjointSets
{
public:
    std::uint32_t add();
    // Makes `x` a singleton again. Reset every member of a set together, or the set breaks.
    void reset(std::uint32_t x);
    std::uint32_t find(std::uint32_t x) const;
    // Returns the root of the united set.
    std::uint32_t unite(std::uint32_t a, std::uint32_t b);
    std::uint32_t setSize(std::uint32_t x) const { return m_size[find(x)]; }
    std::vector<std::uint32_t> members(std::uint32_t x) const;
    std::size_t size() const { return m_parent.size(); }
    void reserve(std::size_t n);
    void clear();

private:
    std::vector<std::uint32_t> m_parent;
    std::vector<std::uint32_t> m_size;
    std::vector<std::uint32_t> m_next; // circular member list
};

} // namespace ql
