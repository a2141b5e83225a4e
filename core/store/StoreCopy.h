#pragma once

#include "core/store/StoreError.h"

#include <QList>
#include <QString>

namespace ql {

class Store;

// Copies every row of one open store into another, empty one, across dialects (a personal SQLite
// store into a team store on PostgreSQL and back), ids kept, in one transaction on the target, and
// checks at the end that each table holds as many rows as the source's.
class StoreCopy
{
public:
    struct TableCount
    {
        QString table;
        qint64 source = 0;
        qint64 target = 0;
    };

    // `counts` receives the rows of each table on both sides, also when the copy fails.
    static StoreError copy(Store& from, Store& to, QList<TableCount>* counts);
};

} // namespace ql
