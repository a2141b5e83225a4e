#include "models/commands/ReplaceEventsCommand.h"

#include "core/importing/OfficeTable.h"
#include "core/store/EventTable.h"
#include "core/store/Store.h"
#include "models/commands/StatementRedater.h"

#include <utility>

namespace ql {

ReplaceEventsCommand::ReplaceEventsCommand(Store* store, QList<CalendarEvent> events)
    : StoreCommand(store, QObject::tr("Edit events"))
    , m_new(std::move(events))
    , m_old(store->events())
    , m_wasEdited(store->eventsSeeded())
{ }

ReplaceEventsCommand::ReplaceEventsCommand(
    Store* store, QList<CalendarEvent> events, StatementRedater::Change dates)
    : ReplaceEventsCommand(store, std::move(events))
{
    m_datesBefore = std::move(dates.before);
    m_datesAfter = std::move(dates.after);
    m_dated = true;
}

StoreError ReplaceEventsCommand::apply()
{
    StoreError e = m_store->replaceEvents(m_new);
    if (!e.isError())
        e = m_store->setEventsSeeded(true); // the analyst's calendar now wins over the seed
    if (e.isError())
        return e;
    if (!m_dated) {
        StatementRedater::Change change
            = StatementRedater(*m_store, OfficeTable::load(*m_store), EventTable::load(*m_store)).redateAll();
        m_datesBefore = std::move(change.before);
        m_datesAfter = std::move(change.after);
        m_dated = true;
    }
    return m_store->setStatementDates(m_datesAfter);
}

StoreError ReplaceEventsCommand::revert()
{
    StoreError e = m_store->replaceEvents(m_old);
    if (!e.isError())
        e = m_store->setEventsSeeded(m_wasEdited);
    if (!e.isError())
        e = m_store->setStatementDates(m_datesBefore);
    return e;
}

} // namespace ql
