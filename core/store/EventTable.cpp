#include "core/store/EventTable.h"

#include "core/store/Store.h"

namespace ql {

EventCalendar EventTable::load(const Store& store)
{
    if (!store.isOpen() || !store.eventsSeeded())
        return EventCalendar::seeded();
    return EventCalendar(store.events());
}

QList<CalendarEvent> EventTable::currentEvents(const Store& store)
{
    // Reading never writes: until the analyst saves a calendar of their own, the seed is the calendar.
    if (!store.isOpen() || !store.eventsSeeded())
        return EventCalendar::seeded().events();
    return store.events();
}

} // namespace ql
