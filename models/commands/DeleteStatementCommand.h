#pragma once

#include "core/store/ArticleSnapshot.h"
#include "models/commands/StoreCommand.h"

namespace ql {

class DeleteStatementCommand : public StoreCommand
{
public:
    DeleteStatementCommand(Store* store, qint64 statementId);

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    qint64 m_statementId;
    StatementSnapshot m_snapshot;
};

} // namespace ql
