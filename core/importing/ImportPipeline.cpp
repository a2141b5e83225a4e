#include "core/importing/ImportPipeline.h"

#include "core/importing/OfficeTable.h"

#include "core/analysis/extraction/Extractor.h"
#include "core/concurrency/ParallelFor.h"
#include "core/ingest/Ingestor.h"
#include "core/store/EventTable.h"
#include "core/store/Store.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <vector>

namespace ql {

ImportPipeline::ImportPipeline(Store& store)
    : m_store(store)
    , m_extractor(OfficeTable::load(store))
{
    m_extractor.setEvents(EventTable::load(store)); // the analyst's calendar dates the new statements
}

const Extractor& ImportPipeline::seedExtractor()
{
    static const Extractor extractor;
    return extractor;
}

namespace {

PreparedArticle prepared(const IngestResult& ingested, const QString& source, const Extractor& extractor)
{
    PreparedArticle p;
    p.source = source;
    p.ok = ingested.ok;
    p.error = ingested.error;
    p.article = ingested.article;
    if (!p.ok)
        return p;
    p.extraction = extractor.extract(p.article);
    // One document is one article: a file that is the same article pasted ten thousand times
    // (or a dump of a whole archive) would become one article nobody can read, and every list,
    // search and family of it would be slow. It is refused whole, never cut silently.
    const auto refuse = [&p](qsizetype count, int limit, const char* what) {
        p.ok = false;
        p.error = QStringLiteral("the document holds %1 %2, more than the %3 Quoteline keeps per article: "
                                 "split it into its articles")
                      .arg(count)
                      .arg(QLatin1String(what))
                      .arg(limit);
        p.extraction = Extraction();
    };
    if (p.extraction.statements.size() > ImportPipeline::MaxStatementsPerArticle)
        refuse(p.extraction.statements.size(), ImportPipeline::MaxStatementsPerArticle, "statements");
    else if (p.extraction.figures.size() > ImportPipeline::MaxFiguresPerArticle)
        refuse(p.extraction.figures.size(), ImportPipeline::MaxFiguresPerArticle, "figures");
    return p;
}

} // namespace

PreparedArticle ImportPipeline::prepareFile(const QString& path, const Extractor& extractor)
{
    return prepared(Ingestor().readFile(path), path, extractor);
}

PreparedArticle ImportPipeline::prepareBytes(
    const QByteArray& bytes, const QString& label, const QString& mimeType, const Extractor& extractor)
{
    return prepared(Ingestor().readBytes(bytes, label, mimeType), label, extractor);
}

QStringList ImportPipeline::expandPaths(const QStringList& paths)
{
    QStringList out;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            out << path;
            continue;
        }
        QStringList inDir;
        QDirIterator it(
            path, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            inDir << it.next();
        std::sort(inDir.begin(), inDir.end());
        out << inDir;
    }
    return out;
}

ImportResult ImportPipeline::commit(const PreparedArticle& p)
{
    ImportResult r;
    r.source = p.source;
    if (!p.ok) {
        r.status = ImportResult::Status::Rejected;
        r.reason = p.error;
        return r;
    }
    const Store::ImportOutcome outcome = m_store.importArticle(p.article, p.extraction);
    if (outcome.duplicate) {
        r.status = ImportResult::Status::Duplicate;
    } else if (outcome.error.isError()) {
        r.status = ImportResult::Status::Rejected;
        r.reason = outcome.error.message;
    } else {
        r.status = ImportResult::Status::Imported;
        r.articleId = outcome.articleId;
    }
    return r;
}

QList<ImportResult> ImportPipeline::finish(
    ImportBatch& batch, QList<ImportResult> results, const std::vector<bool>& reachedStore)
{
    const StoreError error = batch.commit();
    if (!error.isError())
        return results;
    m_stopError = error;
    // The batch's transaction is gone, and with it every article it held: each says so.
    for (qsizetype i = 0; i < results.size(); ++i) {
        ImportResult& r = results[i];
        if (r.status == ImportResult::Status::Duplicate || !reachedStore.at(size_t(i)))
            continue;
        r.status = ImportResult::Status::Rejected;
        r.reason = QStringLiteral("not stored: %1").arg(error.message);
        r.articleId = 0;
    }
    return results;
}

QList<ImportResult> ImportPipeline::importFiles(
    const QStringList& paths, const Progress& progress, int threads)
{
    m_stopError = StoreError();
    const QStringList files = expandPaths(paths);
    QList<ImportResult> results;
    results.reserve(files.size());
    threads = resolveThreadCount(threads);

    // Work in chunks so memory stays bounded for huge batches and cancel takes effect quickly.
    // While one chunk is stored on this thread, the workers already read the next one; a cancel
    // also stops that read early (its files are not reported).
    const int chunk = batchSize;
    std::atomic<bool> cancelled { false };
    auto prepareChunk = [&files, &cancelled, this, threads](int begin) {
        const int end = std::min<int>(int(files.size()), begin + chunk);
        std::vector<PreparedArticle> batch(size_t(std::max(0, end - begin)));
        parallelFor(
            batch.size(), threads,
            [&](std::size_t i) { batch[i] = prepareFile(files.at(begin + int(i)), m_extractor); }, 1,
            &cancelled);
        return batch;
    };
    std::vector<PreparedArticle> current = files.isEmpty() ? std::vector<PreparedArticle>() : prepareChunk(0);
    for (int begin = 0; begin < files.size() && !cancelled; begin += chunk) {
        std::vector<PreparedArticle> upcoming;
        const auto commitCurrent = [&] {
            for (const ImportResult& r : commitBatch(current)) {
                results.append(r);
                if (progress && !cancelled && !progress(int(results.size()), int(files.size()), r))
                    cancelled = true;
            }
            if (m_stopError.isError())
                cancelled = true;
        };
        if (begin + chunk < files.size())
            runBeside([&] { upcoming = prepareChunk(begin + chunk); }, commitCurrent);
        else
            commitCurrent();
        current = std::move(upcoming);
    }
    return results;
}

} // namespace ql
