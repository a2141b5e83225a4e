#include "core/store/ImportBatch.h"

#include "core/store/Store.h"

namespace ql {

ImportBatch::ImportBatch(Store& store)
    : m_store(store)
    , m_startError(store.beginImportBatch())
    , m_open(!m_startError.isError())
{ }

ImportBatch::~ImportBatch()
{
    if (m_open)
        m_store.endImportBatch(false);
}

StoreError ImportBatch::commit()
{
    // A batch that could not start (one was open already) left each write to stand on its own,
    // or to the outer batch: there is nothing of its own to commit.
    if (m_startError.isError())
        return {};
    if (!m_open)
        return StoreError::make(StoreError::Code::InvalidInput, QStringLiteral("the import batch is closed"));
    m_open = false;
    return m_store.endImportBatch(true);
}

} // namespace ql
