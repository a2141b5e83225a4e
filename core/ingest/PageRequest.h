#pragma once

#include "core/ingest/FetchOptions.h"
#include "core/ingest/FetchResult.h"

#include <QObject>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace ql {

// One web page fetched on the thread this object lives on, asynchronously: the page alone (never
// its images, scripts or styles), redirects followed by hand up to the limit, refused as soon as
// the headers show it is not HTML or too large, stopped by the deadline or cancel(). PageFetcher
// runs it on a worker thread; PageFetcher::fetch() on the caller's with a local event loop.
class PageRequest : public QObject
{
    Q_OBJECT
public:
    explicit PageRequest(const FetchOptions& options = {}, QObject* parent = nullptr);
    ~PageRequest() override;

    void setOptions(const FetchOptions& options) { m_options = options; }
    // Starts fetching; a fetch still running is cancelled first. finished() follows exactly once
    // per start(), possibly before start() returns (an address that is not http or https).
    void start(const QUrl& url);
    void cancel();
    bool isRunning() const { return m_running; }

    static bool isWebUrl(const QUrl& url);

signals:
    // Bytes of the page received so far, and its announced size (-1 when not announced).
    void progress(qint64 received, qint64 total);
    void finished(const ql::FetchResult& result);

private:
    void get(const QUrl& url);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void fail(FetchResult::Status status, const QString& reason);
    void finish();
    void dropReply();
    static QString sizeText(qint64 bytes);

    FetchOptions m_options;
    QNetworkAccessManager* m_nam = nullptr; // created on first use, on this object's thread
    QNetworkReply* m_reply = nullptr;
    QTimer m_deadline;
    FetchResult m_result;
    qint64 m_announced = -1;
    bool m_running = false;
};

} // namespace ql
