#include "models/commands/RedatingCommand.h"

#include "core/importing/OfficeTable.h"
#include "core/store/EventTable.h"
#include "core/store/Store.h"

#include <utility>

namespace ql {

RedatingCommand::RedatingCommand(Store* store, const QString& text)
    : StoreCommand(store, text)
{ }

RedatingCommand::RedatingCommand(Store* store, const QString& text, StatementRedater::Change dates)
    : StoreCommand(store, text)
    , m_dated(true)
    , m_datesBefore(std::move(dates.before))
    , m_datesAfter(std::move(dates.after))
{ }

StoreError RedatingCommand::applyDates()
{
    if (!m_dated) {
        StatementRedater::Change change
            = StatementRedater(*m_store, OfficeTable::load(*m_store), EventTable::load(*m_store)).redateAll();
        m_datesBefore = std::move(change.before);
        m_datesAfter = std::move(change.after);
        m_dated = true;
    }
    return m_store->setStatementDates(m_datesAfter);
}

StoreError RedatingCommand::revertDates()
{
    return m_store->setStatementDates(m_datesBefore);
}

} // namespace ql
