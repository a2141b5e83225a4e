#include "app/cli/CheckCommand.h"

#include "app/cli/CliOptions.h"
#include "app/cli/CliSession.h"
#include "core/store/Store.h"
#include "core/store/StoreCheck.h"
#include "core/store/StoreLocation.h"

namespace ql {

QString CheckCommand::name() const
{
    return QStringLiteral("check");
}

QString CheckCommand::summary() const
{
    return QStringLiteral("read the whole store and report any damage");
}

QString CheckCommand::arguments() const
{
    return QString();
}

int CheckCommand::sharedOptions() const
{
    return CliOptions::Store;
}

QString CheckCommand::details() const
{
    return QStringLiteral(
        "Checks every table and index of the store file (SQLite's quick_check). Exits with 0\n"
        "when the store is sound and 1, with what is damaged, when it is not.\n"
        "A team store (PostgreSQL) is checked by its server.");
}

QString CheckCommand::prepare(const QCommandLineParser&, const QStringList& positional)
{
    return positional.isEmpty()
        ? QString()
        : QStringLiteral("check takes no arguments, not '%1'").arg(positional.first());
}

int CheckCommand::execute(CliSession& session, const QStringList&)
{
    QString path = session.settings().storePath;
    if (path.isEmpty()) {
        // The default store: opening it (and creating it when new) is what tells where it is.
        Store store;
        if (!session.openStore(store))
            return CliFailure;
        path = store.path();
    }
    QString parseError;
    if (StoreLocation::parse(path, &parseError).isPostgres()) {
        session.out() << path << ": a team store is checked by its PostgreSQL server, nothing to do here\n";
        session.out().flush();
        return CliOk;
    }
    if (const StoreError e = StoreCheck::run(path); e.isError())
        return session.fail(e.message);
    session.out() << path << ": no damage found\n";
    session.out().flush();
    return CliOk;
}

} // namespace ql
