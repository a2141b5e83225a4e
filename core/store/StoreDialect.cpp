#include "core/store/StoreDialect.h"

#include "core/store/PostgresDialect.h"
#include "core/store/SqliteDialect.h"

namespace ql {

std::unique_ptr<StoreDialect> StoreDialect::create(Kind kind)
{
    if (kind == Kind::Postgres)
        return std::make_unique<PostgresDialect>();
    return std::make_unique<SqliteDialect>();
}

} // namespace ql
