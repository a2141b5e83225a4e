#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTimer;
class QLineEdit;
class QListWidget;
class QMenu;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace ql {

class AnalysisFollower;
class ArticleListModel;
class ArticleReader;
class ChartsPanel;
class TimelinePanel;
class ComparisonPanel;
class CurationActions;
class ExportActions;
class IdFilterProxy;
class FamilyIndex;
class TimelineModel;
class TimelineView;
struct ImportSources;
class SearchResultModel;
class SearchResultsView;
class StatementTableModel;
class Store;
class StoreActions;
class StoreEdits;
class TeamStoreWatch;
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
    // Selects a statement everywhere: its article, its row, the reader, the timeline and the panel.
    void selectStatement(qint64 statementId);
    // Opens the import wizard with these sources (files, folders, dropped or pasted content).
    void openImportWizard(const ImportSources& sources);
    // Imports without review: read off the GUI thread (progress, Cancel), stored as one undoable step.
    void importFilesDirectly(const QStringList& paths);
    // Edit ▸ Paste: imports the clipboard as a drop would; a web address fetches its page.
    void pasteFromClipboard();
    // Writes the timeline as shown (PNG at print resolution, SVG or PDF); asks before replacing a file.
    bool exportTimeline(const QString& path);
    void runSearch(const QString& text);
    // Ctrl+Shift+C: the selected statements with their citations, as plain text and HTML.
    void copyWithCitation();

    QUndoStack* undoStack() const;
    StoreEdits* edits() const { return m_edits; }
    QTableView* articleView() const { return m_articleView; }
    QTableView* statementView() const { return m_statementView; }
    SearchResultsView* searchResults() const { return m_searchResults; }
    ArticleReader* reader() const { return m_reader; }
    TimelineView* timeline() const { return m_timeline; }
    ComparisonPanel* comparisonPanel() const { return m_panel; }
    TimelinePanel* timelinePanel() const { return m_timelinePanel; }
    ChartsPanel* charts() const { return m_charts; }
    FamilyIndex* families() const { return m_families.get(); }
    qint64 currentArticleId() const { return m_currentArticle; }
    CurationActions* curation() const { return m_curation; }
    // A store with at least this many statements is read for the timeline and the charts on a worker
    // thread when it opens, the views saying "Loading…" until it lands (smaller ones read at once).
    void setBackgroundLoadThreshold(int statements);
    bool analysisLoading() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildUi();
    void buildDocks();
    void buildMenus();
    void updateStatus();
    void showArticle(qint64 articleId);
    void refreshReader();
    qint64 currentStatementId() const;
    void showError(const QString& title, const StoreError& error);

    void importFiles();
    void editArticle();
    void editOffices();
    void editEvents();

    Store* m_store;
    StoreEdits* m_edits; // every edit, and the undo stack they go on
    ArticleListModel* m_articleModel;
    StatementTableModel* m_statementModel;
    IdFilterProxy* m_articleProxy;
    IdFilterProxy* m_statementProxy;
    CurationActions* m_curation = nullptr; // statement, article, speaker and tag edits (issue 14)
    QTableView* m_articleView = nullptr;
    QTableView* m_statementView = nullptr;
    ArticleReader* m_reader = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    SearchResultModel* m_searchModel = nullptr;
    SearchResultsView* m_searchResults = nullptr;
    QLabel* m_statusCounts = nullptr;
    // A team store whose server went away: what is kept and that it retries (hidden when fine).
    QLabel* m_teamStatus = nullptr;
    TeamStoreWatch* m_teamWatch = nullptr;
    QMenu* m_viewMenu = nullptr;
    std::unique_ptr<FamilyIndex> m_families;
    StoreActions* m_storeActions; // File menu: new, open, recent, team store, back-up
    ExportActions* m_exportActions = nullptr; // File menu: charts, timeline, statements
    TimelineModel* m_timelineModel = nullptr;
    TimelineView* m_timeline = nullptr;
    ComparisonPanel* m_panel = nullptr;
    TimelinePanel* m_timelinePanel = nullptr;
    ChartsPanel* m_charts = nullptr;
    AnalysisFollower* m_analysis = nullptr; // families, timeline and charts follow the store
    QTimer* m_statusTimer = nullptr;
    qint64 m_currentArticle = 0;
};

} // namespace ql
