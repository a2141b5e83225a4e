#pragma once

#include "ImportSources.h"
#include "PreparationJob.h"
#include "importing/PreparedArticle.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace ql {

class Extractor;
class Store;

// Reads and analyses import sources on the thread pool, one batch at a time, and reports
// progress to the GUI thread. Sources added while a batch runs wait for the next one.
class PreparationRunner : public QObject
{
    Q_OBJECT
public:
    // `extractor` resolves speakers' roles; null uses the built-in office table.
    explicit PreparationRunner(std::shared_ptr<const Extractor> extractor, QObject* parent = nullptr);
    ~PreparationRunner() override;

    void start(const ImportSources& sources);
    // Stops the running batch and drops waiting ones; nothing of them is reported.
    void cancel();
    bool isRunning() const;

    // An extractor that resolves roles with the store's office table, as the CLI's import does;
    // null (the built-in table) when no store is open.
    static std::shared_ptr<const Extractor> extractorFor(Store* store);
    // Thread-safe: reads one file or payload (a payload may hold several documents).
    static QList<PreparedArticle> prepare(const PreparationJob& job, const Extractor& extractor);
    static QList<PreparationJob> jobsFor(const ImportSources& sources);

signals:
    void progressChanged(int done, int total);
    void batchFinished(const QList<ql::PreparedArticle>& articles);
    void batchCancelled();
    void runningChanged(bool running);
    // Sources that held nothing to read, e.g. an empty folder.
    void nothingToRead();

private:
    void startNext();
    void onFinished();

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    // Not the global pool: Qt 6's raster painting waits on global-pool tasks, so a busy global
    // pool would freeze the window, progress bar included.
    QThreadPool m_pool;
#endif
    QFutureWatcher<QList<PreparedArticle>> m_watcher;
    std::shared_ptr<const Extractor> m_extractor;
    QList<ImportSources> m_waiting;
    bool m_running = false;
    int m_total = 0;
};

} // namespace ql
