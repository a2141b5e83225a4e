#pragma once

#include "core/store/TagRecord.h"
#include "models/commands/StoreCommand.h"

namespace ql {

// Adds a tag to the codebook; redo gives it the same id again.
class CreateTagCommand : public StoreCommand
{
public:
    CreateTagCommand(Store* store, const QString& name, const QString& colour);

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    TagRecord m_tag;
};

} // namespace ql
