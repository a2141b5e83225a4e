#pragma once

#include "app/cli/CliCommand.h"
#include "core/export/ExportFilter.h"
#include "core/export/ExportFormat.h"

namespace ql {

// `quoteline-cli export-statements`: the stored statements with their sources as CSV, JSON or RIS,
// to a file or stdout, filtered by tag, speaker and period (the same writer as File ▸ Export
// Statements…).
class ExportStatementsCommand : public CliCommand
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
    ExportFormat m_format = ExportFormat::Csv;
    ExportFilter m_filter;
    QString m_out; // empty: stdout
    bool m_bom = false;
    bool m_overwrite = false;
};

} // namespace ql
