#pragma once

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace ql {

class CliCommand;

// quoteline-cli: reads the options before the subcommand's name with a QCommandLineParser, finds
// the subcommand, and hands it the rest of the command line. Every command prints its result on
// stdout and, on failure, one line on stderr; the exit code is a CliExitCode.
class CliRunner
{
public:
    CliRunner(QTextStream& out, QTextStream& err);
    ~CliRunner();

    // `arguments` without the program's name; returns the exit code.
    int run(const QStringList& arguments);

    // Whether the subcommand these arguments name paints (and so needs a QApplication). Looks at
    // the command line the way run() does, so a word that only looks like a command does not count.
    static bool paints(const QStringList& arguments);
    // Before the QApplication of a painting command exists: the offscreen platform unless one is
    // chosen, and a private runtime folder when XDG_RUNTIME_DIR is not set, so that Qt does not
    // warn about it on stderr (where only the one-line error belongs) on every export.
    static void preparePaintingEnvironment();

private:
    QString usage() const;

    QTextStream& m_out;
    QTextStream& m_err;
    std::vector<std::unique_ptr<CliCommand>> m_commands; // for the help's command list
};

} // namespace ql
