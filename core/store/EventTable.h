#pragma once

#include "core/analysis/extraction/EventCalendar.h"

namespace ql {

class Store;

// The analyst's events calendar lives in the store once they have edited it; until then the
// extractor's seed is the calendar (as OfficeTable does for offices).
class EventTable
{
public:
    static EventCalendar load(const Store& store);
    static QList<CalendarEvent> currentEvents(const Store& store);
};

} // namespace ql
