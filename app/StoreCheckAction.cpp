#include "app/StoreCheckAction.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/Store.h"
#include "core/store/StoreCheck.h"
#include "views/dialogs/MessageBox.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>

namespace ql {

namespace {
struct CheckResult
{
    StoreError error;
    bool cancelled = false;
};
} // namespace

StoreCheckAction::StoreCheckAction(QMainWindow* window, Store* store)
    : QObject(window)
    , m_window(window)
    , m_store(store)
{
    m_action = new QAction(tr("&Check Store…"), this);
    m_action->setStatusTip(tr("Read the whole store file and report any damage"));
    connect(m_action, &QAction::triggered, this, &StoreCheckAction::start);
    connect(m_store->notifier(), &ChangeNotifier::storeReset, this, &StoreCheckAction::updateEnabled);
    updateEnabled();
}

StoreCheckAction::~StoreCheckAction()
{
    // The window is closing: stop the worker at its next table and wait for it.
    if (m_worker) {
        m_cancel->store(true);
        m_worker->wait();
    }
}

void StoreCheckAction::addTo(QMenu* menu)
{
    menu->addAction(m_action);
}

void StoreCheckAction::updateEnabled()
{
    m_action->setEnabled(m_store->isOpen() && !m_store->isTeamStore() && !m_worker);
}

void StoreCheckAction::start()
{
    if (m_worker || !m_store->isOpen())
        return;
    const QString path = m_store->path();
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    auto result = std::make_shared<CheckResult>();
    auto* progress = new QProgressDialog(tr("Checking %1…").arg(path), tr("Cancel"), 0, 0, m_window);
    progress->setWindowTitle(tr("Check Store"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    m_progress = progress;
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    QPointer<QProgressDialog> target(progress);
    m_worker = QThread::create([path, cancel, result, target] {
        result->error = StoreCheck::run(
            path,
            [cancel, target](int done, int total, const QString& table) {
                // The dialog lives on the GUI thread: progress is posted to it.
                QMetaObject::invokeMethod(
                    target,
                    [target, done, total, table] {
                        if (!target)
                            return;
                        target->setMaximum(total);
                        target->setValue(done);
                        target->setLabelText(
                            QObject::tr("Checked %1 of %2 tables (%3)…").arg(done).arg(total).arg(table));
                    },
                    Qt::QueuedConnection);
                return !cancel->load();
            },
            &result->cancelled);
    });
    connect(m_worker, &QThread::finished, this, [this, result] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (m_progress)
            m_progress->deleteLater();
        updateEnabled();
        if (result->cancelled) {
            emit finished(false, true, tr("The check was cancelled."));
            return;
        }
        if (result->error.isError()) {
            const QString text = tr("The store is damaged:\n%1\n\nRestore it from a backup, or back it up "
                                    "now (File ▸ Back Up Store) and keep the copy.")
                                     .arg(result->error.message);
            MessageBox::warning(m_window, tr("Check Store"), text);
            emit finished(true, false, result->error.message);
            return;
        }
        const QString text = tr("No damage found in %1.").arg(m_store->path());
        auto* box
            = new QMessageBox(QMessageBox::Information, tr("Check Store"), text, QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not exec(): the window (and a test driving it) goes on
        emit finished(false, false, text);
    });
    updateEnabled();
    m_worker->start();
}

} // namespace ql
