#include "models/commands/DeleteArticlesCommand.h"

#include "core/store/Store.h"

namespace ql {

DeleteArticlesCommand::DeleteArticlesCommand(Store* store, const QList<qint64>& articleIds)
    : StoreCommand(store,
        articleIds.size() == 1 ? QObject::tr("Delete article")
                               : QObject::tr("Delete %n article(s)", nullptr, int(articleIds.size())))
    , m_ids(articleIds)
{ }

StoreError DeleteArticlesCommand::apply()
{
    m_snapshots.clear();
    for (const qint64 id : std::as_const(m_ids)) {
        StoreError error;
        const auto snapshot = m_store->removeArticle(id, &error);
        if (!snapshot) {
            // All or nothing: put back what this run removed before reporting.
            revert();
            return error;
        }
        m_snapshots.append(*snapshot);
    }
    return {};
}

StoreError DeleteArticlesCommand::revert()
{
    for (auto it = m_snapshots.crbegin(); it != m_snapshots.crend(); ++it)
        if (const StoreError e = m_store->restoreArticle(*it); e.isError())
            return e;
    m_snapshots.clear();
    return {};
}

} // namespace ql
