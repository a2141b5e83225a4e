#include "models/commands/EditArticleCommand.h"

#include "core/store/Store.h"
#include "models/commands/StatementRedater.h"

#include <utility>

namespace ql {

EditArticleCommand::EditArticleCommand(Store* store, qint64 articleId, const Fields& fields)
    : StoreCommand(store, QObject::tr("Edit article"))
    , m_articleId(articleId)
    , m_new(fields)
{
    if (const auto a = store->articleSummary(articleId))
        m_old = { a->title, a->published, a->sourceUrl, a->publisher };
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
        m_old = { a->title, a->published, a->sourceUrl, a->publisher };
}

StoreError EditArticleCommand::apply()
{
    return write(m_new, m_datesAfter, m_old);
}

StoreError EditArticleCommand::revert()
{
    return write(m_old, m_datesBefore, m_new);
}

// Two store calls: when the second fails, the first is put back, so a failed edit changes nothing.
StoreError EditArticleCommand::write(const Fields& to, const QList<Statement>& dates, const Fields& from)
{
    const bool publisher = m_new.publisher.has_value() && to.publisher != from.publisher;
    if (publisher) {
        if (const StoreError e = m_store->setArticlePublisher(m_articleId, to.publisher.value_or(QString()));
            e.isError())
            return e;
    }
    const StoreError e
        = m_store->updateArticleMetadata(m_articleId, to.title, to.published, to.sourceUrl, dates);
    if (e.isError() && publisher)
        m_store->setArticlePublisher(m_articleId, from.publisher.value_or(QString()));
    return e;
}

} // namespace ql
