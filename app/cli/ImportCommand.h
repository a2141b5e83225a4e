#pragma once

#include "app/cli/CliCommand.h"
#include "core/importing/ImportResult.h"

#include <QTextStream>

namespace ql {

class Store;

// `quoteline-cli import FILE|FOLDER…`: reads documents into the store, one line per file
// (imported / duplicate / rejected with the reason), then places the new statements in their families.
class ImportCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    QString arguments() const override;

protected:
    int sharedOptions() const override;
    QString prepare(const QCommandLineParser& parser, const QStringList& positional) override;
    int execute(CliSession& session, const QStringList& positional) override;

private:
    static void printResult(QTextStream& out, const ImportResult& result, const QString& source);
    // Fetches and imports each http(s) address; returns how many were rejected.
    int importUrls(CliSession& session, Store& store, const QStringList& urls);

    QStringList m_files;
    QStringList m_urls;
    int m_imported = 0; // articles this run stored, files and web pages
};

} // namespace ql
