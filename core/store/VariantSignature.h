#pragma once

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace ql {

// What the variant-family index keeps of one statement, as the store persists it (schema 8,
// statement_variants): the text fingerprint manual merges and splits are keyed by, the weighted
// token set candidates are verified with, and the LSH band keys (0 for a band not indexed).
// Restoring an index from these needs no normalising and no hashing.
struct VariantSignature
{
    qint64 statementId = 0;
    quint64 textKey = 0;
    std::vector<std::uint32_t> tokens;
    std::vector<std::uint32_t> bandKeys;
};

} // namespace ql
