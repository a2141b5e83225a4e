#pragma once

#include "core/domain/Statement.h"
#include "models/commands/StoreCommand.h"

#include <QStringList>

namespace ql {

// A statement the analyst marked in the reader: speaker, kind, date window and tags given,
// the text cut from the article at the span. Redo puts it back under the same id.
class AddStatementCommand : public StoreCommand
{
public:
    AddStatementCommand(Store* store, const Statement& statement, const QStringList& tags);

    qint64 statementId() const { return m_statement.id; }

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    Statement m_statement;
    QStringList m_tags;
};

} // namespace ql
