#pragma once

#include "models/commands/StoreCommand.h"

namespace ql {

class SetSpeakerCommand : public StoreCommand
{
public:
    // `version`: the statement's row version the analyst saw when the edit began (0: the store's
    // version now). The write is refused if the row changed since, and so is undo after another
    // writer's change.
    SetSpeakerCommand(Store* store, qint64 statementId, const QString& speaker, qint64 version = 0);

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    qint64 m_statementId;
    QString m_new;
    QString m_old;
    qint64 m_oldSpeakerId = 0;
    qint64 m_version = 0; // the row version this command last wrote or began on
};

} // namespace ql
