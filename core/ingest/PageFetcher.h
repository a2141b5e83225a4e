#pragma once

#include "core/ingest/FetchOptions.h"
#include "core/ingest/FetchResult.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace ql {

class PageRequest;

// Fetches web pages one at a time on a worker thread of its own, so the GUI thread never waits
// on the network; progress() and finished() arrive on the thread that owns the fetcher.
// For a command line or a worker thread, fetch() does the same and waits.
class PageFetcher : public QObject
{
    Q_OBJECT
public:
    explicit PageFetcher(const FetchOptions& options = {}, QObject* parent = nullptr);
    ~PageFetcher() override;

    // Takes effect with the next start().
    void setOptions(const FetchOptions& options);
    const FetchOptions& options() const { return m_options; }
    // A fetch still running is cancelled first (its finished() says so).
    void start(const QUrl& url);
    // finished() follows with FetchResult::Status::Cancelled unless the page was already complete.
    void cancel();
    bool isRunning() const { return m_running; }

    // Blocking: fetches on the calling thread with a local event loop; needs a QCoreApplication.
    // `progress` (received, total or -1) may return false to cancel. Not for the GUI thread.
    static FetchResult fetch(const QUrl& url, const FetchOptions& options = {},
        const std::function<bool(qint64 received, qint64 total)>& progress = {});

signals:
    void progress(qint64 received, qint64 total);
    void finished(const ql::FetchResult& result);

private:
    FetchOptions m_options;
    QThread m_thread;
    PageRequest* m_request; // lives on m_thread
    int m_pending = 0; // start()s whose finished() has not arrived yet
    bool m_running = false;
};

} // namespace ql
