#include "core/importing/OfficeTable.h"

#include "core/store/Store.h"

namespace ql {

OfficeHolders OfficeTable::load(const Store& store)
{
    const OfficeHolders seed = OfficeHolders::seed();
    return OfficeHolders(seed.offices(), currentTerms(store));
}

QList<OfficeTerm> OfficeTable::currentTerms(const Store& store)
{
    // Reading never writes: until the analyst saves a table of their own, the seed is the table.
    if (!store.isOpen() || !store.officeTermsSeeded())
        return OfficeHolders::seed().terms();
    return store.officeTerms();
}

} // namespace ql
