#pragma once

#include "core/store/StoreError.h"

#include <QString>

#include <functional>

namespace ql {

// The full integrity check of a store file, on demand (quoteline-cli check, File ▸ Check Store):
// opening a store only reads its header, because SQLite's journal already keeps a crashed store
// consistent and reading a 2 GB file at every open cost more than a second. The check opens a
// read-only connection of its own, so it may run on any thread while the store is in use.
class StoreCheck
{
public:
    // Called after each table with how many of `total` are checked; false cancels the check.
    using Progress = std::function<bool(int done, int total, const QString& table)>;

    // Checks every table and index of the SQLite store at `path` (PRAGMA quick_check, table by
    // table so the caller sees progress and can stop between tables). Returns Corrupt with the
    // first problems SQLite reports, NotAStore for a foreign file. When `progress` stops it,
    // `*cancelled` is set and no error is returned. A team store (postgresql://…) is checked by
    // its server: nothing to do here.
    static StoreError run(const QString& path, const Progress& progress = {}, bool* cancelled = nullptr);
};

} // namespace ql
