#include "ReplaceOfficeTermsCommand.h"

#include "store/Store.h"

namespace ql {

ReplaceOfficeTermsCommand::ReplaceOfficeTermsCommand(Store* store, QList<OfficeTerm> terms)
    : StoreCommand(store, QObject::tr("Edit office holders"))
    , m_new(std::move(terms))
    , m_old(store->officeTerms())
    , m_wasEdited(store->officeTermsSeeded())
{ }

StoreError ReplaceOfficeTermsCommand::apply()
{
    StoreError e = m_store->replaceOfficeTerms(m_new);
    if (!e.isError())
        e = m_store->setOfficeTermsSeeded(true); // the analyst's table now wins over the seed
    return e;
}

StoreError ReplaceOfficeTermsCommand::revert()
{
    StoreError e = m_store->replaceOfficeTerms(m_old);
    if (!e.isError())
        e = m_store->setOfficeTermsSeeded(m_wasEdited);
    return e;
}

} // namespace ql
