#pragma once

#include "app/cli/CliCommand.h"

namespace ql {

// `quoteline-cli check`: reads the whole store file and reports damage (exit code 1 with the
// problems SQLite finds). Opening a store checks only its header and first pages, so this is the
// command to run after a disk error or a crash that may have hit the file itself.
class CheckCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    QString arguments() const override;

protected:
    int sharedOptions() const override;
    QString details() const override;
    QString prepare(const QCommandLineParser& parser, const QStringList& positional) override;
    int execute(CliSession& session, const QStringList& positional) override;
};

} // namespace ql
