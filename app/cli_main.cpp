#include "app/cli/CliRunner.h"

#include <QApplication>
#include <QTextStream>

#include <memory>

int main(int argc, char* argv[])
{
    // Only chart export paints; it gets a QApplication on the offscreen platform so it runs
    // without a display. Every other command stays a QCoreApplication. The command line is read
    // as the runner reads it, so "search export-chart" does not count as chart export.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const bool paints = ql::CliRunner::paints(arguments);
    if (paints)
        ql::CliRunner::preparePaintingEnvironment();
    std::unique_ptr<QCoreApplication> app(
        paints ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("Quoteline"));
    QCoreApplication::setApplicationName(QStringLiteral("Quoteline"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    ql::CliRunner runner(out, err);
    return runner.run(QCoreApplication::arguments().mid(1));
}
