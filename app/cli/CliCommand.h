#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace ql {

class CliSession;
struct CliSettings;

// One quoteline-cli subcommand, after KeePassXC's cli/Command: the command describes itself (name,
// summary, arguments, options) and the base class builds a QCommandLineParser for it on every run,
// so each subcommand has its own --help, answers --version, accepts "--" before arguments that
// start with a dash, and reports a wrong command line with the same exit code (CliUsage) before it
// touches a store or a file.
class CliCommand
{
public:
    virtual ~CliCommand();

    virtual QString name() const = 0;
    // One line for the command list of `quoteline-cli --help`.
    virtual QString summary() const = 0;
    // The positional arguments as the usage line shows them, e.g. "FILE|FOLDER…".
    virtual QString arguments() const = 0;
    // Whether the command paints, and so needs a QApplication rather than a QCoreApplication.
    virtual bool paints() const { return false; }

    // Parses `args` (the words after the command's name), starting from `defaults` (the shared
    // options given before the name), and runs the command. Returns the exit code.
    int run(const QStringList& args, const CliSettings& defaults, QTextStream& out, QTextStream& err);
    QString helpText() const;

protected:
    // Which shared options (a mask of CliOptions::Shared) the command reads.
    virtual int sharedOptions() const = 0;
    virtual QList<QCommandLineOption> ownOptions() const { return {}; }
    // More to say in --help than the summary, if anything.
    virtual QString details() const { return QString(); }
    // Reads the command's own options and checks the positional arguments. Returns a usage error,
    // or an empty string when the command line is fine.
    virtual QString prepare(const QCommandLineParser& parser, const QStringList& positional) = 0;
    // Does the work once the command line is known to be valid; returns the exit code.
    virtual int execute(CliSession& session, const QStringList& positional) = 0;
};

} // namespace ql
