#pragma once

#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

namespace ql {

class FamilyIndex;
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
    int runSimilar(const QString& text);
    int runFamilies();
    int runDiff(const QStringList& ids);
    bool loadFamilies(FamilyIndex& families);
    void printJson(const QJsonValue& value);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_storePath;
    QString m_format = QStringLiteral("text");
    int m_limit = 20;
    int m_minSize = 2;
    bool m_withText = false; // extract --text: each JSON line also carries the cleaned text
};

} // namespace ql
