#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace ql::test {

// Articles written for the import tests (our own words, numbered so that every one is distinct):
// a headline, a dated quote with its speaker, a spending figure, and `padding` paragraphs of
// filler so that a batch can outgrow SQLite's page cache. Returns the paths, sorted.
QStringList writeArticles(const QString& dir, const QString& prefix, int count, int padding = 0);

// quoteline-cli of this build, with HOME and the XDG folders under `home` so that no default
// store of the user running the tests is touched.
QProcess* startCli(const QString& home, const QStringList& arguments, QObject* parent = nullptr);
// The same through bash, after `shellPrefix` (e.g. "trap '' XFSZ; ulimit -f 4000;").
QProcess* startCliLimited(
    const QString& home, const QString& shellPrefix, const QStringList& arguments, QObject* parent = nullptr);
QString cliPath();

} // namespace ql::test
