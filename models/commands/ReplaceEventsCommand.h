#pragma once

#include "core/domain/CalendarEvent.h"
#include "models/commands/RedatingCommand.h"

#include <QList>

namespace ql {

// The analyst's edit of the events calendar (Edit ▸ Events), as one undoable step. Events date the
// statements that name them, so every statement is re-dated with the new calendar.
class ReplaceEventsCommand : public RedatingCommand
{
public:
    ReplaceEventsCommand(Store* store, QList<CalendarEvent> events);
    // With the re-dating worked out beforehand (off the GUI thread, see RedatingRunner) against the
    // new calendar and the store as it is now.
    ReplaceEventsCommand(Store* store, QList<CalendarEvent> events, StatementRedater::Change dates);

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    QList<CalendarEvent> m_new;
    QList<CalendarEvent> m_old; // the stored rows (none while the seed is the calendar)
    bool m_wasEdited;
};

} // namespace ql
