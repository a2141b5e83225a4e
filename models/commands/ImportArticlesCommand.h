#pragma once

#include "core/importing/ImportResult.h"
#include "core/importing/PreparedArticle.h"
#include "core/store/ArticleSnapshot.h"
#include "models/commands/StoreCommand.h"

namespace ql {

// A whole import as one undoable step: undo removes every article it stored, redo puts them back.
class ImportArticlesCommand : public StoreCommand
{
public:
    ImportArticlesCommand(Store* store, QList<PreparedArticle> articles);

    const QList<ImportResult>& results() const { return m_results; }

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    QList<PreparedArticle> m_pending; // emptied by the first apply
    QList<ImportResult> m_results;
    QList<qint64> m_importedIds;
    QList<ArticleSnapshot> m_snapshots;
};

} // namespace ql
