#include "EditArticleCommand.h"

#include "store/Store.h"

namespace ql {

EditArticleCommand::EditArticleCommand(Store* store, qint64 articleId, const Fields& fields)
    : StoreCommand(store, QObject::tr("Edit article"))
    , m_articleId(articleId)
    , m_new(fields)
{
    if (const auto a = store->articleSummary(articleId))
        m_old = { a->title, a->published, a->sourceUrl };
}

StoreError EditArticleCommand::apply()
{
    return m_store->updateArticleMetadata(m_articleId, m_new.title, m_new.published, m_new.sourceUrl);
}

StoreError EditArticleCommand::revert()
{
    return m_store->updateArticleMetadata(m_articleId, m_old.title, m_old.published, m_old.sourceUrl);
}

} // namespace ql
