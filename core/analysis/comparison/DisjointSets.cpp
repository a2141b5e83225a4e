#include "core/analysis/comparison/DisjointSets.h"

#include <utility>

namespace ql {

std::uint32_t DisjointSets::add()
{
    const auto x = std::uint32_t(m_parent.size());
    m_parent.push_back(x);
    m_size.push_back(1);
    m_next.push_back(x);
    return x;
}

void DisjointSets::reset(std::uint32_t x)
{
    m_parent[x] = x;
    m_size[x] = 1;
    m_next[x] = x;
}

std::uint32_t DisjointSets::find(std::uint32_t x) const
{
    while (m_parent[x] != x)
        x = m_parent[x];
    return x;
}

std::uint32_t DisjointSets::unite(std::uint32_t a, std::uint32_t b)
{
    std::uint32_t ra = find(a);
    std::uint32_t rb = find(b);
    if (ra == rb)
        return ra;
    if (m_size[ra] < m_size[rb])
        std::swap(ra, rb);
    m_parent[rb] = ra;
    m_size[ra] += m_size[rb];
    std::swap(m_next[ra], m_next[rb]); // splices the two circular lists
    return ra;
}

std::vector<std::uint32_t> DisjointSets::members(std::uint32_t x) const
{
    std::vector<std::uint32_t> out;
    const std::uint32_t root = find(x);
    out.reserve(m_size[root]);
    std::uint32_t current = root;
    do {
        out.push_back(current);
        current = m_next[current];
    } while (current != root);
    return out;
}

void DisjointSets::reserve(std::size_t n)
{
    m_parent.reserve(n);
    m_size.reserve(n);
    m_next.reserve(n);
}

void DisjointSets::clear()
{
    m_parent.clear();
    m_size.clear();
    m_next.clear();
}

} // namespace ql
