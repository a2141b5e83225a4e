#include "ImportPipeline.h"

#include "OfficeTable.h"

#include "analysis/extraction/Extractor.h"
#include "ingest/Ingestor.h"
#include "store/EventTable.h"
#include "store/Store.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <thread>
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
    if (p.ok)
        p.extraction = extractor.extract(p.article);
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

QList<ImportResult> ImportPipeline::finish(ImportBatch& batch, QList<ImportResult> results)
{
    const StoreError error = batch.commit();
    if (!error.isError())
        return results;
    for (ImportResult& r : results) {
        if (r.status != ImportResult::Status::Imported)
            continue;
        r.status = ImportResult::Status::Rejected;
        r.reason = error.message;
        r.articleId = 0;
    }
    return results;
}

QList<ImportResult> ImportPipeline::importFiles(
    const QStringList& paths, const Progress& progress, int threads)
{
    const QStringList files = expandPaths(paths);
    QList<ImportResult> results;
    results.reserve(files.size());
    if (threads <= 0)
        threads = std::max(1, QThread::idealThreadCount());

    // Work in chunks so memory stays bounded for huge batches and cancel takes effect quickly.
    // While one chunk is stored on this thread, the workers already read the next one.
    const int chunk = batchSize;
    auto prepareChunk = [&files, this, threads](int begin) {
        const int end = std::min<int>(int(files.size()), begin + chunk);
        std::vector<PreparedArticle> batch(size_t(std::max(0, end - begin)));
        std::atomic<int> next { begin };
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&] {
                for (int i = next++; i < end; i = next++)
                    batch[size_t(i - begin)] = prepareFile(files.at(i), m_extractor);
            });
        }
        for (auto& w : workers)
            w.join();
        return batch;
    };
    bool cancelled = false;
    std::vector<PreparedArticle> current = files.isEmpty() ? std::vector<PreparedArticle>() : prepareChunk(0);
    for (int begin = 0; begin < files.size() && !cancelled; begin += chunk) {
        std::vector<PreparedArticle> upcoming;
        std::thread reader;
        if (begin + chunk < files.size())
            reader = std::thread([&] { upcoming = prepareChunk(begin + chunk); });
        for (const ImportResult& r : commitBatch(current)) {
            results.append(r);
            if (progress && !cancelled && !progress(int(results.size()), int(files.size()), r))
                cancelled = true;
        }
        if (reader.joinable())
            reader.join();
        current = std::move(upcoming);
    }
    return results;
}

} // namespace ql
