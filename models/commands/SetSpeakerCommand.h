#pragma once

#include "StoreCommand.h"

namespace ql {

class SetSpeakerCommand : public StoreCommand
{
public:
    SetSpeakerCommand(Store* store, qint64 statementId, const QString& speaker);

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    qint64 m_statementId;
    QString m_new;
    QString m_old;
    qint64 m_oldSpeakerId = 0;
};

} // namespace ql
