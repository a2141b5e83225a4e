#include "app/StoreActions.h"

#include "core/store/Store.h"
#include "core/store/StoreError.h"
#include "core/store/StoreLocation.h"
#include "views/dialogs/MessageBox.h"
#include "views/dialogs/TeamStoreDialog.h"

#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QThread>

namespace ql {

namespace {
const char kRecentKey[] = "stores/recent";
const char kLastKey[] = "stores/last";
constexpr int kMaxRecent = 8;
} // namespace

StoreActions::StoreActions(QMainWindow* window, Store* store)
    : QObject(window)
    , m_window(window)
    , m_store(store)
{ }

void StoreActions::addActions(QMenu* file)
{
    file->addAction(tr("&New Store…"), this, &StoreActions::newStore, QKeySequence::New);
    file->addAction(tr("&Open Store…"), this, &StoreActions::chooseStore, QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Connect to &Team Store…"), this, &StoreActions::connectTeamStore);
    file->addAction(tr("&Back Up Store…"), this, &StoreActions::backUpStore);
    updateRecentMenu();
}

void StoreActions::showError(const QString& title, const StoreError& error)
{
    MessageBox::warning(m_window, title, error.message);
}

bool StoreActions::openStore(const QString& path)
{
    // Check the file with a scratch store first, so a refused file never closes the open one.
    Store probe;
    if (const StoreError e = probe.open(path); e.isError()) {
        showError(tr("Cannot open store"), e);
        return false;
    }
    probe.close();
    if (const StoreError e = m_store->open(path); e.isError()) {
        showError(tr("Cannot open store"), e);
        return false;
    }
    rememberStore(path);
    return true;
}

void StoreActions::rememberStore(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(kRecentKey)).toStringList();
    // A team store is remembered by its URL, which never holds the password.
    QString error;
    const StoreLocation location = StoreLocation::parse(path, &error);
    const QString absolute
        = location.isPostgres() ? location.displayName() : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QLatin1String(kRecentKey), recent);
    settings.setValue(QLatin1String(kLastKey), absolute);
    updateRecentMenu();
}

void StoreActions::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(kRecentKey)).toStringList();
    for (const QString& path : recent)
        m_recentMenu->addAction(
            (StoreLocation::looksLikeUrl(path) ? tr("Team store") : QFileInfo(path).fileName())
                + QStringLiteral("  —  ") + path,
            this, [this, path] { openStore(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void StoreActions::newStore()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("New Store"),
        QFileInfo(defaultStorePath()).absolutePath(), tr("Quoteline stores (*.qlstore)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)
        && MessageBox::question(
               m_window, tr("New Store"), tr("%1 exists. Open it instead of replacing it?").arg(path))
            != QMessageBox::Yes)
        return;
    openStore(path);
}

void StoreActions::chooseStore()
{
    const QString path
        = QFileDialog::getOpenFileName(m_window, tr("Open Store"), QFileInfo(m_store->path()).absolutePath(),
            tr("Quoteline stores (*.qlstore *.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openStore(path);
}

void StoreActions::connectTeamStore()
{
    const QString last = StoreLocation::looksLikeUrl(m_store->path()) ? m_store->path() : QString();
    TeamStoreDialog dialog(last, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The probe connects with the typed password; the store then finds it in memory.
    Store probe;
    if (const StoreError e = probe.open(dialog.url(), dialog.password()); e.isError()) {
        showError(tr("Cannot connect to the team store"), e);
        return;
    }
    probe.close();
    openStore(dialog.url());
}

void StoreActions::backUpStore()
{
    const QString suggested = QFileInfo(defaultStorePath()).absolutePath()
        + QStringLiteral("/quoteline-backup-") + QDate::currentDate().toString(Qt::ISODate)
        + QStringLiteral(".qlstore");
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Back Up Store"), suggested,
        tr("Quoteline stores (*.qlstore)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty())
        return;
    if (QFileInfo::exists(file)) {
        MessageBox::warning(m_window, tr("Back Up Store"),
            tr("%1 exists already: choose a new file, a backup never overwrites one.").arg(file));
        return;
    }
    // The copy runs on a connection of its own, off the GUI thread: the window stays usable.
    const QString source = m_store->path();
    auto* result = new StoreError;
    QThread* worker = QThread::create([source, file, result] {
        Store store;
        *result = store.open(source);
        if (!result->isError())
            *result = store.backupTo(file);
    });
    auto* progress = new QProgressDialog(tr("Backing up %1…").arg(source), QString(), 0, 0, m_window);
    progress->setWindowTitle(tr("Back Up Store"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(worker, &QThread::finished, this, [this, worker, progress, result, file] {
        progress->deleteLater();
        worker->deleteLater();
        if (result->isError())
            showError(tr("Cannot back up the store"), *result);
        else
            m_window->statusBar()->showMessage(tr("Backed up to %1").arg(file), 8000);
        delete result;
    });
    worker->start();
}

} // namespace ql
