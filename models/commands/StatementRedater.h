#pragma once

#include "analysis/extraction/EventCalendar.h"
#include "analysis/extraction/OfficeHolders.h"
#include "domain/Statement.h"

#include <QDate>
#include <QList>

#include <optional>

namespace ql {

class Store;

// Works out the new windows of stored statements when what dates them changes: an article's date,
// the events calendar or the office table. Commands keep both lists, so undo puts back exactly the
// windows that were stored.
class StatementRedater
{
public:
    struct Change
    {
        QList<Statement> before; // as stored now (id, said, saidOn)
        QList<Statement> after; // as the dater has them; only statements whose date changes
    };

    StatementRedater(const Store& store, OfficeHolders offices, EventCalendar events);
    // With the store's own offices and events calendar.
    explicit StatementRedater(const Store& store);

    // The statements of one article, the article dated `published` instead of its stored date when
    // given.
    Change redateArticle(qint64 articleId, std::optional<QDate> published = std::nullopt) const;
    // Every statement of the store.
    Change redateAll() const;

private:
    void add(qint64 articleId, std::optional<QDate> published, Change& change) const;

    const Store& m_store;
    OfficeHolders m_offices;
    EventCalendar m_events;
};

} // namespace ql
