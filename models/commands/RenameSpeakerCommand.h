#pragma once

#include "core/store/SpeakerRecord.h"
#include "models/commands/StoreCommand.h"

namespace ql {

// Renames a speaker everywhere; the old name stays an alias for later imports.
class RenameSpeakerCommand : public StoreCommand
{
public:
    RenameSpeakerCommand(Store* store, qint64 speakerId, const QString& name);

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    qint64 m_speakerId;
    QString m_name;
    SpeakerRecord m_before;
};

} // namespace ql
