#include "models/commands/StatementRedater.h"

#include "core/analysis/extraction/SaidDater.h"
#include "core/importing/OfficeTable.h"
#include "core/store/EventTable.h"
#include "core/store/Store.h"

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

QList<StatementRedater::Input> StatementRedater::read(
    const Store& store, const QList<qint64>& articleIds, std::optional<QDate> published)
{
    QList<qint64> ids = articleIds;
    if (ids.isEmpty()) {
        for (const ArticleSummary& a : store.articleSummaries(0, store.articleCount()))
            ids.append(a.id);
    }
    QList<Input> out;
    out.reserve(ids.size());
    for (qint64 id : std::as_const(ids)) {
        std::optional<Article> article = store.article(id);
        if (!article)
            continue;
        Input in;
        in.article = std::move(*article);
        if (published)
            in.article.published = *published;
        for (const StatementRow& row : store.statementRows(id, 0, std::numeric_limits<int>::max()))
            in.statements.append(row.statement);
        out.append(std::move(in));
    }
    return out;
}

StatementRedater::Change StatementRedater::compute(
    const QList<Input>& input, const OfficeHolders& offices, const EventCalendar& events)
{
    Change change;
    const SaidDater dater(offices, events);
    for (const Input& in : input) {
        QList<Statement> redated = in.statements;
        dater.date(in.article, redated);
        for (int i = 0; i < in.statements.size(); ++i) {
            const Statement& old = in.statements.at(i);
            const Statement& now = redated.at(i);
            if (old.said == now.said && old.saidOn == now.saidOn)
                continue;
            change.before.append(old);
            change.after.append(now);
        }
    }
    return change;
}

StatementRedater::Change StatementRedater::redateArticle(
    qint64 articleId, std::optional<QDate> published) const
{
    return compute(read(m_store, { articleId }, published), m_offices, m_events);
}

StatementRedater::Change StatementRedater::redateAll() const
{
    return compute(read(m_store, {}), m_offices, m_events);
}

} // namespace ql
