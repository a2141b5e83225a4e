#pragma once

#include "app/cli/CliCommand.h"

namespace ql {

// `quoteline-cli diff ID ID`: a word-level diff between two stored statements.
class DiffCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    QString arguments() const override;

protected:
    int sharedOptions() const override;
    QString prepare(const QCommandLineParser& parser, const QStringList& positional) override;
    int execute(CliSession& session, const QStringList& positional) override;

private:
    qint64 m_left = 0;
    qint64 m_right = 0;
};

} // namespace ql
