#include "OfficeTable.h"

#include "store/Store.h"

namespace ql {

OfficeHolders OfficeTable::load(Store& store)
{
    const OfficeHolders seed = OfficeHolders::seed();
    if (!store.isOpen())
        return seed;
    if (!store.officeTermsSeeded()) {
        // A store that cannot take the seed still extracts with it; the next open tries again.
        if (!store.replaceOfficeTerms(seed.terms()).isError())
            store.markOfficeTermsSeeded();
        return seed;
    }
    return OfficeHolders(seed.offices(), store.officeTerms());
}

} // namespace ql
