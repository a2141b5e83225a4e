#pragma once

#include <QStringList>
#include <QTextStream>

namespace ql {

class Store;

// `quoteline-cli export-chart`: renders the spending, GDP or timeline chart of a store to PNG,
// SVG, PDF or CSV without a display (the offscreen platform). Needs a QApplication.
class ChartExportCommand
{
public:
    ChartExportCommand(QTextStream& out, QTextStream& err);

    // `args` are the words after "export-chart"; returns the exit code.
    int run(Store& store, const QStringList& args);

private:
    int fail(const QString& reason, int exitCode = 2);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace ql
