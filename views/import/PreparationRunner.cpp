#include "views/import/PreparationRunner.h"

#include "core/analysis/extraction/Extractor.h"
#include "core/importing/ImportPipeline.h"
#include "core/importing/UrlImport.h"
#include "core/ingest/Ingestor.h"
#include "core/ingest/OcrProgress.h"
#include "core/ingest/PageFetcher.h"
#include "core/store/Store.h"

#include <QtConcurrent/QtConcurrentMap>

namespace ql {

namespace {

// A named functor rather than a lambda: Qt 5's mapped() reads the result type from result_type.
struct PrepareJob
{
    using result_type = QList<PreparedArticle>;
    std::shared_ptr<const Extractor> extractor; // one table for every copy mapped() makes
    std::shared_ptr<std::atomic<bool>> cancelled;
    PreparationRunner* runner; // outlives the job: its destructor waits for the workers

    QList<PreparedArticle> operator()(const PreparationJob& job) const
    {
        const QString source = job.path.isEmpty() ? QObject::tr("dropped content") : job.path;
        const OcrProgressScope ocr([this, &source](int page, int pages) {
            if (cancelled->load())
                return false;
            emit runner->ocrPageStarted(source, page, pages);
            return true;
        });
        return PreparationRunner::prepare(job, *extractor);
    }
};

} // namespace

std::shared_ptr<const Extractor> PreparationRunner::extractorFor(Store* store)
{
    if (!store || !store->isOpen())
        return {};
    return std::make_shared<const Extractor>(ImportPipeline(*store).extractor());
}

PreparationRunner::PreparationRunner(std::shared_ptr<const Extractor> extractor, QObject* parent)
    : QObject(parent)
    , m_extractor(extractor ? std::move(extractor) : std::make_shared<const Extractor>())
    , m_fetcher(new PageFetcher(FetchOptions::fromSettings(), this))
{
    connect(m_fetcher, &PageFetcher::progress, this,
        [this](qint64 received, qint64 total) { emit fetchProgress(m_fetchUrl, received, total); });
    connect(m_fetcher, &PageFetcher::finished, this, &PreparationRunner::onFetched);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
        [this](int value) { emit progressChanged(value, m_total); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &PreparationRunner::onFinished);
}

PreparationRunner::~PreparationRunner()
{
    // The workers report OCR pages through this object, so it waits for them (which also keeps
    // the pool quiet for whoever comes next); the flag stops a scan between pages.
    m_watcher.disconnect(this);
    if (m_cancelled)
        m_cancelled->store(true);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

bool PreparationRunner::isRunning() const
{
    return m_running;
}

QList<PreparationJob> PreparationRunner::jobsFor(const ImportSources& sources)
{
    QList<PreparationJob> jobs;
    const QStringList files = ImportPipeline::expandPaths(sources.paths);
    jobs.reserve(files.size() + sources.payloads.size());
    for (const QString& file : files) {
        PreparationJob job;
        job.path = file;
        jobs.append(job);
    }
    for (const auto& payload : sources.payloads) {
        PreparationJob job;
        job.payload = payload;
        jobs.append(job);
    }
    return jobs;
}

void PreparationRunner::setFetchOptions(const FetchOptions& options)
{
    m_fetcher->setOptions(options);
}

QList<PreparedArticle> PreparationRunner::prepare(const PreparationJob& job, const Extractor& extractor)
{
    if (job.fetched)
        return { UrlImport::prepare(job.page, extractor) };
    if (!job.path.isEmpty())
        return { ImportPipeline::prepareFile(job.path, extractor) };
    QList<PreparedArticle> out;
    const QList<IngestResult> read = Ingestor().readMimePayload(job.payload);
    for (const IngestResult& r : read) {
        PreparedArticle p;
        p.source = r.source.isEmpty() ? QObject::tr("dropped content") : r.source;
        p.ok = r.ok;
        p.error = r.error;
        p.article = r.article;
        if (p.ok)
            p.extraction = extractor.extract(p.article);
        out.append(p);
    }
    return out;
}

void PreparationRunner::start(const ImportSources& sources)
{
    if (sources.isEmpty())
        return;
    m_waiting.append(sources);
    if (!m_running)
        startNext();
}

void PreparationRunner::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    emit runningChanged(running);
}

void PreparationRunner::startNext()
{
    while (!m_waiting.isEmpty()) {
        ImportSources next = m_waiting.takeFirst();
        if (!next.urls.isEmpty()) {
            // Pages first: the batch is read once they are all in (or refused).
            m_fetchingFor = std::move(next);
            m_fetchedPages.clear();
            m_fetching = true;
            setRunning(true);
            fetchNext();
            return;
        }
        const QList<PreparationJob> jobs = jobsFor(next);
        if (!jobs.isEmpty()) {
            runJobs(jobs);
            return;
        }
        emit nothingToRead();
    }
    setRunning(false);
}

void PreparationRunner::fetchNext()
{
    if (m_fetchingFor.urls.isEmpty()) {
        m_fetching = false;
        QList<PreparationJob> jobs = jobsFor(m_fetchingFor);
        jobs += m_fetchedPages;
        m_fetchingFor = ImportSources();
        m_fetchedPages.clear();
        runJobs(jobs);
        return;
    }
    m_fetchUrl = m_fetchingFor.urls.takeFirst();
    emit fetchProgress(m_fetchUrl, 0, -1);
    m_fetcher->start(m_fetchUrl);
}

void PreparationRunner::onFetched(const FetchResult& result)
{
    if (!m_fetching)
        return; // the tail of a cancelled batch
    PreparationJob job;
    job.fetched = true;
    job.page = result;
    m_fetchedPages.append(job);
    fetchNext();
}

void PreparationRunner::runJobs(const QList<PreparationJob>& jobs)
{
    m_total = int(jobs.size());
    setRunning(true);
    emit progressChanged(0, m_total);
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    const PrepareJob job { m_extractor, m_cancelled, this };
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    m_watcher.setFuture(QtConcurrent::mapped(&m_pool, jobs, job));
#else
    // Qt 5's mapped() has no pool argument, and its painting does not use the global pool.
    m_watcher.setFuture(QtConcurrent::mapped(jobs, job));
#endif
}

void PreparationRunner::cancel()
{
    m_waiting.clear();
    if (m_fetching) {
        m_fetching = false;
        m_fetcher->cancel();
        m_fetchingFor = ImportSources();
        m_fetchedPages.clear();
        emit batchCancelled();
        setRunning(false);
        return;
    }
    if (m_running) {
        // OCR checks the flag between pages; the watcher stops files not yet started.
        if (m_cancelled)
            m_cancelled->store(true);
        m_watcher.cancel();
    }
}

void PreparationRunner::onFinished()
{
    if (m_watcher.isCanceled()) {
        m_waiting.clear();
        m_running = false;
        emit batchCancelled();
        emit runningChanged(false);
        return;
    }
    QList<PreparedArticle> articles;
    const QList<QList<PreparedArticle>> parts = m_watcher.future().results();
    for (const auto& part : parts)
        articles += part;
    emit progressChanged(m_total, m_total);
    emit batchFinished(articles);
    startNext();
}

} // namespace ql
