#include "models/commands/ImportArticlesCommand.h"

#include "core/importing/ImportPipeline.h"
#include "core/store/ImportBatch.h"
#include "core/store/Store.h"

namespace ql {

ImportArticlesCommand::ImportArticlesCommand(Store* store, QList<PreparedArticle> articles)
    : StoreCommand(store, QObject::tr("Import %n article(s)", nullptr, int(articles.size())))
    , m_pending(std::move(articles))
{ }

StoreError ImportArticlesCommand::apply()
{
    if (!m_pending.isEmpty()) {
        ImportPipeline pipeline(*m_store);
        m_results = pipeline.commitBatch(std::as_const(m_pending));
        for (const ImportResult& r : std::as_const(m_results))
            if (r.status == ImportResult::Status::Imported)
                m_importedIds << r.articleId;
        m_pending.clear();
        return {};
    }
    // Redo puts every article back in one transaction: all of them or, on an error, none.
    ImportBatch batch(*m_store);
    for (const ArticleSnapshot& s : std::as_const(m_snapshots))
        if (const StoreError e = m_store->restoreArticle(s); e.isError())
            return e;
    if (const StoreError e = batch.commit(); e.isError())
        return e;
    m_snapshots.clear();
    return {};
}

StoreError ImportArticlesCommand::revert()
{
    // One transaction: undo takes the whole import back or, on an error, nothing.
    ImportBatch batch(*m_store);
    QList<ArticleSnapshot> snapshots;
    for (auto it = m_importedIds.crbegin(); it != m_importedIds.crend(); ++it) {
        StoreError error;
        auto snapshot = m_store->removeArticle(*it, &error);
        if (!snapshot)
            return error;
        snapshots.prepend(*snapshot);
    }
    if (const StoreError e = batch.commit(); e.isError())
        return e;
    m_snapshots = snapshots;
    return {};
}

} // namespace ql
