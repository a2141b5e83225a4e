#pragma once

#include "app/cli/CliCommand.h"

namespace ql {

// `quoteline-cli extract FILE…`: what the extractor finds in each file, without a store: one
// JSON object per file (the evaluation format) or a readable listing.
class ExtractCommand : public CliCommand
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
