#pragma once

#include "core/domain/Statement.h"
#include "models/commands/StatementRedater.h"
#include "models/commands/StoreCommand.h"

#include <QList>

namespace ql {

// An edit of a table that dates statements (the events calendar, the office holders): after the
// table changes, every statement is re-dated against it, and undo puts the old dates back. The
// subclass replaces its table; this class keeps the dates before and after.
class RedatingCommand : public StoreCommand
{
protected:
    RedatingCommand(Store* store, const QString& text);
    // With the re-dating worked out beforehand (off the GUI thread, see RedatingRunner) against the
    // new table and the store as it is now.
    RedatingCommand(Store* store, const QString& text, StatementRedater::Change dates);

    // Called once the new table is stored: works out the re-dating at the first apply (against the
    // new table) unless it was given, then writes the new dates.
    StoreError applyDates();
    // Called once the old table is back: writes the dates from before the edit.
    StoreError revertDates();

private:
    bool m_dated = false;
    QList<Statement> m_datesBefore;
    QList<Statement> m_datesAfter;
};

} // namespace ql
