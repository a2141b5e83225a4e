#pragma once

#include "app/cli/CliCommand.h"

namespace ql {

// `quoteline-cli migrate --from PATH_OR_URL --to PATH_OR_URL`: copies a whole store into a new,
// empty one (a personal SQLite store into a team store on PostgreSQL, or back), then shows each
// table's rows on both sides; the copy is kept only when every count matches.
class MigrateCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    QString arguments() const override;

protected:
    int sharedOptions() const override;
    QList<QCommandLineOption> ownOptions() const override;
    QString details() const override;
    QString prepare(const QCommandLineParser& parser, const QStringList& positional) override;
    int execute(CliSession& session, const QStringList& positional) override;

private:
    QString m_from;
    QString m_to;
};

} // namespace ql
