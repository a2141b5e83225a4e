#include "EditArticleCommand.h"

#include "StatementRedater.h"
#include "store/Store.h"

#include <utility>

namespace ql {

EditArticleCommand::EditArticleCommand(Store* store, qint64 articleId, const Fields& fields)
    : StoreCommand(store, QObject::tr("Edit article"))
    , m_articleId(articleId)
    , m_new(fields)
{
    if (const auto a = store->articleSummary(articleId))
        m_old = { a->title, a->published, a->sourceUrl };
    if (m_new.published != m_old.published) {
        StatementRedater::Change change = StatementRedater(*store).redateArticle(articleId, m_new.published);
        m_datesBefore = std::move(change.before);
        m_datesAfter = std::move(change.after);
    }
}

EditArticleCommand::EditArticleCommand(
    Store* store, qint64 articleId, const Fields& fields, StatementRedater::Change dates)
    : StoreCommand(store, QObject::tr("Edit article"))
    , m_articleId(articleId)
    , m_new(fields)
    , m_datesBefore(std::move(dates.before))
    , m_datesAfter(std::move(dates.after))
{
    if (const auto a = store->articleSummary(articleId))
        m_old = { a->title, a->published, a->sourceUrl };
}

StoreError EditArticleCommand::apply()
{
    return m_store->updateArticleMetadata(
        m_articleId, m_new.title, m_new.published, m_new.sourceUrl, m_datesAfter);
}

StoreError EditArticleCommand::revert()
{
    return m_store->updateArticleMetadata(
        m_articleId, m_old.title, m_old.published, m_old.sourceUrl, m_datesBefore);
}

} // namespace ql
