#include "PreparationRunner.h"

#include "analysis/extraction/Extractor.h"
#include "importing/ImportPipeline.h"
#include "ingest/Ingestor.h"
#include "store/Store.h"

#include <QtConcurrent/QtConcurrentMap>

namespace ql {

namespace {

// A named functor rather than a lambda: Qt 5's mapped() reads the result type from result_type.
struct PrepareJob
{
    using result_type = QList<PreparedArticle>;
    std::shared_ptr<const Extractor> extractor; // one table for every copy mapped() makes

    QList<PreparedArticle> operator()(const PreparationJob& job) const
    {
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
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
        [this](int value) { emit progressChanged(value, m_total); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &PreparationRunner::onFinished);
}

PreparationRunner::~PreparationRunner()
{
    // The workers hold no pointer into this object, but waiting keeps the pool quiet for whoever
    // comes next (a test, or the window closing).
    m_watcher.disconnect(this);
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
    for (const QString& file : files)
        jobs.append(PreparationJob { file, {} });
    for (const auto& payload : sources.payloads)
        jobs.append(PreparationJob { QString(), payload });
    return jobs;
}

QList<PreparedArticle> PreparationRunner::prepare(const PreparationJob& job, const Extractor& extractor)
{
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

void PreparationRunner::startNext()
{
    QList<PreparationJob> jobs;
    while (jobs.isEmpty() && !m_waiting.isEmpty()) {
        jobs = jobsFor(m_waiting.takeFirst());
        if (jobs.isEmpty())
            emit nothingToRead();
    }
    if (jobs.isEmpty()) {
        if (m_running) {
            m_running = false;
            emit runningChanged(false);
        }
        return;
    }
    m_total = int(jobs.size());
    if (!m_running) {
        m_running = true;
        emit runningChanged(true);
    }
    emit progressChanged(0, m_total);
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    m_watcher.setFuture(QtConcurrent::mapped(&m_pool, jobs, PrepareJob { m_extractor }));
#else
    // Qt 5's mapped() has no pool argument, and its painting does not use the global pool.
    m_watcher.setFuture(QtConcurrent::mapped(jobs, PrepareJob { m_extractor }));
#endif
}

void PreparationRunner::cancel()
{
    m_waiting.clear();
    if (m_running)
        m_watcher.cancel();
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
