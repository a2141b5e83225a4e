#pragma once

#include "core/store/TagRecord.h"
#include "models/commands/StoreCommand.h"

namespace ql {

// Merges one codebook tag into another: every statement with the first gets the second.
class MergeTagsCommand : public StoreCommand
{
public:
    MergeTagsCommand(Store* store, qint64 fromId, qint64 intoId);

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    qint64 m_fromId;
    qint64 m_intoId;
    TagMerge m_merge;
};

} // namespace ql
