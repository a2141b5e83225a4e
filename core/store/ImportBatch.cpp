#include "ImportBatch.h"

#include "Store.h"

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
    if (!m_open)
        return m_startError.isError()
            ? m_startError
            : StoreError::make(StoreError::Code::InvalidInput, QStringLiteral("the import batch is closed"));
    m_open = false;
    return m_store.endImportBatch(true);
}

} // namespace ql
