#include "app/cli/CliRunner.h"

#include "app/cli/BackupCommand.h"
#include "app/cli/ChartExportCommand.h"
#include "app/cli/CheckCommand.h"
#include "app/cli/CliExitCode.h"
#include "app/cli/CliOptions.h"
#include "app/cli/CliSession.h"
#include "app/cli/DiffCommand.h"
#include "app/cli/ExportStatementsCommand.h"
#include "app/cli/ExtractCommand.h"
#include "app/cli/FamiliesCommand.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/MigrateCommand.h"
#include "app/cli/SearchCommand.h"
#include "app/cli/SimilarCommand.h"
#include "app/cli/StatsCommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ql {

namespace {

// The column where the summaries of the command list start.
constexpr int kSummaryColumn = 35;

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExtractCommand>());
    commands.push_back(std::make_unique<SearchCommand>());
    commands.push_back(std::make_unique<StatsCommand>());
    commands.push_back(std::make_unique<SimilarCommand>());
    commands.push_back(std::make_unique<FamiliesCommand>());
    commands.push_back(std::make_unique<DiffCommand>());
    commands.push_back(std::make_unique<ChartExportCommand>());
    commands.push_back(std::make_unique<ExportStatementsCommand>());
    commands.push_back(std::make_unique<MigrateCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    return commands;
}

// The parser of the words before the subcommand. It knows every shared option, as the first
// quoteline-cli did, and stops at the first positional argument: that is the subcommand, and all
// that follows it is the subcommand's to read.
struct TopLevel
{
    QCommandLineParser parser;
    QCommandLineOption help = CliOptions::help();
    QCommandLineOption version = CliOptions::version();
    bool parsed = false;

    explicit TopLevel(const QStringList& arguments)
    {
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
        parser.addOption(help);
        parser.addOption(version);
        parser.addOptions(CliOptions::shared(CliOptions::All));
        parsed = parser.parse(QStringList { QStringLiteral("quoteline-cli") } + arguments);
    }
};

} // namespace

CliRunner::CliRunner(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
    , m_commands(allCommands())
{ }

CliRunner::~CliRunner() = default;

QString CliRunner::usage() const
{
    QString text = QStringLiteral("Usage: quoteline-cli [--store PATH] COMMAND [ARGS…]\n"
                                  "       quoteline-cli COMMAND --help\n\nCommands:\n");
    for (const auto& command : m_commands) {
        QString left = QStringLiteral("  ") + command->name();
        if (!command->arguments().isEmpty())
            left += QLatin1Char(' ') + command->arguments();
        if (left.size() >= kSummaryColumn)
            text += left + QLatin1Char('\n') + QString(kSummaryColumn, QLatin1Char(' '));
        else
            text += left.leftJustified(kSummaryColumn);
        text += command->summary() + QLatin1Char('\n');
    }
    text += QStringLiteral("\nOptions (before the command, or after it where the command takes them):\n")
        + CliOptions::describe(CliOptions::shared(CliOptions::All)
            + QList<QCommandLineOption> { CliOptions::help(), CliOptions::version() })
        + QStringLiteral("\nUse -- before arguments that start with a dash.\n"
                         "Exit codes: 0 success, 1 the command failed (a file could not be read or written,\n"
                         "the store could not be opened), 2 the command line is wrong.\n");
    return text;
}

int CliRunner::run(const QStringList& arguments)
{
    TopLevel top(arguments);
    CliSession session(m_out, m_err, CliSettings());
    if (!top.parsed)
        return session.fail(
            QStringLiteral("%1 (see --help)").arg(CliOptions::parseError(top.parser)), CliUsage);
    if (top.parser.isSet(top.help)) {
        m_out << usage();
        m_out.flush();
        return CliOk;
    }
    if (top.parser.isSet(top.version)) {
        m_out << CliOptions::versionLine(QStringLiteral("quoteline-cli"));
        m_out.flush();
        return CliOk;
    }
    CliSettings settings;
    if (const QString e = CliOptions::read(top.parser, CliOptions::All, settings); !e.isEmpty())
        return session.fail(QStringLiteral("%1 (see --help)").arg(e), CliUsage);
    QStringList positional = top.parser.positionalArguments();
    if (positional.isEmpty()) {
        m_err << usage();
        m_err.flush();
        return CliUsage;
    }
    const QString name = positional.takeFirst();
    // Fresh commands: a command keeps what it parsed, so one is never run twice.
    for (auto& command : allCommands())
        if (command->name() == name)
            return command->run(positional, settings, m_out, m_err);
    return session.fail(QStringLiteral("unknown command '%1' (see --help)").arg(name), CliUsage);
}

void CliRunner::preparePaintingEnvironment()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_UNIX
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    // What Qt falls back to anyway (a folder of the user's, mode 0700), made before Qt looks.
    const QByteArray dir
        = QFile::encodeName(QDir::tempPath() + QStringLiteral("/quoteline-runtime-%1").arg(::getuid()));
    ::mkdir(dir.constData(), 0700);
    struct stat info;
    if (::lstat(dir.constData(), &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != ::getuid())
        return; // someone else's folder: leave it, and let Qt say what it thinks of it
    if ((info.st_mode & 0777) != 0700 && ::chmod(dir.constData(), 0700) != 0)
        return;
    qputenv("XDG_RUNTIME_DIR", dir);
#endif
}

bool CliRunner::paints(const QStringList& arguments)
{
    TopLevel top(arguments);
    const QStringList positional = top.parser.positionalArguments();
    if (!top.parsed || positional.isEmpty())
        return false;
    for (const auto& command : allCommands())
        if (command->name() == positional.first())
            return command->paints();
    return false;
}

} // namespace ql
