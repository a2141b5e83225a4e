#pragma once

#include "app/cli/CliExitCode.h"
#include "app/cli/CliSettings.h"

#include <QJsonValue>
#include <QTextStream>

namespace ql {

class Store;

// What a running subcommand works with: its output streams, the settled shared options, and the
// few things every command does the same way (open the store, fail with one line, print JSON).
class CliSession
{
public:
    CliSession(QTextStream& out, QTextStream& err, const CliSettings& settings);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const CliSettings& settings() const { return m_settings; }
    bool textFormat() const { return m_settings.format == QLatin1String("text"); }

    // One line "quoteline-cli: REASON" on stderr; returns `exitCode` for `return fail(…)`.
    int fail(const QString& reason, int exitCode = CliFailure);
    // Opens the --store path (or the default store); on failure prints why and returns false.
    bool openStore(Store& store);
    // An array or object as JSON: one compact line for jsonl, indented for json.
    void printJson(const QJsonValue& value);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    CliSettings m_settings;
};

} // namespace ql
