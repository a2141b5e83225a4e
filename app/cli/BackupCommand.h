#pragma once

#include "app/cli/CliCommand.h"

namespace ql {

// `quoteline-cli backup --out FILE`: a consistent copy of the store, taken while it is in use, as an
// SQLite store file (of a team store too), that Quoteline opens like any other.
class BackupCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    QString arguments() const override;

protected:
    int sharedOptions() const override;
    QList<QCommandLineOption> ownOptions() const override;
    QString prepare(const QCommandLineParser& parser, const QStringList& positional) override;
    int execute(CliSession& session, const QStringList& positional) override;

private:
    QString m_out;
};

} // namespace ql
