#include "MainWindow.h"

#include "CurationActions.h"
#include "charts/ChartExporter.h"
#include "charts/ChartWidget.h"
#include "charts/ChartsPanel.h"
#include "commands/DeleteStatementCommand.h"
#include "commands/EditArticleCommand.h"
#include "commands/ImportArticlesCommand.h"
#include "commands/RedatingRunner.h"
#include "commands/ReplaceEventsCommand.h"
#include "commands/ReplaceOfficeTermsCommand.h"
#include "commands/SetFigureActorCommand.h"
#include "commands/SetSpeakerCommand.h"
#include "commands/TagCommand.h"
#include "comparison/ComparisonPanel.h"
#include "dialogs/ArticlePropertiesDialog.h"
#include "dialogs/EventsDialog.h"
#include "dialogs/ExportStatementsDialog.h"
#include "dialogs/MessageBox.h"
#include "dialogs/OfficeTermsDialog.h"
#include "dialogs/TeamStoreDialog.h"
#include "export/CitationFormatter.h"
#include "export/StatementExporter.h"
#include "families/FamilyIndex.h"
#include "import/DirectImport.h"
#include "import/DropTarget.h"
#include "import/ImportSources.h"
#include "import/ImportWizard.h"
#include "importing/ImportPipeline.h"
#include "importing/OfficeTable.h"
#include "library/ArticleListModel.h"
#include "library/ChartDataSource.h"
#include "library/IdFilterProxy.h"
#include "library/StatementColumnSizer.h"
#include "library/StatementTableModel.h"
#include "library/TimelineDataSource.h"
#include "reader/ArticleReader.h"
#include "search/SearchResultModel.h"
#include "search/SearchResultsView.h"
#include "store/ChangeNotifier.h"
#include "store/EventTable.h"
#include "store/Store.h"
#include "store/StoreLocation.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePanel.h"
#include "timeline/TimelineView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ql {

namespace {

// Re-dating runs off the GUI thread; one runner per window, a child found by name.
RedatingRunner* redaterOf(QMainWindow* window, Store* store)
{
    const QString name = QStringLiteral("statementRedater");
    if (auto* existing = window->findChild<RedatingRunner*>(name, Qt::FindDirectChildrenOnly))
        return existing;
    auto* runner = new RedatingRunner(store, window);
    runner->setObjectName(name);
    QObject::connect(runner, &RedatingRunner::busyChanged, window, [window](bool busy) {
        if (busy)
            window->statusBar()->showMessage(QObject::tr("Re-dating statements…"));
        else
            window->statusBar()->clearMessage();
    });
    return runner;
}

} // namespace

namespace {
const char kRecentKey[] = "stores/recent";
const char kLastKey[] = "stores/last";
constexpr int kMaxRecent = 8;

QTableView* makeTable(QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}
} // namespace

MainWindow::MainWindow(Store* store, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_undoStack(new QUndoStack(this))
    , m_articleModel(new ArticleListModel(store, this))
    , m_statementModel(new StatementTableModel(store, this))
    , m_articleProxy(new IdFilterProxy(ArticleListModel::ArticleIdRole, this))
    , m_statementProxy(new IdFilterProxy(StatementTableModel::StatementIdRole, this))
    , m_families(std::make_unique<FamilyIndex>(*store))
    , m_refreshTimer(new QTimer(this))
    , m_statusTimer(new QTimer(this))
{
    setWindowTitle(tr("Quoteline"));
    setObjectName(QStringLiteral("MainWindow"));
    m_articleProxy->setSourceModel(m_articleModel);
    m_articleProxy->setSortRole(ArticleListModel::SortRole);
    m_articleProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_articleProxy->setFilterKeyColumn(-1);
    m_statementProxy->setSourceModel(m_statementModel);
    m_statementProxy->setSortRole(StatementTableModel::SortRole);

    buildUi();
    buildDocks();
    buildMenus();
    setAcceptDrops(true);
    // Imports and edits arrive as bursts of notifications; regroup and re-chart once per burst.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshAnalysis);
    // The counts cost a few queries over the whole store: once per burst too, not once per article.
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(0);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);

    StoreCommand::setErrorHandler(
        [this](const StoreError& e) { showError(tr("The edit could not be saved"), e); });
    ChangeNotifier* n = m_store->notifier();
    for (auto signal : { &ChangeNotifier::storeReset, &ChangeNotifier::familiesChanged })
        connect(n, signal, this, &MainWindow::updateStatus);
    connect(n, &ChangeNotifier::articlesAdded, this, [this] {
        m_statusTimer->start();
        scheduleAnalysisRefresh();
        if (m_currentArticle == 0 && m_articleProxy->rowCount() > 0)
            m_articleView->setCurrentIndex(m_articleProxy->index(0, 0));
    });
    connect(n, &ChangeNotifier::articlesRemoved, this, [this](const QList<qint64>& ids) {
        m_statusTimer->start();
        scheduleAnalysisRefresh();
        if (ids.contains(m_currentArticle))
            showArticle(0);
    });
    connect(n, &ChangeNotifier::statementsAdded, this, [this](qint64 articleId) {
        m_statusTimer->start();
        if (articleId == m_currentArticle)
            refreshReader();
    });
    connect(n, &ChangeNotifier::statementsRemoved, this, [this](qint64 articleId) {
        m_statusTimer->start();
        if (articleId == m_currentArticle)
            refreshReader();
    });
    connect(n, &ChangeNotifier::statementChanged, this, [this] {
        refreshReader();
        scheduleAnalysisRefresh();
    });
    connect(n, &ChangeNotifier::statementsAdded, this, &MainWindow::scheduleAnalysisRefresh);
    connect(n, &ChangeNotifier::statementsRemoved, this, &MainWindow::scheduleAnalysisRefresh);
    connect(n, &ChangeNotifier::articleChanged, this, &MainWindow::scheduleAnalysisRefresh);
    connect(n, &ChangeNotifier::statementTagsChanged, this, &MainWindow::scheduleAnalysisRefresh);
    connect(n, &ChangeNotifier::articleChanged, this, [this](qint64 id) {
        if (id == m_currentArticle)
            refreshReader();
    });
    connect(n, &ChangeNotifier::storeReset, this, [this] {
        m_undoStack->clear();
        showArticle(0);
        m_searchModel->clear();
        setWindowFilePath(m_store->path());
        if (m_store->isOpen()) {
            if (const StoreError e = m_families->load(); e.isError())
                showError(tr("Variant families could not be loaded"), e);
        }
        refreshAnalysis();
        // Open on the newest article so the window shows something to read straight away.
        if (m_articleProxy->rowCount() > 0)
            m_articleView->setCurrentIndex(m_articleProxy->index(0, 0));
    });
    updateStatus();
    updateRecentMenu();
    setWindowFilePath(m_store->path());

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    StoreCommand::setErrorHandler({});
}

void MainWindow::buildUi()
{
    m_articleView = makeTable(this);
    m_articleView->setObjectName(QStringLiteral("articleView"));
    m_articleView->setModel(m_articleProxy);
    m_articleView->horizontalHeader()->setSectionResizeMode(
        ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_articleView->sortByColumn(ArticleListModel::DateColumn, Qt::DescendingOrder);

    auto* filter = new QLineEdit(this);
    filter->setObjectName(QStringLiteral("libraryFilter"));
    filter->setPlaceholderText(tr("Filter articles"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, m_articleProxy, &QSortFilterProxyModel::setFilterFixedString);

    auto* library = new QWidget(this);
    auto* libraryLayout = new QVBoxLayout(library);
    libraryLayout->setContentsMargins(0, 0, 0, 0);
    libraryLayout->addWidget(filter);
    libraryLayout->addWidget(m_articleView);

    m_reader = new ArticleReader(this);
    m_reader->setObjectName(QStringLiteral("reader"));

    m_statementView = makeTable(this);
    m_statementView->setObjectName(QStringLiteral("statementView"));
    m_statementView->setModel(m_statementProxy);
    // The text stretches; the date keeps room for windows like "5–6 Nov 2025" or "Jul 2024?".
    StatementColumnSizer::apply(m_statementView);
    m_statementView->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Statements read best in the order the article gives them until the analyst sorts.
    m_statementView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_reader);
    right->addWidget(m_statementView);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    auto* main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(library);
    main->addWidget(right);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 3);
    setCentralWidget(main);

    connect(m_articleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            showArticle(current.isValid() ? current.data(ArticleListModel::ArticleIdRole).toLongLong() : 0);
        });
    connect(m_statementView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (!current.isValid())
                return;
            m_reader->focusSpan(current.data(StatementTableModel::StartRole).toInt(),
                current.data(StatementTableModel::EndRole).toInt());
            const qint64 id = current.data(StatementTableModel::StatementIdRole).toLongLong();
            if (m_panel)
                m_panel->showStatement(id);
            if (m_timeline)
                m_timeline->selectStatement(id);
        });

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search statements and articles (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(320);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] { runSearch(m_searchEdit->text()); });

    m_searchModel = new SearchResultModel(this);
    m_searchResults = new SearchResultsView(m_searchModel, this);
    m_searchResults->setObjectName(QStringLiteral("searchResults"));
    auto* dock = new QDockWidget(tr("Search results"), this);
    dock->setObjectName(QStringLiteral("searchDock"));
    dock->setWidget(m_searchResults);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    dock->hide();
    connect(m_searchResults, &SearchResultsView::hitChosen, this,
        [this](qint64 articleId, qint64 statementId, int textStart, int textEnd) {
            if (statementId > 0) {
                selectStatement(statementId);
                return;
            }
            selectArticle(articleId);
            if (textStart >= 0)
                m_reader->focusSpan(textStart, textEnd);
        });
    connect(m_searchEdit, &QLineEdit::returnPressed, dock, &QDockWidget::show);

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(m_searchEdit);

    m_statusCounts = new QLabel(this);
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_statusCounts);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Store…"), this, &MainWindow::newStore, QKeySequence::New);
    file->addAction(tr("&Open Store…"), this, &MainWindow::chooseStore, QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Connect to &Team Store…"), this, &MainWindow::connectTeamStore);
    file->addAction(tr("&Back Up Store…"), this, &MainWindow::backUpStore);
    file->addSeparator();
    file->addAction(
        tr("&Import…"), this, [this] { openImportWizard({}); }, QKeySequence(tr("Ctrl+I")));
    file->addAction(tr("Import Files &Directly…"), this, &MainWindow::importFiles);
    file->addSeparator();
    file->addAction(tr("&Export Chart…"), this, &MainWindow::exportChart, QKeySequence(tr("Ctrl+Shift+E")));
    file->addAction(tr("Export Chart &Data (CSV)…"), this, &MainWindow::exportChartData);
    file->addAction(tr("Export &Timeline…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Timeline"),
            ChartExporter::suggestedPath(tr("Statements over time")),
            tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            exportTimeline(path);
    });
    file->addAction(tr("Export &Statements…"), this, &MainWindow::exportStatements);
    file->addSeparator();
    file->addAction(tr("&Quit"), this, &QWidget::close, QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    // Ctrl+V anywhere but in a text field (which takes it first) imports the clipboard.
    QAction* paste
        = edit->addAction(tr("&Paste"), this, &MainWindow::pasteFromClipboard, QKeySequence::Paste);
    paste->setObjectName(QStringLiteral("pasteAction"));
    edit->addSeparator();
    m_curation = new CurationActions(this, m_store, m_undoStack);
    m_curation->addStatementActions(edit);
    QAction* cite = edit->addAction(
        tr("&Copy with Citation"), this, &MainWindow::copyWithCitation, QKeySequence(tr("Ctrl+Shift+C")));
    cite->setObjectName(QStringLiteral("copyCitationAction"));
    m_statementView->addAction(cite);
    edit->addSeparator();
    m_curation->addArticleActions(edit);
    edit->addAction(tr("Article &Properties…"), this, &MainWindow::editArticle, QKeySequence(tr("Ctrl+E")));
    edit->addAction(tr("&Offices and Holders…"), this, &MainWindow::editOffices);
    edit->addAction(tr("E&vents…"), this, &MainWindow::editEvents);
    m_curation->addCodebookActions(edit);
    edit->addAction(tr("&Find"), m_searchEdit, qOverload<>(&QWidget::setFocus), QKeySequence::Find);
    if (auto* toolbar = findChild<QToolBar*>(QStringLiteral("mainToolbar")))
        toolbar->addWidget(m_curation->tagFilter());
    connect(m_curation, &CurationActions::tagFilterChanged, this, &MainWindow::scheduleAnalysisRefresh);
    for (auto signal : { &ChangeNotifier::speakersChanged, &ChangeNotifier::tagsChanged })
        connect(m_store->notifier(), signal, this, [this] {
            refreshReader();
            scheduleAnalysisRefresh();
        });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        m_viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::showError(const QString& title, const StoreError& error)
{
    MessageBox::warning(this, title, error.message);
}

bool MainWindow::openStore(const QString& path)
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

void MainWindow::rememberStore(const QString& path)
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

void MainWindow::updateRecentMenu()
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

void MainWindow::newStore()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Store"),
        QFileInfo(defaultStorePath()).absolutePath(), tr("Quoteline stores (*.qlstore)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)
        && MessageBox::question(
               this, tr("New Store"), tr("%1 exists. Open it instead of replacing it?").arg(path))
            != QMessageBox::Yes)
        return;
    openStore(path);
}

void MainWindow::chooseStore()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open Store"), QFileInfo(m_store->path()).absolutePath(),
            tr("Quoteline stores (*.qlstore *.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openStore(path);
}

void MainWindow::connectTeamStore()
{
    const QString last = StoreLocation::looksLikeUrl(m_store->path()) ? m_store->path() : QString();
    TeamStoreDialog dialog(last, this);
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

void MainWindow::backUpStore()
{
    const QString suggested = QFileInfo(defaultStorePath()).absolutePath()
        + QStringLiteral("/quoteline-backup-") + QDate::currentDate().toString(Qt::ISODate)
        + QStringLiteral(".qlstore");
    const QString file = QFileDialog::getSaveFileName(this, tr("Back Up Store"), suggested,
        tr("Quoteline stores (*.qlstore)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty())
        return;
    if (QFileInfo::exists(file)) {
        MessageBox::warning(this, tr("Back Up Store"),
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
    auto* progress = new QProgressDialog(tr("Backing up %1…").arg(source), QString(), 0, 0, this);
    progress->setWindowTitle(tr("Back Up Store"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(worker, &QThread::finished, this, [this, worker, progress, result, file] {
        progress->deleteLater();
        worker->deleteLater();
        if (result->isError())
            showError(tr("Cannot back up the store"), *result);
        else
            statusBar()->showMessage(tr("Backed up to %1").arg(file), 8000);
        delete result;
    });
    worker->start();
}

void MainWindow::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Files"), QString(),
        tr("Articles (*.txt *.html *.htm *.md *.markdown *.pdf);;All files (*)"));
    if (!files.isEmpty())
        importFilesDirectly(files);
}

void MainWindow::importFilesDirectly(const QStringList& paths)
{
    auto* import = new DirectImport(m_store, m_undoStack, this);
    connect(import, &DirectImport::finished, this, [this](const QList<ImportResult>& results) {
        QStringList problems;
        for (const ImportResult& r : results)
            if (r.status != ImportResult::Status::Imported)
                problems << QStringLiteral("%1: %2").arg(QFileInfo(r.source).fileName(),
                    r.status == ImportResult::Status::Duplicate ? tr("already imported") : r.reason);
        if (!problems.isEmpty())
            MessageBox::warning(this, tr("Import"), problems.join(QLatin1Char('\n')));
    });
    import->start(paths);
}

void MainWindow::updateStatus()
{
    if (!m_store->isOpen()) {
        m_statusCounts->setText(tr("No store open"));
        return;
    }
    const StoreStats s = m_store->stats();
    m_statusCounts->setText(tr("%1 articles · %2 statements · %3 figures · %4 speakers")
                                .arg(s.articles)
                                .arg(s.statements)
                                .arg(s.figures)
                                .arg(s.speakers));
}

void MainWindow::selectArticle(qint64 articleId)
{
    int row = m_articleModel->rowOf(articleId);
    while (row < 0 && m_articleModel->canFetchMore(QModelIndex())) {
        m_articleModel->fetchMore(QModelIndex());
        row = m_articleModel->rowOf(articleId);
    }
    if (row >= 0)
        m_articleView->setCurrentIndex(m_articleProxy->mapFromSource(m_articleModel->index(row, 0)));
}

void MainWindow::showArticle(qint64 articleId)
{
    m_currentArticle = articleId;
    m_statementModel->setArticle(articleId);
    refreshReader();
}

void MainWindow::refreshReader()
{
    if (m_currentArticle == 0 || !m_store->isOpen()) {
        m_reader->clearArticle();
        return;
    }
    const auto article = m_store->article(m_currentArticle);
    if (!article) {
        m_reader->clearArticle();
        return;
    }
    m_reader->showArticle(*article,
        m_store->statementRows(m_currentArticle, 0, std::numeric_limits<int>::max()),
        m_store->figures(m_currentArticle), m_store->note(Store::NoteTarget::Article, m_currentArticle));
}

void MainWindow::runSearch(const QString& text)
{
    const int found = m_searchModel->search(*m_store, text);
    statusBar()->showMessage(tr("%n result(s) for “%1”", nullptr, found).arg(text), 5000);
}

void MainWindow::exportStatements()
{
    ExportStatementsDialog dialog(m_store, m_curation->selectedStatementIds(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(
            tr("%n statement(s) exported to %1", nullptr, dialog.pendingCount()).arg(dialog.path()), 8000);
}

void MainWindow::copyWithCitation()
{
    const QList<ExportRecord> records
        = StatementExporter::collect(*m_store, m_curation->selectedStatementIds());
    if (records.isEmpty())
        return;
    QStringList plain;
    QStringList html;
    for (const ExportRecord& r : records) {
        const Citation c = CitationFormatter::format(r);
        plain << c.plainText;
        html << c.html;
    }
    auto* mime = new QMimeData;
    mime->setText(plain.join(QStringLiteral("\n\n")));
    mime->setHtml(html.join(QLatin1Char('\n')));
    QGuiApplication::clipboard()->setMimeData(mime);
    statusBar()->showMessage(tr("%n citation(s) copied", nullptr, int(records.size())), 5000);
}

qint64 MainWindow::currentStatementId() const
{
    const QModelIndex index = m_statementView->currentIndex();
    return index.isValid() ? index.data(StatementTableModel::StatementIdRole).toLongLong() : 0;
}

void MainWindow::editArticle()
{
    const auto summary = m_currentArticle ? m_store->articleSummary(m_currentArticle) : std::nullopt;
    if (!summary)
        return;
    ArticlePropertiesDialog dialog(*summary, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const EditArticleCommand::Fields fields { dialog.title(), dialog.published(), dialog.sourceUrl(),
        dialog.publisher() };
    const qint64 articleId = m_currentArticle;
    if (fields.published == summary->published) {
        m_undoStack->push(new EditArticleCommand(m_store, articleId, fields));
        return;
    }
    // A new date re-dates the article's statements: worked out off the GUI thread, then pushed.
    redaterOf(this, m_store)
        ->redateArticle(
            articleId, fields.published, [this, articleId, fields](StatementRedater::Change dates) {
                m_undoStack->push(new EditArticleCommand(m_store, articleId, fields, std::move(dates)));
            });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QSettings().setValue(QStringLiteral("window/state"), saveState());
    // An edit still being re-dated is applied before the window goes.
    if (auto* runner = findChild<RedatingRunner*>(QString(), Qt::FindDirectChildrenOnly))
        runner->waitForIdle();
    event->accept();
}

void MainWindow::buildDocks()
{
    m_timelineModel = new TimelineModel(this);
    m_timelinePanel = new TimelinePanel(m_timelineModel, this);
    m_timelinePanel->setObjectName(QStringLiteral("timelinePanel"));
    m_timeline = m_timelinePanel->view();
    m_timeline->setObjectName(QStringLiteral("timeline"));
    connect(m_timeline, &TimelineView::statementActivated, this, &MainWindow::selectStatement);
    // Undated statements are never placed on the axis: clicking their count lists them aside.
    connect(m_timeline, &TimelineView::undatedActivated, this, [this] {
        QList<SearchHit> undated;
        for (const TimelineEntry& e : m_timelineModel->undatedEntries()) {
            const auto row = m_store->statementRow(e.statementId);
            undated.append(SearchHit(row ? row->statement.articleId : 0, e.statementId,
                tr("%1 (no date)").arg(e.source), e.speaker, e.firstWords));
        }
        m_searchModel->setHits(undated, tr("%n statement(s) without a date", nullptr, int(undated.size())));
        if (auto* dock = findChild<QDockWidget*>(QStringLiteral("searchDock")))
            dock->show();
    });
    connect(m_timelinePanel, &TimelinePanel::searchRequested, this, [this](const QString& text) {
        if (text.isEmpty()) {
            m_timelinePanel->setSearchResults(std::nullopt);
            return;
        }
        const QList<qint64> ids = m_store->searchStatementIds(text);
        m_timelinePanel->setSearchResults(QSet<qint64>(ids.cbegin(), ids.cend()));
    });
    auto* timelineDock = new QDockWidget(tr("Timeline"), this);
    timelineDock->setObjectName(QStringLiteral("timelineDock"));
    timelineDock->setWidget(m_timelinePanel);
    addDockWidget(Qt::BottomDockWidgetArea, timelineDock);

    m_panel = new ComparisonPanel(m_store, m_families.get(), m_undoStack, this);
    m_panel->setObjectName(QStringLiteral("comparisonPanel"));
    connect(m_panel, &ComparisonPanel::articleRequested, this, [this](qint64 articleId, int start, int end) {
        selectArticle(articleId);
        m_reader->focusSpan(start, end);
    });
    auto* compareDock = new QDockWidget(tr("Compare"), this);
    compareDock->setObjectName(QStringLiteral("compareDock"));
    compareDock->setWidget(m_panel);
    addDockWidget(Qt::BottomDockWidgetArea, compareDock);

    m_charts = new ChartsPanel(this);
    m_charts->setObjectName(QStringLiteral("chartsPanel"));
    connect(m_charts, &ChartsPanel::figureActivated, this, &MainWindow::selectStatement);
    // A figure outside every statement jumps to its own sentence.
    connect(m_charts, &ChartsPanel::sentenceActivated, this, [this](qint64 articleId, int start, int end) {
        selectArticle(articleId);
        m_reader->focusSpan(start, end);
    });
    connect(m_charts, &ChartsPanel::actorEditRequested, this,
        [this](const QList<qint64>& figureIds, const QString& current) {
            bool ok = false;
            const QString actor = QInputDialog::getText(
                this, tr("Set Who Commits"), tr("Who commits:"), QLineEdit::Normal, current, &ok);
            if (ok)
                m_undoStack->push(new SetFigureActorCommand(m_store, figureIds, actor.simplified()));
        });
    connect(m_charts, &ChartsPanel::exportRequested, this, &MainWindow::exportChart);
    connect(m_charts, &ChartsPanel::exportDataRequested, this, &MainWindow::exportChartData);
    // A period picked on the timeline narrows the charts to it.
    connect(m_timelinePanel, &TimelinePanel::periodChanged, m_charts, &ChartsPanel::setPeriod);
    auto* chartDock = new QDockWidget(tr("Charts"), this);
    chartDock->setObjectName(QStringLiteral("chartDock"));
    chartDock->setWidget(m_charts);
    addDockWidget(Qt::BottomDockWidgetArea, chartDock);
    tabifyDockWidget(timelineDock, chartDock);
    tabifyDockWidget(chartDock, compareDock);
    timelineDock->raise();
    // The library and reader stay the main area; the analysis tabs take a strip below.
    resizeDocks({ timelineDock }, { 300 }, Qt::Vertical);
}

void MainWindow::scheduleAnalysisRefresh()
{
    m_refreshTimer->start();
}

// Families, timeline and charts re-read the store here, once per burst of changes.
void MainWindow::refreshAnalysis()
{
    if (!m_store->isOpen())
        return;
    if (const StoreError e = m_families->sync(); e.isError())
        showError(tr("Variant families could not be updated"), e);
    m_timelineModel->setEntries(TimelineDataSource::entries(*m_store, m_families.get()));
    m_timeline->setUndatedCount(m_timelineModel->undatedCount());
    m_timelinePanel->refreshChoices();
    m_charts->setData(m_curation->filtered(ChartDataSource::moneyPoints(*m_store)),
        m_curation->filtered(ChartDataSource::gdpPoints(*m_store)));
}

void MainWindow::selectStatement(qint64 statementId)
{
    const auto row = m_store->statementRow(statementId);
    if (!row)
        return;
    if (m_currentArticle != row->statement.articleId)
        selectArticle(row->statement.articleId);
    int r = m_statementModel->rowOf(statementId);
    while (r < 0 && m_statementModel->canFetchMore(QModelIndex())) {
        m_statementModel->fetchMore(QModelIndex());
        r = m_statementModel->rowOf(statementId);
    }
    if (r >= 0)
        m_statementView->setCurrentIndex(m_statementProxy->mapFromSource(m_statementModel->index(r, 0)));
}

void MainWindow::openImportWizard(const ImportSources& sources)
{
    auto* wizard = new ImportWizard(m_store, m_undoStack, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!sources.isEmpty())
        wizard->addSources(sources);
    wizard->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (DropTarget::canAccept(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const ImportSources sources = DropTarget::fromMimeData(event->mimeData());
    if (sources.isEmpty())
        return;
    event->acceptProposedAction();
    openImportWizard(sources);
}

void MainWindow::pasteFromClipboard()
{
    // Like a drop: a copied link fetches its page, copied files, HTML or text are read as such.
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    const ImportSources sources
        = DropTarget::canAccept(mime) ? DropTarget::fromMimeData(mime) : ImportSources();
    if (sources.isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds nothing to import."), 5000);
        return;
    }
    openImportWizard(sources);
}

ChartWidget* MainWindow::currentChart() const
{
    return m_charts->currentChart();
}

void MainWindow::exportChart()
{
    ChartWidget* chart = currentChart();
    if (!chart)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"),
        ChartExporter::suggestedPath(chart->spec().title),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        exportDrawing(tr("Export Chart"), path, QSize(1200, 800), chart->spec().title,
            ChartExporter::chartPainter(chart->spec()));
}

// Charts and the timeline export the same way: print-resolution PNG, SVG or PDF, and an
// existing file is replaced only when the user says so.
bool MainWindow::exportDrawing(const QString& dialogTitle, const QString& path, const QSize& size,
    const QString& documentTitle, const ChartExporter::Painter& paint)
{
    ChartExporter::Format format;
    if (!ChartExporter::formatForPath(path, &format)) {
        MessageBox::warning(this, dialogTitle, tr("Use a file name ending in .png, .svg or .pdf."));
        return false;
    }
    ChartExporter::Options options
        = format == ChartExporter::Format::Png ? ChartExporter::printOptions(size) : ChartExporter::Options();
    options.size = size;
    options.title = documentTitle;
    if (QFileInfo::exists(path)) {
        if (MessageBox::question(this, dialogTitle, tr("%1 exists. Replace it?").arg(path))
            != QMessageBox::Yes)
            return false;
        options.overwrite = true;
    }
    ChartExporter exporter;
    if (!exporter.exportPicture(paint, path, format, options)) {
        MessageBox::warning(this, dialogTitle, exporter.errorString());
        return false;
    }
    ChartExporter::setLastFolder(QFileInfo(path).absolutePath());
    return true;
}

void MainWindow::exportChartData()
{
    ChartWidget* chart = currentChart();
    if (!chart)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart Data"),
        ChartExporter::lastFolder(), tr("CSV (*.csv)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    bool overwrite = false;
    if (QFileInfo::exists(path)) {
        if (MessageBox::question(this, tr("Export Chart Data"), tr("%1 exists. Replace it?").arg(path))
            != QMessageBox::Yes)
            return;
        overwrite = true;
    }
    ChartExporter exporter;
    if (!exporter.exportCsv(chart->spec(), path, overwrite))
        MessageBox::warning(this, tr("Export Chart Data"), exporter.errorString());
    else
        ChartExporter::setLastFolder(QFileInfo(path).absolutePath());
}

void MainWindow::editOffices()
{
    if (!m_store->isOpen())
        return;
    OfficeTermsDialog dialog(OfficeTable::currentTerms(*m_store), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<OfficeTerm> terms = dialog.terms();
    redaterOf(this, m_store)
        ->redateAll(OfficeHolders(OfficeHolders::seed().offices(), terms), std::nullopt,
            [this, terms](StatementRedater::Change dates) {
                m_undoStack->push(new ReplaceOfficeTermsCommand(m_store, terms, std::move(dates)));
            });
}

void MainWindow::editEvents()
{
    if (!m_store->isOpen())
        return;
    EventsDialog dialog(EventTable::currentEvents(*m_store), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<CalendarEvent> events = dialog.events();
    redaterOf(this, m_store)
        ->redateAll(std::nullopt, EventCalendar(events), [this, events](StatementRedater::Change dates) {
            m_undoStack->push(new ReplaceEventsCommand(m_store, events, std::move(dates)));
        });
}

bool MainWindow::exportTimeline(const QString& path)
{
    const QString title = tr("Statements over time");
    return exportDrawing(tr("Export Timeline"), path, QSize(1600, 900), title,
        [this, title](QPainter* p, const QSize& size) { m_timeline->render(p, size, title); });
}

} // namespace ql
