#pragma once

#include "core/importing/PreparedArticle.h"
#include "core/ingest/FetchOptions.h"
#include "core/ingest/FetchResult.h"
#include "views/import/ImportSources.h"
#include "views/import/PreparationJob.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace ql {

class Extractor;
class PageFetcher;
class Store;

// Reads and analyses import sources on the thread pool, one batch at a time, and reports
// progress to the GUI thread. Sources added while a batch runs wait for the next one. A batch's
// web pages are fetched first, one after the other on the fetcher's thread, then read with the
// rest; a page that cannot be fetched becomes a rejected document with the reason.
class PreparationRunner : public QObject
{
    Q_OBJECT
public:
    // `extractor` resolves speakers' roles; null uses the built-in office table.
    explicit PreparationRunner(std::shared_ptr<const Extractor> extractor, QObject* parent = nullptr);
    ~PreparationRunner() override;

    void start(const ImportSources& sources);
    // Stops the running batch (fetching included) and drops waiting ones; nothing of them is
    // reported.
    void cancel();
    bool isRunning() const;
    bool isFetching() const { return m_fetching; }
    // Timeout and size limit for web pages; by default from QSettings (FetchOptions::fromSettings).
    void setFetchOptions(const FetchOptions& options);

    // An extractor that resolves roles with the store's office table, as the CLI's import does;
    // null (the built-in table) when no store is open.
    static std::shared_ptr<const Extractor> extractorFor(Store* store);
    // Thread-safe: reads one file or payload (a payload may hold several documents).
    static QList<PreparedArticle> prepare(const PreparationJob& job, const Extractor& extractor);
    static QList<PreparationJob> jobsFor(const ImportSources& sources);

signals:
    void progressChanged(int done, int total);
    // A web page of the batch is being fetched: bytes so far, and its size (-1 while unknown).
    void fetchProgress(const QUrl& url, qint64 received, qint64 total);
    void batchFinished(const QList<ql::PreparedArticle>& articles);
    void batchCancelled();
    void runningChanged(bool running);
    // Sources that held nothing to read, e.g. an empty folder.
    void nothingToRead();
    // A worker starts OCR on page `page` (0-based) of `pages` of a scanned PDF. Emitted from the
    // worker thread: connect with the default (queued) connection.
    void ocrPageStarted(const QString& source, int page, int pages);

private:
    void startNext();
    void runJobs(const QList<PreparationJob>& jobs);
    void fetchNext();
    void onFetched(const FetchResult& result);
    void setRunning(bool running);
    void onFinished();

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    // Not the global pool: Qt 6's raster painting waits on global-pool tasks, so a busy global
    // pool would freeze the window, progress bar included.
    QThreadPool m_pool;
#endif
    QFutureWatcher<QList<PreparedArticle>> m_watcher;
    std::shared_ptr<const Extractor> m_extractor;
    // Set by cancel(): OCR, seconds a page, stops between pages instead of at the file's end.
    // One flag per batch, so a cancelled batch's workers never see the next batch's reset.
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    QList<ImportSources> m_waiting;
    PageFetcher* m_fetcher;
    ImportSources m_fetchingFor; // the batch whose pages are being fetched; its urls shrink
    QList<PreparationJob> m_fetchedPages;
    QUrl m_fetchUrl;
    bool m_fetching = false;
    bool m_running = false;
    int m_total = 0;
};

} // namespace ql
