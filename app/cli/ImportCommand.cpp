#include "app/cli/ImportCommand.h"

#include "app/cli/CliOptions.h"
#include "app/cli/CliSession.h"
#include "app/cli/StatementFormat.h"
#include "core/families/FamilyIndex.h"
#include "core/importing/ImportPipeline.h"
#include "core/importing/UrlImport.h"
#include "core/store/ImportBatch.h"
#include "core/store/Store.h"

#include <QUrl>

namespace ql {

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}

QString ImportCommand::summary() const
{
    return QStringLiteral("import documents into the store (one line per file)");
}

QString ImportCommand::arguments() const
{
    return QStringLiteral("FILE|FOLDER…");
}

int ImportCommand::sharedOptions() const
{
    return CliOptions::Store;
}

QString ImportCommand::prepare(const QCommandLineParser&, const QStringList& positional)
{
    if (positional.isEmpty())
        return QStringLiteral("import needs at least one file");
    for (const QString& argument : positional)
        (UrlImport::isWebAddress(argument) ? m_urls : m_files) << argument;
    return QString();
}

// One line per file, whatever the file is called: a newline in a name must not start a line.
void ImportCommand::printResult(QTextStream& out, const ImportResult& r, const QString& source)
{
    out << r.statusName() << '\t' << StatementFormat::oneLine(source);
    if (!r.reason.isEmpty())
        out << '\t' << StatementFormat::oneLine(r.reason);
    out << '\n';
}

int ImportCommand::execute(CliSession& session, const QStringList&)
{
    Store store;
    if (!session.openStore(store))
        return CliFailure;
    QTextStream& out = session.out();
    int rejected = 0;
    if (!m_files.isEmpty()) {
        ImportPipeline pipeline(store);
        int stored = 0;
        pipeline.importFiles(m_files, [&](int, int, const ImportResult& r) {
            printResult(out, r, r.source);
            if (r.status == ImportResult::Status::Rejected)
                ++rejected;
            else if (r.status == ImportResult::Status::Imported)
                ++stored;
            m_imported += r.status == ImportResult::Status::Imported ? 1 : 0;
            return true;
        });
        if (const StoreError e = pipeline.stopError(); e.isError()) {
            out.flush();
            return session.fail(QStringLiteral("the import stopped: %1; %2 of %3 file(s) are stored, the "
                                               "others are not (none in part)")
                                    .arg(e.message)
                                    .arg(stored)
                                    .arg(ImportPipeline::expandPaths(m_files).size()));
        }
    }
    rejected += importUrls(session, store, m_urls);
    out.flush();
    // Nothing new (every file a duplicate or refused, a store opened read-only): no grouping to
    // update, and no second message on top of each file's reason.
    if (m_imported == 0)
        return rejected > 0 ? session.fail(QStringLiteral("%1 file(s) could not be imported").arg(rejected))
                            : CliOk;
    FamilyIndex families(store);
    // load() places every statement the stored grouping does not know yet, i.e. the new ones.
    // It reads the grouping and writes it back under the store's write lock (one transaction),
    // so two imports finishing at once cannot both hand out the same new family id.
    StoreError e;
    {
        ImportBatch locked(store);
        e = locked.startError().isError() ? locked.startError() : families.load();
        if (!e.isError())
            e = locked.commit();
    }
    if (e.isError())
        return session.fail(
            QStringLiteral("imported, but variant families could not be updated: %1").arg(e.message));
    if (rejected > 0)
        return session.fail(QStringLiteral("%1 file(s) could not be imported").arg(rejected));
    return CliOk;
}

// http(s) arguments: each page is fetched (only the page, never what it links to), read as HTML and
// stored like a file, with the same "imported / duplicate / rejected" line.
int ImportCommand::importUrls(CliSession& session, Store& store, const QStringList& urls)
{
    int rejected = 0;
    for (const QString& url : urls) {
        const ImportResult r = UrlImport::importUrl(store, QUrl(url));
        printResult(session.out(), r, url);
        if (r.status == ImportResult::Status::Rejected)
            ++rejected;
        else if (r.status == ImportResult::Status::Imported)
            ++m_imported;
    }
    return rejected;
}

} // namespace ql
