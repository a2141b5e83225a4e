#pragma once

#include "core/analysis/extraction/OfficeHolders.h"

namespace ql {

class Store;

// The analyst's table of offices and holders lives in the store once they have edited it;
// until then the extractor's seed is the table.
class OfficeTable
{
public:
    static OfficeHolders load(const Store& store);
    static QList<OfficeTerm> currentTerms(const Store& store);
};

} // namespace ql
