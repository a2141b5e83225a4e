#include "app/cli/StatsCommand.h"

#include "app/cli/CliOptions.h"
#include "app/cli/CliSession.h"
#include "core/store/Store.h"

namespace ql {

QString StatsCommand::name() const
{
    return QStringLiteral("stats");
}

QString StatsCommand::summary() const
{
    return QStringLiteral("counts of articles, statements, figures, speakers");
}

QString StatsCommand::arguments() const
{
    return QString();
}

int StatsCommand::sharedOptions() const
{
    return CliOptions::Store;
}

QString StatsCommand::prepare(const QCommandLineParser&, const QStringList& positional)
{
    return positional.isEmpty()
        ? QString()
        : QStringLiteral("stats takes no arguments, not '%1'").arg(positional.first());
}

int StatsCommand::execute(CliSession& session, const QStringList&)
{
    Store store;
    if (!session.openStore(store))
        return CliFailure;
    const StoreStats s = store.stats();
    session.out() << "store\t" << store.path() << '\n'
                  << "articles\t" << s.articles << '\n'
                  << "undated articles\t" << s.undatedArticles << '\n'
                  << "statements\t" << s.statements << '\n'
                  << "figures\t" << s.figures << '\n'
                  << "speakers\t" << s.speakers << '\n'
                  << "tags\t" << s.tags << '\n';
    session.out().flush();
    return CliOk;
}

} // namespace ql
