#include "models/commands/RedatingRunner.h"

#include "core/importing/OfficeTable.h"
#include "core/store/ChangeNotifier.h"
#include "core/store/EventTable.h"
#include "core/store/Store.h"

#include <QEventLoop>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace ql {

namespace {

// A store that keeps changing (a long import) would make the worker read forever: past this many
// fresh reads the job is finished on the GUI thread against the store as it is.
constexpr int MaxReruns = 3;

} // namespace

RedatingRunner::RedatingRunner(Store* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &RedatingRunner::onFinished);
    ChangeNotifier* n = store->notifier();
    connect(n, &ChangeNotifier::storeReset, this, &RedatingRunner::markStale);
    connect(n, &ChangeNotifier::articlesAdded, this, &RedatingRunner::markStale);
    connect(n, &ChangeNotifier::articlesRemoved, this, &RedatingRunner::markStale);
    connect(n, &ChangeNotifier::articleChanged, this, &RedatingRunner::markStale);
    connect(n, &ChangeNotifier::statementsAdded, this, &RedatingRunner::markStale);
    connect(n, &ChangeNotifier::statementsRemoved, this, &RedatingRunner::markStale);
    connect(n, &ChangeNotifier::statementChanged, this, &RedatingRunner::markStale);
}

RedatingRunner::~RedatingRunner()
{
    // The worker only reads its own connection; its result is not wanted any more.
    m_watcher.waitForFinished();
}

void RedatingRunner::redateArticle(qint64 articleId, const QDate& published, Done done)
{
    enqueue(Job { { articleId }, published, std::nullopt, std::nullopt, std::move(done) });
}

void RedatingRunner::redateAll(
    std::optional<OfficeHolders> offices, std::optional<EventCalendar> events, Done done)
{
    enqueue(Job { {}, std::nullopt, std::move(offices), std::move(events), std::move(done) });
}

bool RedatingRunner::isBusy() const
{
    return m_running.has_value() || !m_queue.isEmpty();
}

void RedatingRunner::waitForIdle()
{
    if (!isBusy())
        return;
    QEventLoop loop;
    connect(this, &RedatingRunner::busyChanged, &loop, [&loop](bool busy) {
        if (!busy)
            loop.quit();
    });
    loop.exec();
}

void RedatingRunner::enqueue(Job job)
{
    const bool wasBusy = isBusy();
    m_queue.enqueue(std::move(job));
    if (!wasBusy)
        emit busyChanged(true);
    if (!m_running)
        startNext();
}

void RedatingRunner::startNext()
{
    if (m_queue.isEmpty()) {
        emit busyChanged(false);
        return;
    }
    m_running = m_queue.dequeue();
    m_stale = false;
    m_reruns = 0;
    m_watcher.setFuture(QtConcurrent::run(&RedatingRunner::run, m_store->path(), *m_running));
}

void RedatingRunner::markStale()
{
    if (m_running)
        m_stale = true;
}

RedatingRunner::Result RedatingRunner::run(const QString& path, const Job& job)
{
    Result result;
    Store store; // this thread's own connection: a Store belongs to the thread that opened it
    if (store.open(path).isError())
        return result;
    const OfficeHolders offices = job.offices ? *job.offices : OfficeTable::load(store);
    const EventCalendar events = job.events ? *job.events : EventTable::load(store);
    result.change = StatementRedater::compute(
        StatementRedater::read(store, job.articleIds, job.published), offices, events);
    result.ok = true;
    return result;
}

void RedatingRunner::onFinished()
{
    if (!m_running)
        return;
    Result result = m_watcher.result();
    if (m_stale && result.ok && m_reruns < MaxReruns) {
        // The store changed under the worker's read: what it worked out may already be out of date.
        m_stale = false;
        ++m_reruns;
        m_watcher.setFuture(QtConcurrent::run(&RedatingRunner::run, m_store->path(), *m_running));
        return;
    }
    Job job = std::move(*m_running);
    m_running.reset();
    if (!result.ok || m_stale) {
        // Reading on this thread is slower for the window but always right.
        const OfficeHolders offices = job.offices ? *job.offices : OfficeTable::load(*m_store);
        const EventCalendar events = job.events ? *job.events : EventTable::load(*m_store);
        result.change = StatementRedater::compute(
            StatementRedater::read(*m_store, job.articleIds, job.published), offices, events);
    }
    if (job.done)
        job.done(std::move(result.change));
    startNext();
}

} // namespace ql
