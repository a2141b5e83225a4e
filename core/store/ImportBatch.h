#pragma once

#include "core/store/StoreError.h"

namespace ql {

class Store;

// Groups many Store::importArticle() calls into one transaction: a bulk import then pays for one
// commit (and one full-text index flush) per batch instead of per article. Each article still
// lands whole or not at all, through a savepoint of its own. Listeners hear of the articles only
// once commit() succeeded; a batch destroyed without commit() stores none of them.
class ImportBatch
{
public:
    explicit ImportBatch(Store& store);
    ~ImportBatch();
    ImportBatch(const ImportBatch&) = delete;
    ImportBatch& operator=(const ImportBatch&) = delete;

    // Why the batch could not begin, if it could not. The imports then stand on their own (or on
    // the batch already open), and commit() has nothing to do.
    StoreError startError() const { return m_startError; }
    StoreError commit();

private:
    Store& m_store;
    StoreError m_startError;
    bool m_open = false;
};

} // namespace ql
