#pragma once

#include "app/cli/CliCommand.h"

namespace ql {

// `quoteline-cli export-chart`: renders the spending, GDP or timeline chart of a store to PNG,
// SVG, PDF or CSV without a display (the offscreen platform). Needs a QApplication.
class ChartExportCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    QString arguments() const override;
    bool paints() const override { return true; }

protected:
    int sharedOptions() const override;
    QList<QCommandLineOption> ownOptions() const override;
    QString details() const override;
    QString prepare(const QCommandLineParser& parser, const QStringList& positional) override;
    int execute(CliSession& session, const QStringList& positional) override;

private:
    QString m_kind;
    QString m_out;
    int m_width = 1200;
    int m_height = 800;
    int m_dpi = 96;
    bool m_overwrite = false;
    bool m_native = false;
    bool m_csv = false;
    QStringList m_speakers;
    QStringList m_sources;
    QStringList m_subjects;
    QStringList m_actors;
    bool m_split = false; // --wide-range split: two panels instead of a log axis
};

} // namespace ql
