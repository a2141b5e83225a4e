#pragma once

#include "models/commands/StatementRedater.h"

#include <QFutureWatcher>
#include <QObject>
#include <QQueue>

#include <functional>
#include <optional>

namespace ql {

class Store;

// Works out re-datings off the GUI thread, one at a time in the order asked, and hands each result
// back on the GUI thread, where the caller pushes its command: the command carries the before and
// after windows it was given, so undo stays exact. The worker reads through a connection of its
// own (a Store belongs to its thread); a store change while it reads makes it read again, so a
// result is never older than the store it is applied to.
class RedatingRunner : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(StatementRedater::Change)>;

    explicit RedatingRunner(Store* store, QObject* parent = nullptr);
    ~RedatingRunner() override;

    // The statements of one article as if it were dated `published` (null: undated).
    void redateArticle(qint64 articleId, const QDate& published, Done done);
    // Every statement, with these offices and events instead of the stored ones; an empty one is
    // read from the store when the job runs, after the jobs queued before it have been applied.
    void redateAll(std::optional<OfficeHolders> offices, std::optional<EventCalendar> events, Done done);

    bool isBusy() const;
    // Runs the event loop until every queued job has been handed back (tests, closing the window).
    void waitForIdle();

signals:
    void busyChanged(bool busy);

private:
    struct Job
    {
        QList<qint64> articleIds; // empty: every article
        std::optional<QDate> published;
        std::optional<OfficeHolders> offices; // empty: the store's own
        std::optional<EventCalendar> events;
        Done done;
    };
    struct Result
    {
        bool ok = false; // false: the worker could not open the store
        StatementRedater::Change change;
    };

    void enqueue(Job job);
    void startNext();
    void onFinished();
    void markStale();
    static Result run(const QString& path, const Job& job);

    Store* m_store;
    QQueue<Job> m_queue;
    std::optional<Job> m_running;
    bool m_stale = false;
    int m_reruns = 0;
    QFutureWatcher<Result> m_watcher;
};

} // namespace ql
