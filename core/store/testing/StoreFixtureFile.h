#pragma once

#include <QString>
#include <QStringList>

namespace ql::test {

// Writes a store file the way an older version or another program left it, for the store's own tests
// (migrations, refusing foreign files): the only way outside core/store to put raw rows in a file.
// Built into quoteline_store_testing, which only tests link.
class StoreFixtureFile
{
public:
    // Creates the SQLite file `path`, migrates it to `schemaVersion` (0: leaves it without Quoteline's
    // schema) and runs `statements` in order. Returns an empty string, or what failed.
    static QString create(const QString& path, int schemaVersion, const QStringList& statements);
};

} // namespace ql::test
