#pragma once

#include <QString>

namespace ql {

// The values of the options several subcommands share (see CliOptions). Those given before the
// subcommand's name are the defaults its own parser starts from.
struct CliSettings
{
    QString storePath; // empty: the app's default store
    QString format = QStringLiteral("text"); // text, jsonl or json
    int limit = 20;
    int minSize = 2;
    bool withText = false; // extract --text: each JSON line also carries the cleaned text
};

} // namespace ql
