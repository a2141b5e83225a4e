#pragma once

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QAction;
class QMainWindow;
class QMenu;
class QProgressDialog;
class QThread;

namespace ql {

class Store;

// File ▸ Check Store: reads the whole store file for damage on a worker thread (a connection of
// its own), with progress by table and Cancel; the result comes in a message box. Opening a store
// checks only its header and first pages, so this is where the full check lives in the window.
class StoreCheckAction : public QObject
{
    Q_OBJECT
public:
    StoreCheckAction(QMainWindow* window, Store* store);
    ~StoreCheckAction() override;

    void addTo(QMenu* menu);
    QAction* action() const { return m_action; }
    bool isRunning() const { return m_worker != nullptr; }

signals:
    // After the result was shown: `damaged` is false for a sound store or a cancelled check.
    void finished(bool damaged, bool cancelled, const QString& message);

private:
    void start();
    void updateEnabled();

    QMainWindow* m_window;
    Store* m_store;
    QAction* m_action = nullptr;
    QThread* m_worker = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace ql
