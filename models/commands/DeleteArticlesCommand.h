#pragma once

#include "core/store/ArticleSnapshot.h"
#include "models/commands/StoreCommand.h"

#include <QList>

namespace ql {

// Deletes articles with their statements, figures, tags, notes and family memberships; undo puts
// every row back under its old id.
class DeleteArticlesCommand : public StoreCommand
{
public:
    DeleteArticlesCommand(Store* store, const QList<qint64>& articleIds);

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    QList<qint64> m_ids;
    QList<ArticleSnapshot> m_snapshots; // in deletion order
};

} // namespace ql
