#pragma once

#include "core/store/StoreDialect.h"

#include <QString>

namespace ql {

// What a failed write met, in the terms both backends share. SQLite reports its result code (the
// low byte of the extended code Qt gives as the native code), PostgreSQL its SQLSTATE: which one a
// code is follows from the dialect of the connection, never from the look of the code.
enum class WriteFailure {
    None,
    Other,
    Busy,
    DiskFull,
    Io,
    OutOfMemory,
    Corrupt,
    ReadOnly,
    Aborted,
    ConnectionLost
};

WriteFailure writeFailureOf(StoreDialect::Kind dialect, const QString& nativeCode);

// Failures after which the database may have rolled the whole transaction back by itself, so that
// nothing more may be written in it (the next savepoint would open, and commit, a transaction of
// its own). SQLite does that after a full disk, an I/O error, running out of memory or a lock it
// could not take; PostgreSQL keeps the transaction through any failed statement (ROLLBACK TO
// SAVEPOINT recovers it) and loses it only with the connection.
bool endsTransaction(StoreDialect::Kind dialect, WriteFailure failure);

} // namespace ql
