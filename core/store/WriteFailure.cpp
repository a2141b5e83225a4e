#include "core/store/WriteFailure.h"

namespace ql {

namespace {

WriteFailure sqliteFailure(int code)
{
    switch (code & 0xff) {
    case 0: // SQLITE_OK: no code given
        return WriteFailure::Other;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return WriteFailure::Busy;
    case 13: // SQLITE_FULL
        return WriteFailure::DiskFull;
    case 10: // SQLITE_IOERR
        return WriteFailure::Io;
    case 7: // SQLITE_NOMEM
        return WriteFailure::OutOfMemory;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return WriteFailure::Corrupt;
    case 8: // SQLITE_READONLY
        return WriteFailure::ReadOnly;
    case 4: // SQLITE_ABORT
        return WriteFailure::Aborted;
    default:
        return WriteFailure::Other;
    }
}

// SQLSTATE classes (PostgreSQL manual, appendix A): 08 connection exception, 53 insufficient
// resources, 57P operator intervention (the server shutting down), 58 system error, XX internal.
WriteFailure postgresFailure(const QString& state)
{
    const auto is = [&state](const char* code) { return state == QLatin1String(code); };
    const auto inClass = [&state](const char* prefix) { return state.startsWith(QLatin1String(prefix)); };
    if (inClass("08") || inClass("57P"))
        return WriteFailure::ConnectionLost;
    if (is("53100"))
        return WriteFailure::DiskFull;
    if (is("53200"))
        return WriteFailure::OutOfMemory;
    if (inClass("53") || inClass("58"))
        return WriteFailure::Io;
    if (is("25006"))
        return WriteFailure::ReadOnly;
    if (is("40001") || is("40P01") || is("55P03"))
        return WriteFailure::Busy;
    if (is("XX001") || is("XX002"))
        return WriteFailure::Corrupt;
    if (is("57014"))
        return WriteFailure::Aborted;
    return WriteFailure::Other;
}

} // namespace

WriteFailure writeFailureOf(StoreDialect::Kind dialect, const QString& nativeCode)
{
    if (dialect == StoreDialect::Kind::Postgres)
        return postgresFailure(nativeCode.trimmed().toUpper());
    bool isNumber = false;
    const int code = nativeCode.trimmed().toInt(&isNumber);
    return isNumber ? sqliteFailure(code) : WriteFailure::Other;
}

bool endsTransaction(StoreDialect::Kind dialect, WriteFailure failure)
{
    if (dialect == StoreDialect::Kind::Postgres)
        return failure == WriteFailure::ConnectionLost;
    return failure != WriteFailure::None && failure != WriteFailure::Other
        && failure != WriteFailure::ConnectionLost;
}

} // namespace ql
