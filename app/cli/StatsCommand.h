#pragma once

#include "app/cli/CliCommand.h"

namespace ql {

// `quoteline-cli stats`: how many articles, statements, figures, speakers and tags the store holds.
class StatsCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    QString arguments() const override;

protected:
    int sharedOptions() const override;
    QString prepare(const QCommandLineParser& parser, const QStringList& positional) override;
    int execute(CliSession& session, const QStringList& positional) override;
};

} // namespace ql
