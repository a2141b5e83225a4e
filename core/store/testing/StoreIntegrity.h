#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace ql::test {

// What a store file holds after a crash, a full disk or a concurrent import, read through a
// connection of its own: SQLite's integrity check, and both full-text indexes checked against
// their tables (a row stored without its index entries is a problem).
struct StoreIntegrity
{
    QStringList problems; // empty when the store is sound
    int articles = -1;
    int statements = -1;
    // Per article (by content hash): its statement count, to compare with a clean import.
    QHash<QString, int> statementsOfArticle;
    QHash<QString, int> figuresOfArticle;

    bool ok() const { return problems.isEmpty(); }
};

StoreIntegrity checkStoreIntegrity(const QString& path);

} // namespace ql::test
