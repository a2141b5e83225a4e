#include "models/commands/ReplaceOfficeTermsCommand.h"

#include "core/importing/OfficeTable.h"
#include "core/store/EventTable.h"
#include "core/store/Store.h"
#include "models/commands/StatementRedater.h"

namespace ql {

ReplaceOfficeTermsCommand::ReplaceOfficeTermsCommand(Store* store, QList<OfficeTerm> terms)
    : StoreCommand(store, QObject::tr("Edit office holders"))
    , m_new(std::move(terms))
    , m_old(store->officeTerms())
    , m_wasEdited(store->officeTermsSeeded())
{ }

ReplaceOfficeTermsCommand::ReplaceOfficeTermsCommand(
    Store* store, QList<OfficeTerm> terms, StatementRedater::Change dates)
    : ReplaceOfficeTermsCommand(store, std::move(terms))
{
    m_datesBefore = std::move(dates.before);
    m_datesAfter = std::move(dates.after);
    m_dated = true;
}

StoreError ReplaceOfficeTermsCommand::apply()
{
    StoreError e = m_store->replaceOfficeTerms(m_new);
    if (!e.isError())
        e = m_store->setOfficeTermsSeeded(true); // the analyst's table now wins over the seed
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

StoreError ReplaceOfficeTermsCommand::revert()
{
    StoreError e = m_store->replaceOfficeTerms(m_old);
    if (!e.isError())
        e = m_store->setOfficeTermsSeeded(m_wasEdited);
    if (!e.isError())
        e = m_store->setStatementDates(m_datesBefore);
    return e;
}

} // namespace ql
