#include "models/commands/RenameSpeakerCommand.h"

#include "core/store/Store.h"

namespace ql {

RenameSpeakerCommand::RenameSpeakerCommand(Store* store, qint64 speakerId, const QString& name)
    : StoreCommand(store, QObject::tr("Rename speaker"))
    , m_speakerId(speakerId)
    , m_name(name.simplified())
{
    if (const auto record = store->speakerRecord(speakerId))
        m_before = *record;
}

StoreError RenameSpeakerCommand::apply()
{
    return m_store->renameSpeaker(m_speakerId, m_name);
}

StoreError RenameSpeakerCommand::revert()
{
    return m_store->restoreSpeaker(m_before);
}

} // namespace ql
