#pragma once

#include "app/cli/CliCommand.h"

namespace ql {

// `quoteline-cli search QUERY…`: full-text search over the stored statements and articles.
class SearchCommand : public CliCommand
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
