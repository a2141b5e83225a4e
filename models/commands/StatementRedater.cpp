#include "StatementRedater.h"

#include "analysis/extraction/SaidDater.h"
#include "importing/OfficeTable.h"
#include "store/EventTable.h"
#include "store/Store.h"

#include <limits>
#include <utility>

namespace ql {

StatementRedater::StatementRedater(const Store& store, OfficeHolders offices, EventCalendar events)
    : m_store(store)
    , m_offices(std::move(offices))
    , m_events(std::move(events))
{ }

StatementRedater::StatementRedater(const Store& store)
    : StatementRedater(store, OfficeTable::load(store), EventTable::load(store))
{ }

void StatementRedater::add(qint64 articleId, std::optional<QDate> published, Change& change) const
{
    std::optional<Article> article = m_store.article(articleId);
    if (!article)
        return;
    if (published)
        article->published = *published;
    QList<Statement> statements;
    for (const StatementRow& row : m_store.statementRows(articleId, 0, std::numeric_limits<int>::max()))
        statements.append(row.statement);
    QList<Statement> redated = statements;
    SaidDater(m_offices, m_events).date(*article, redated);
    for (int i = 0; i < statements.size(); ++i) {
        const Statement& old = statements.at(i);
        const Statement& now = redated.at(i);
        if (old.said == now.said && old.saidOn == now.saidOn)
            continue;
        change.before.append(old);
        change.after.append(now);
    }
}

StatementRedater::Change StatementRedater::redateArticle(
    qint64 articleId, std::optional<QDate> published) const
{
    Change change;
    add(articleId, published, change);
    return change;
}

StatementRedater::Change StatementRedater::redateAll() const
{
    Change change;
    const int count = m_store.articleCount();
    for (const ArticleSummary& a : m_store.articleSummaries(0, count))
        add(a.id, std::nullopt, change);
    return change;
}

} // namespace ql
