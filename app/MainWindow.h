#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace ql {

class ArticleListModel;
class ArticleReader;
class StatementTableModel;
class Store;
struct StoreError;

// The library window: articles on the left, the selected article's text and statements on
// the right, full-text search in the toolbar. Every edit goes through the undo stack.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Store* store, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a store file, reporting problems in a dialog; the current store stays open on failure.
    bool openStore(const QString& path);
    void selectArticle(qint64 articleId);
    void runSearch(const QString& text);

    QUndoStack* undoStack() const { return m_undoStack; }
    QTableView* articleView() const { return m_articleView; }
    QTableView* statementView() const { return m_statementView; }
    QListWidget* searchResults() const { return m_searchResults; }
    ArticleReader* reader() const { return m_reader; }
    qint64 currentArticleId() const { return m_currentArticle; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildUi();
    void buildMenus();
    void updateStatus();
    void updateRecentMenu();
    void rememberStore(const QString& path);
    void showArticle(qint64 articleId);
    void refreshReader();
    qint64 currentStatementId() const;
    void showError(const QString& title, const StoreError& error);

    void newStore();
    void chooseStore();
    void importFiles();
    void editSpeaker();
    void deleteStatement();
    void addTag();
    void removeTag();
    void editArticle();

    Store* m_store;
    QUndoStack* m_undoStack;
    ArticleListModel* m_articleModel;
    StatementTableModel* m_statementModel;
    QSortFilterProxyModel* m_articleProxy;
    QSortFilterProxyModel* m_statementProxy;
    QTableView* m_articleView = nullptr;
    QTableView* m_statementView = nullptr;
    ArticleReader* m_reader = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QListWidget* m_searchResults = nullptr;
    QLabel* m_statusCounts = nullptr;
    QMenu* m_recentMenu = nullptr;
    qint64 m_currentArticle = 0;
};

} // namespace ql
