#include "models/commands/MergeSpeakersCommand.h"

#include "core/store/Store.h"

namespace ql {

MergeSpeakersCommand::MergeSpeakersCommand(Store* store, qint64 fromId, qint64 intoId)
    : StoreCommand(store, QObject::tr("Merge speakers"))
    , m_fromId(fromId)
    , m_intoId(intoId)
{ }

StoreError MergeSpeakersCommand::apply()
{
    StoreError error;
    if (const auto merge = m_store->mergeSpeakers(m_fromId, m_intoId, &error))
        m_merge = *merge;
    return error;
}

StoreError MergeSpeakersCommand::revert()
{
    return m_store->unmergeSpeakers(m_merge);
}

} // namespace ql
