#pragma once

namespace ql {

class Store;

// The small set of invented articles that a new default store starts with, so the window is
// never empty on first start. They live in the :/demo resource folder.
class DemoCorpus
{
public:
    // Imports every demo article; returns how many were stored.
    static int loadInto(Store& store);
};

} // namespace ql
