#pragma once

#include "core/analysis/comparison/VariantFamilies.h"
#include "core/store/StatementRow.h"
#include "core/store/StoreError.h"

#include <optional>

namespace ql {

class Store;

// Keeps the variant families of a store's statements: restored from the store, brought up to
// date incrementally after imports and edits, and saved back. Manual merges and splits are
// saved at once. Belongs to the store's thread.
// Nothing is normalised or hashed to restore: the store keeps each statement's variant signature
// (schema 8, written with the statement), and similar() is a look-up by band in the store, which
// needs no load() at all.
class FamilyIndex
{
public:
    explicit FamilyIndex(Store& store);

    // Restores the saved grouping and adds whatever statement it does not know yet.
    StoreError load();
    // Adds statements the index lacks, drops deleted ones, re-hashes edited texts; saves if anything
    // changed. Reads the store's statement ids, not their texts.
    StoreError sync();
    StoreError rebuild();

    // Manual decisions, persisted immediately; each returns the affected family id (0 on failure)
    // and records what it changed in *edit, for the undo step that keeps it.
    qint64 merge(
        qint64 targetFamily, qint64 otherFamily, FamilyEdit* edit = nullptr, StoreError* error = nullptr);
    qint64 split(qint64 statementId, FamilyEdit* edit = nullptr, StoreError* error = nullptr);
    // Takes a recorded merge/split back or does it again, and saves (an empty edit changes nothing).
    StoreError revert(const FamilyEdit& edit);
    StoreError reapply(const FamilyEdit& edit);

    const VariantFamilies& families() const { return m_families; }
    qint64 familyOf(qint64 statementId) const { return m_families.familyOf(statementId); }
    // The family's statements in time order (undated last).
    QList<StatementRow> members(qint64 familyId) const;
    // Stored statements most similar to `text`, best first, with their rows: a look-up of the
    // text's bands in the store (works without load()).
    QList<QPair<double, StatementRow>> similar(const QString& text, int limit) const;
    // How many statements the last load() or sync() hashed (zero when the store had every key).
    int lastHashed() const { return m_lastHashed; }

private:
    StoreError save();

    Store& m_store;
    VariantFamilies m_families;
    std::optional<FamilyState> m_saved; // what the store holds, so save() writes only changes
    int m_lastHashed = 0;
};

} // namespace ql
