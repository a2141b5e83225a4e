#pragma once

// The store's connection: private to core/store (only its .cpp files include this header).

#include "Store.h"
#include "Transaction.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace ql {

struct Store::Private
{
    QSqlDatabase db;
    QHash<QString, QSqlQuery> cache;
    QString connectionName;

    // Hot statements of an import are parsed once per connection, not once per row.
    QSqlQuery& cached(const QString& sql)
    {
        auto it = cache.find(sql);
        if (it == cache.end()) {
            QSqlQuery q(db);
            q.prepare(sql);
            it = cache.insert(sql, q);
        }
        return *it;
    }
};

// A write of its own, or a savepoint when an import batch holds the transaction.
inline Transaction::Mode writeModeFor(bool batchOpen)
{
    return batchOpen ? Transaction::Mode::Savepoint : Transaction::Mode::Outermost;
}

} // namespace ql
