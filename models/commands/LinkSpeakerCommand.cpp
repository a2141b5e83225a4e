#include "models/commands/LinkSpeakerCommand.h"

#include "core/store/Store.h"

namespace ql {

LinkSpeakerCommand::LinkSpeakerCommand(Store* store, qint64 speakerId, const QString& holder)
    : StoreCommand(store, QObject::tr("Link speaker to office holder"))
    , m_speakerId(speakerId)
    , m_holder(holder.simplified())
{
    if (const auto record = store->speakerRecord(speakerId))
        m_oldHolder = record->holder;
}

StoreError LinkSpeakerCommand::apply()
{
    return m_store->setSpeakerHolder(m_speakerId, m_holder);
}

StoreError LinkSpeakerCommand::revert()
{
    return m_store->setSpeakerHolder(m_speakerId, m_oldHolder);
}

} // namespace ql
