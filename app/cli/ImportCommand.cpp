#include "ImportCommand.h"

#include "CliOptions.h"
#include "CliSession.h"
#include "families/FamilyIndex.h"
#include "importing/ImportPipeline.h"
#include "importing/UrlImport.h"
#include "store/Store.h"

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

int ImportCommand::execute(CliSession& session, const QStringList&)
{
    Store store;
    if (!session.openStore(store))
        return CliFailure;
    QTextStream& out = session.out();
    int rejected = 0;
    if (!m_files.isEmpty()) {
        ImportPipeline pipeline(store);
        pipeline.importFiles(m_files, [&](int, int, const ImportResult& r) {
            out << r.statusName() << '\t' << r.source;
            if (!r.reason.isEmpty())
                out << '\t' << r.reason;
            out << '\n';
            if (r.status == ImportResult::Status::Rejected)
                ++rejected;
            return true;
        });
    }
    rejected += importUrls(session, store, m_urls);
    out.flush();
    FamilyIndex families(store);
    // load() places every statement the stored grouping does not know yet, i.e. the new ones.
    const StoreError e = families.load();
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
        session.out() << r.statusName() << '\t' << url;
        if (!r.reason.isEmpty())
            session.out() << '\t' << r.reason;
        session.out() << '\n';
        if (r.status == ImportResult::Status::Rejected)
            ++rejected;
    }
    return rejected;
}

} // namespace ql
