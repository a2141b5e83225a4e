#include "models/commands/SetSpeakerCommand.h"

#include "core/store/Store.h"

namespace ql {

SetSpeakerCommand::SetSpeakerCommand(Store* store, qint64 statementId, const QString& speaker, qint64 version)
    : StoreCommand(
        store, QObject::tr("Set speaker to %1").arg(speaker.isEmpty() ? QObject::tr("unknown") : speaker))
    , m_statementId(statementId)
    , m_new(speaker)
{
    if (const auto row = store->statementRow(statementId)) {
        m_old = row->statement.speaker;
        m_oldSpeakerId = row->statement.speakerId;
        m_version = version > 0 ? version : row->rowVersion;
    }
}

StoreError SetSpeakerCommand::apply()
{
    return m_store->setStatementSpeaker(m_statementId, m_new, 0, &m_version);
}

StoreError SetSpeakerCommand::revert()
{
    return m_store->setStatementSpeaker(m_statementId, m_old, m_oldSpeakerId, &m_version);
}

} // namespace ql
