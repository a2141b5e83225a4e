#include "models/commands/MergeTagsCommand.h"

#include "core/store/Store.h"

namespace ql {

MergeTagsCommand::MergeTagsCommand(Store* store, qint64 fromId, qint64 intoId)
    : StoreCommand(store, QObject::tr("Merge tags"))
    , m_fromId(fromId)
    , m_intoId(intoId)
{ }

StoreError MergeTagsCommand::apply()
{
    StoreError error;
    if (const auto merge = m_store->mergeTags(m_fromId, m_intoId, &error))
        m_merge = *merge;
    return error;
}

StoreError MergeTagsCommand::revert()
{
    return m_store->unmergeTags(m_merge);
}

} // namespace ql
