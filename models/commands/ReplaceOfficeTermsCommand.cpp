#include "models/commands/ReplaceOfficeTermsCommand.h"

#include "core/store/Store.h"

#include <utility>

namespace ql {

ReplaceOfficeTermsCommand::ReplaceOfficeTermsCommand(Store* store, QList<OfficeTerm> terms)
    : RedatingCommand(store, QObject::tr("Edit office holders"))
    , m_new(std::move(terms))
    , m_old(store->officeTerms())
    , m_wasEdited(store->officeTermsSeeded())
{ }

ReplaceOfficeTermsCommand::ReplaceOfficeTermsCommand(
    Store* store, QList<OfficeTerm> terms, StatementRedater::Change dates)
    : RedatingCommand(store, QObject::tr("Edit office holders"), std::move(dates))
    , m_new(std::move(terms))
    , m_old(store->officeTerms())
    , m_wasEdited(store->officeTermsSeeded())
{ }

StoreError ReplaceOfficeTermsCommand::apply()
{
    StoreError e = m_store->replaceOfficeTerms(m_new);
    if (!e.isError())
        e = m_store->setOfficeTermsSeeded(true); // the analyst's table now wins over the seed
    return e.isError() ? e : applyDates();
}

StoreError ReplaceOfficeTermsCommand::revert()
{
    StoreError e = m_store->replaceOfficeTerms(m_old);
    if (!e.isError())
        e = m_store->setOfficeTermsSeeded(m_wasEdited);
    return e.isError() ? e : revertDates();
}

} // namespace ql
