#include "SetSpeakerCommand.h"

#include "store/Store.h"

namespace ql {

SetSpeakerCommand::SetSpeakerCommand(Store* store, qint64 statementId, const QString& speaker)
    : StoreCommand(
        store, QObject::tr("Set speaker to %1").arg(speaker.isEmpty() ? QObject::tr("unknown") : speaker))
    , m_statementId(statementId)
    , m_new(speaker)
{
    if (const auto row = store->statementRow(statementId)) {
        m_old = row->statement.speaker;
        m_oldSpeakerId = row->statement.speakerId;
    }
}

StoreError SetSpeakerCommand::apply()
{
    return m_store->setStatementSpeaker(m_statementId, m_new);
}

StoreError SetSpeakerCommand::revert()
{
    return m_store->setStatementSpeaker(m_statementId, m_old, m_oldSpeakerId);
}

} // namespace ql
