#include "models/commands/ReplaceEventsCommand.h"

#include "core/store/Store.h"

#include <utility>

namespace ql {

ReplaceEventsCommand::ReplaceEventsCommand(Store* store, QList<CalendarEvent> events)
    : RedatingCommand(store, QObject::tr("Edit events"))
    , m_new(std::move(events))
    , m_old(store->events())
    , m_wasEdited(store->eventsSeeded())
{ }

ReplaceEventsCommand::ReplaceEventsCommand(
    Store* store, QList<CalendarEvent> events, StatementRedater::Change dates)
    : RedatingCommand(store, QObject::tr("Edit events"), std::move(dates))
    , m_new(std::move(events))
    , m_old(store->events())
    , m_wasEdited(store->eventsSeeded())
{ }

StoreError ReplaceEventsCommand::apply()
{
    StoreError e = m_store->replaceEvents(m_new);
    if (!e.isError())
        e = m_store->setEventsSeeded(true); // the analyst's calendar now wins over the seed
    return e.isError() ? e : applyDates();
}

StoreError ReplaceEventsCommand::revert()
{
    StoreError e = m_store->replaceEvents(m_old);
    if (!e.isError())
        e = m_store->setEventsSeeded(m_wasEdited);
    return e.isError() ? e : revertDates();
}

} // namespace ql
