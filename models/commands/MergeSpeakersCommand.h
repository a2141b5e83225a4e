#pragma once

#include "core/store/SpeakerRecord.h"
#include "models/commands/StoreCommand.h"

namespace ql {

// Merges one speaker into another: its statements move, its name and aliases become aliases.
class MergeSpeakersCommand : public StoreCommand
{
public:
    MergeSpeakersCommand(Store* store, qint64 fromId, qint64 intoId);

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    qint64 m_fromId;
    qint64 m_intoId;
    SpeakerMerge m_merge;
};

} // namespace ql
