#pragma once

#include "app/cli/CliSettings.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace ql {

// The options of quoteline-cli that more than one parser knows: --help and --version (everywhere)
// and the shared ones a subcommand opts into. Keeping their names, value checks and help lines in
// one place is what makes every subcommand answer them the same way.
class CliOptions
{
public:
    enum Shared {
        None = 0,
        Store = 1 << 0,
        Format = 1 << 1,
        Limit = 1 << 2,
        MinSize = 1 << 3,
        Text = 1 << 4,
        All = Store | Format | Limit | MinSize | Text,
    };

    static QCommandLineOption help();
    static QCommandLineOption version();
    // The shared options named by `flags` (a mask of Shared), in help order.
    static QList<QCommandLineOption> shared(int flags);

    // Reads the shared options named by `flags` that `parser` saw into `settings`; returns a usage
    // error, or an empty string when every value is valid.
    static QString read(const QCommandLineParser& parser, int flags, CliSettings& settings);
    // QCommandLineParser's error as one of ours: "unknown option --x" names the option as typed.
    static QString parseError(const QCommandLineParser& parser);

    // "  --store PATH      the store to use" lines, aligned, for the help texts.
    static QString describe(const QList<QCommandLineOption>& options);
    // What --version prints.
    static QString versionLine(const QString& program);
};

} // namespace ql
