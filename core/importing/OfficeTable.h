#pragma once

#include "analysis/extraction/OfficeHolders.h"

namespace ql {

class Store;

// The analyst's table of offices and holders lives in the store; the first time a store is
// used it is filled from the extractor's seed, after which the analyst's edits are what count.
class OfficeTable
{
public:
    static OfficeHolders load(Store& store);
};

} // namespace ql
