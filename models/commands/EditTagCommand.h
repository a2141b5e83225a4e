#pragma once

#include "core/store/TagRecord.h"
#include "models/commands/StoreCommand.h"

namespace ql {

// Renames or recolours a codebook tag; an edited tag stays in the codebook when unused.
class EditTagCommand : public StoreCommand
{
public:
    EditTagCommand(Store* store, qint64 tagId, const QString& name, const QString& colour);

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    TagRecord m_before;
    TagRecord m_after;
};

} // namespace ql
