#pragma once

#include <QString>

namespace ql {

// Why a store operation failed, in words an analyst can act on.
struct StoreError
{
    enum class Code {
        None,
        NotAStore, // some other file, or an SQLite database of another program
        Corrupt,
        NewerSchema,
        ReadOnly,
        CannotOpen,
        Duplicate,
        NotFound,
        InvalidInput,
        Sql,
        Conflict, // another window or analyst changed the row after this edit began
        ConnectionLost, // the team store's server went away; nothing of the write was stored
    };
    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
    static StoreError none() { return {}; }
    static StoreError make(Code c, const QString& m) { return StoreError { c, m }; }
};

} // namespace ql
