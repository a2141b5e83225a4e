#pragma once

#include <QObject>
#include <QString>

class QMainWindow;
class QMenu;

namespace ql {

class Store;
struct StoreError;

// The File menu's store entries: new, open, recent, team store and back-up. Which store the
// window shows changes only here, so a refused file or server never closes the open store.
class StoreActions : public QObject
{
    Q_OBJECT
public:
    StoreActions(QMainWindow* window, Store* store);

    // Adds New, Open, Open Recent, Connect to Team Store and Back Up to the menu.
    void addActions(QMenu* file);
    // Opens a store file or URL, reporting problems in a dialog; remembered on success.
    bool openStore(const QString& path);

private:
    void newStore();
    void chooseStore();
    void connectTeamStore();
    void backUpStore();
    void rememberStore(const QString& path);
    void updateRecentMenu();
    void showError(const QString& title, const StoreError& error);

    QMainWindow* m_window;
    Store* m_store;
    QMenu* m_recentMenu = nullptr;
};

} // namespace ql
