#include "cli/CliRunner.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Quoteline"));
    QCoreApplication::setApplicationName(QStringLiteral("Quoteline"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    ql::CliRunner runner(out, err);
    return runner.run(app.arguments().mid(1));
}
