#include "StoreDialect.h"

#include "PostgresDialect.h"
#include "SqliteDialect.h"

namespace ql {

std::unique_ptr<StoreDialect> StoreDialect::create(Kind kind)
{
    if (kind == Kind::Postgres)
        return std::make_unique<PostgresDialect>();
    return std::make_unique<SqliteDialect>();
}

} // namespace ql
