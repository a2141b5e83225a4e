#pragma once

#include "app/cli/CliCommand.h"

namespace ql {

// `quoteline-cli similar TEXT`: the stored statements most like TEXT, best first, with their score.
class SimilarCommand : public CliCommand
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
