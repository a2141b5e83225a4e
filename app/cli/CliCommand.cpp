#include "app/cli/CliCommand.h"

#include "app/cli/CliExitCode.h"
#include "app/cli/CliOptions.h"
#include "app/cli/CliSession.h"

#include <QCommandLineParser>

namespace ql {

CliCommand::~CliCommand() = default;

QString CliCommand::helpText() const
{
    QString text
        = QStringLiteral("Usage: quoteline-cli %1 [options] %2\n\n%3\n").arg(name(), arguments(), summary());
    if (const QString more = details(); !more.isEmpty())
        text += QLatin1Char('\n') + more + QLatin1Char('\n');
    text += QStringLiteral("\nOptions:\n")
        + CliOptions::describe(CliOptions::shared(sharedOptions()) + ownOptions()
            + QList<QCommandLineOption> { CliOptions::help(), CliOptions::version() });
    text += QStringLiteral("\nExit codes: 0 success, 1 the command failed, 2 the command line is wrong.\n");
    return text;
}

int CliCommand::run(const QStringList& args, const CliSettings& defaults, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption help = CliOptions::help();
    const QCommandLineOption version = CliOptions::version();
    parser.addOption(help);
    parser.addOption(version);
    parser.addOptions(CliOptions::shared(sharedOptions()));
    parser.addOptions(ownOptions());

    CliSession usage(out, err, defaults);
    auto usageError = [&](const QString& reason) {
        return usage.fail(QStringLiteral("%1 (see quoteline-cli %2 --help)").arg(reason, name()), CliUsage);
    };
    // parse() takes the program's name first; ours is the command's.
    if (!parser.parse(QStringList { name() } + args))
        return usageError(CliOptions::parseError(parser));
    if (parser.isSet(help)) {
        out << helpText();
        out.flush();
        return CliOk;
    }
    if (parser.isSet(version)) {
        out << CliOptions::versionLine(QStringLiteral("quoteline-cli"));
        out.flush();
        return CliOk;
    }
    CliSettings settings = defaults;
    if (const QString e = CliOptions::read(parser, sharedOptions(), settings); !e.isEmpty())
        return usageError(e);
    const QStringList positional = parser.positionalArguments();
    if (const QString e = prepare(parser, positional); !e.isEmpty())
        return usageError(e);
    CliSession session(out, err, settings);
    return execute(session, positional);
}

} // namespace ql
