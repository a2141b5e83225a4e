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
    // What the last import write that failed met (None: none): on SQLite a full disk or an I/O
    // error ends the whole import batch, a bad row only its own article.
    Transaction::Failure lastWriteFailure = Transaction::Failure::None;
    // Set by a savepoint inside an import batch (any write, an edit too) that found the batch's
    // transaction gone: the batch is lost, see Store::PendingBatch::lost.
    bool batchTransactionLost = false;
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

    // A write of its own, or a savepoint when an import batch holds the transaction (which then
    // learns when the savepoint finds that transaction gone).
    Transaction write(bool batchOpen)
    {
        return batchOpen ? Transaction(db, Transaction::Mode::Savepoint, &batchTransactionLost)
                         : Transaction(db, Transaction::Mode::Outermost);
    }

    // A failed import write in the database's own words; keeps what it met for importArticle().
    StoreError writeFailure(const QString& what, const QSqlError& error)
    {
        lastWriteFailure = Transaction::classify(db, error);
        if (lastWriteFailure == Transaction::Failure::ConnectionLost) {
            connectionLost = true;
            return StoreError::make(StoreError::Code::ConnectionLost,
                QStringLiteral("%1: the team store does not answer (%2): nothing of this change was "
                               "stored; Quoteline reconnects when the server answers again")
                    .arg(what, Transaction::describe(db, error)));
        }
        return StoreError::make(
            StoreError::Code::Sql, QStringLiteral("%1: %2").arg(what, Transaction::describe(db, error)));
    }

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

} // namespace ql
