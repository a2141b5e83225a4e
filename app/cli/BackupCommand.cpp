#include "app/cli/BackupCommand.h"

#include "app/cli/CliOptions.h"
#include "app/cli/CliSession.h"
#include "core/store/Store.h"

#include <QCommandLineParser>

namespace ql {

QString BackupCommand::name() const
{
    return QStringLiteral("backup");
}

QString BackupCommand::summary() const
{
    return QStringLiteral("write a consistent copy of the store to a new file");
}

QString BackupCommand::arguments() const
{
    return QString();
}

int BackupCommand::sharedOptions() const
{
    return CliOptions::Store;
}

QList<QCommandLineOption> BackupCommand::ownOptions() const
{
    return { QCommandLineOption(QStringLiteral("out"),
        QStringLiteral("the backup file to write (must not exist)"), QStringLiteral("FILE")) };
}

QString BackupCommand::prepare(const QCommandLineParser& parser, const QStringList& positional)
{
    if (!positional.isEmpty())
        return QStringLiteral("backup takes no arguments, not '%1' (use --out FILE)").arg(positional.first());
    m_out = parser.value(QStringLiteral("out"));
    if (m_out.trimmed().isEmpty())
        return QStringLiteral("backup needs --out FILE");
    return QString();
}

int BackupCommand::execute(CliSession& session, const QStringList&)
{
    Store store;
    if (!session.openStore(store))
        return CliFailure;
    if (const StoreError e = store.backupTo(m_out); e.isError())
        return session.fail(e.message);
    session.out() << "backed up " << store.articleCount() << " articles and " << store.statementCount()
                  << " statements of " << store.path() << " to " << m_out << '\n';
    session.out().flush();
    return CliOk;
}

} // namespace ql
