#pragma once

namespace ql {

// The exit codes of quoteline-cli, the same for every subcommand. Scripts tell a wrong command line
// (fix the call) from a failed run (look at the data) by them.
enum CliExitCode : int {
    CliOk = 0, // the command did what was asked
    CliFailure = 1, // it ran but failed: unreadable file, store that cannot be opened, file exists…
    CliUsage = 2, // the command line is wrong: unknown command or option, missing or bad value
};

} // namespace ql
