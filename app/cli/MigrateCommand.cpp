#include "app/cli/MigrateCommand.h"

#include "app/cli/CliOptions.h"
#include "app/cli/CliSession.h"
#include "core/store/Store.h"
#include "core/store/StoreCopy.h"

#include <QCommandLineParser>

namespace ql {

QString MigrateCommand::name() const
{
    return QStringLiteral("migrate");
}

QString MigrateCommand::summary() const
{
    return QStringLiteral("copy a store into a new one (SQLite file or postgresql:// team store)");
}

QString MigrateCommand::arguments() const
{
    return QString();
}

int MigrateCommand::sharedOptions() const
{
    return CliOptions::None;
}

QList<QCommandLineOption> MigrateCommand::ownOptions() const
{
    return { QCommandLineOption(
                 QStringLiteral("from"), QStringLiteral("the store to copy"), QStringLiteral("PATH_OR_URL")),
        QCommandLineOption(QStringLiteral("to"), QStringLiteral("the new, empty store to copy it into"),
            QStringLiteral("PATH_OR_URL")) };
}

QString MigrateCommand::details() const
{
    return QStringLiteral(
        "Either side may be an SQLite file or a PostgreSQL URL\n"
        "(postgresql://user@host:port/database?sslmode=require); a password comes from ~/.pgpass\n"
        "or PGPASSWORD. The target is created when it does not exist and must hold no articles.\n"
        "Ids, tags, families, offices and events are copied as they are, in one transaction.");
}

QString MigrateCommand::prepare(const QCommandLineParser& parser, const QStringList& positional)
{
    if (!positional.isEmpty())
        return QStringLiteral("migrate takes no arguments, not '%1' (use --from and --to)")
            .arg(positional.first());
    m_from = parser.value(QStringLiteral("from"));
    m_to = parser.value(QStringLiteral("to"));
    if (m_from.trimmed().isEmpty() || m_to.trimmed().isEmpty())
        return QStringLiteral("migrate needs --from PATH_OR_URL and --to PATH_OR_URL");
    if (m_from == m_to)
        return QStringLiteral("--from and --to name the same store");
    return QString();
}

int MigrateCommand::execute(CliSession& session, const QStringList&)
{
    Store from;
    if (const StoreError e = from.open(m_from); e.isError())
        return session.fail(e.message);
    Store to;
    if (const StoreError e = to.open(m_to); e.isError())
        return session.fail(e.message);
    QList<StoreCopy::TableCount> counts;
    const StoreError e = StoreCopy::copy(from, to, &counts);
    if (!counts.isEmpty()) {
        session.out() << "table\t" << from.path() << '\t' << to.path() << '\n';
        for (const StoreCopy::TableCount& c : std::as_const(counts))
            session.out() << c.table << '\t' << c.source << '\t' << c.target << '\n';
        session.out().flush();
    }
    if (e.isError())
        return session.fail(e.message);
    session.out() << "copied " << from.articleCount() << " articles and " << from.statementCount()
                  << " statements: every table's count matches\n";
    session.out().flush();
    return CliOk;
}

} // namespace ql
