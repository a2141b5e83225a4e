#pragma once

#include <QStringList>
#include <QTextStream>

namespace ql {

class Store;

// quoteline-cli: every command prints its result on stdout and, on failure, one line on stderr
// with a non-zero exit code.
class CliRunner
{
public:
    CliRunner(QTextStream& out, QTextStream& err);

    int run(const QStringList& arguments);

private:
    int usage(int exitCode);
    int fail(const QString& reason, int exitCode = 1);
    bool openStore(Store& store);

    int runImport(const QStringList& files);
    int runExtract(const QStringList& files);
    int runSearch(const QStringList& words);
    int runStats();

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_storePath;
    QString m_format = QStringLiteral("text");
    int m_limit = 20;
};

} // namespace ql
