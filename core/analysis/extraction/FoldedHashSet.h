#pragma once

#include <QtGlobal>

#include <vector>

namespace ql {

// A set of 64-bit word hashes, open addressing in one array: ArticleLexicon adds one for nearly every
// word of every article, where QSet's buckets and rehashing cost more than hashing the words did.
class FoldedHashSet
{
public:
    // Room for `count` hashes without growing.
    void reserve(qsizetype count);

    void insert(quint64 hash)
    {
        if (hash == 0) {
            m_size += m_hasZero ? 0 : 1;
            m_hasZero = true;
            return;
        }
        if ((m_used + 1) * 2 > qsizetype(m_slots.size()))
            grow();
        size_t i = slotOf(hash);
        while (m_slots[i] != 0) {
            if (m_slots[i] == hash)
                return;
            i = (i + 1) & m_mask;
        }
        m_slots[i] = hash;
        ++m_used;
        ++m_size;
    }

    bool contains(quint64 hash) const
    {
        if (hash == 0)
            return m_hasZero;
        if (m_slots.empty())
            return false;
        for (size_t i = slotOf(hash); m_slots[i] != 0; i = (i + 1) & m_mask) {
            if (m_slots[i] == hash)
                return true;
        }
        return false;
    }

    // How many different hashes the set holds.
    qsizetype size() const { return m_size; }

private:
    size_t slotOf(quint64 hash) const { return size_t(hash ^ (hash >> 29)) & m_mask; }
    void grow();
    void rehash(size_t slots);

    std::vector<quint64> m_slots; // 0 marks an empty slot; the hash 0 is kept in m_hasZero
    size_t m_mask = 0;
    qsizetype m_used = 0; // occupied slots
    qsizetype m_size = 0;
    bool m_hasZero = false;
};

} // namespace ql
