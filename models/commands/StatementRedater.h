#pragma once

#include "core/analysis/extraction/EventCalendar.h"
#include "core/analysis/extraction/OfficeHolders.h"
#include "core/domain/Article.h"
#include "core/domain/Statement.h"

#include <QDate>
#include <QList>

#include <optional>

namespace ql {

class Store;

// Works out the new windows of stored statements when what dates them changes: an article's date,
// the events calendar or the office table. Commands keep both lists, so undo puts back exactly the
// windows that were stored.
//
// The work comes in two halves so that it can leave the GUI thread: read() takes what dating needs
// from a store (on the store's own thread), compute() dates it and touches no store at all.
class StatementRedater
{
public:
    struct Change
    {
        QList<Statement> before; // as stored now (id, said, saidOn)
        QList<Statement> after; // as the dater has them; only statements whose date changes
    };

    // One article as dating sees it, with its stored statements.
    struct Input
    {
        Article article;
        QList<Statement> statements;
    };

    StatementRedater(const Store& store, OfficeHolders offices, EventCalendar events);
    // With the store's own offices and events calendar.
    explicit StatementRedater(const Store& store);

    // The statements of one article, the article dated `published` instead of its stored date when
    // given.
    Change redateArticle(qint64 articleId, std::optional<QDate> published = std::nullopt) const;
    // Every statement of the store.
    Change redateAll() const;

    // The articles `articleIds` (every article when empty) with their statements; `published`
    // replaces the stored date of each one read.
    static QList<Input> read(
        const Store& store, const QList<qint64>& articleIds, std::optional<QDate> published = std::nullopt);
    // Thread-safe: plain data in, plain data out.
    static Change compute(
        const QList<Input>& input, const OfficeHolders& offices, const EventCalendar& events);

private:
    const Store& m_store;
    OfficeHolders m_offices;
    EventCalendar m_events;
};

} // namespace ql
