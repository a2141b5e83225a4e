#include "core/ingest/PageFetcher.h"

#include "core/ingest/PageRequest.h"

#include <QEventLoop>
#include <QMetaObject>

namespace ql {

PageFetcher::PageFetcher(const FetchOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_request(new PageRequest(options))
{
    qRegisterMetaType<ql::FetchResult>();
    m_thread.setObjectName(QStringLiteral("PageFetcher"));
    m_request->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_request, &QObject::deleteLater);
    connect(m_request, &PageRequest::progress, this, [this](qint64 received, qint64 total) {
        if (m_pending == 1) // not the tail of a fetch that a newer start() replaced
            emit progress(received, total);
    });
    connect(m_request, &PageRequest::finished, this, [this](const FetchResult& result) {
        if (--m_pending > 0)
            return; // superseded by a newer start(), whose finished() is still to come
        m_running = false;
        emit finished(result);
    });
    m_thread.start();
}

PageFetcher::~PageFetcher()
{
    disconnect(m_request, nullptr, this, nullptr);
    QMetaObject::invokeMethod(m_request, &PageRequest::cancel, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void PageFetcher::setOptions(const FetchOptions& options)
{
    m_options = options;
}

void PageFetcher::start(const QUrl& url)
{
    ++m_pending;
    m_running = true;
    const FetchOptions options = m_options;
    PageRequest* request = m_request;
    QMetaObject::invokeMethod(
        m_request,
        [request, options, url] {
            request->setOptions(options);
            request->start(url);
        },
        Qt::QueuedConnection);
}

void PageFetcher::cancel()
{
    if (m_running)
        QMetaObject::invokeMethod(m_request, &PageRequest::cancel, Qt::QueuedConnection);
}

FetchResult PageFetcher::fetch(
    const QUrl& url, const FetchOptions& options, const std::function<bool(qint64, qint64)>& progress)
{
    PageRequest request(options);
    QEventLoop loop;
    FetchResult result;
    bool done = false;
    QObject::connect(&request, &PageRequest::finished, &loop, [&](const FetchResult& r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (progress) {
        QObject::connect(&request, &PageRequest::progress, &loop, [&](qint64 received, qint64 total) {
            if (!progress(received, total))
                request.cancel();
        });
    }
    request.start(url);
    // The request's deadline bounds this loop.
    if (!done)
        loop.exec();
    return result;
}

} // namespace ql
