#pragma once

// The store's connection: private to core/store (only its .cpp files include this header).

#include "core/store/Store.h"
#include "core/store/StoreDialect.h"
#include "core/store/Transaction.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTimer>

#include <memory>

namespace ql {

struct Store::Private
{
    QSqlDatabase db;
    QHash<QString, QSqlQuery> cache;
    QString connectionName;
    // The SQLite result code of the last import write that failed (0: none): a full disk or an
    // I/O error ends the whole import batch, a bad row only its own article.
    int lastWriteCode = 0;
    bool readOnly = false; // see Store::isReadOnly
    // See Store::connectionLost; set by the error path (const), hence mutable.
    mutable bool connectionLost = false;
    bool listening = false; // the notification handler is connected (once per driver)
    // The row version this store last gave each statement it changed (Store::bumpStatementVersion).
    QHash<qint64, qint64> ownVersions;
    std::unique_ptr<StoreDialect> dialect = StoreDialect::create(StoreDialect::Kind::Sqlite);
    // A team store: changes other analysts committed, announced a moment later as one storeReset.
    QTimer* remoteChanges = nullptr;

    bool isPostgres() const { return dialect->isPostgres(); }

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
