#include "app/MainWindow.h"

#include "app/AnalysisFollower.h"
#include "app/CurationActions.h"
#include "app/ExportActions.h"
#include "app/StoreActions.h"
#include "app/StoreCheckAction.h"
#include "core/export/CitationFormatter.h"
#include "core/export/StatementExporter.h"
#include "core/families/FamilyIndex.h"
#include "core/importing/ImportPipeline.h"
#include "core/importing/OfficeTable.h"
#include "core/store/ChangeNotifier.h"
#include "core/store/EventTable.h"
#include "core/store/Store.h"
#include "models/commands/RedatingRunner.h"
#include "models/commands/StoreCommand.h"
#include "models/edits/StoreEdits.h"
#include "models/edits/TeamStoreWatch.h"
#include "models/library/ArticleListModel.h"
#include "models/library/ChartDataSource.h"
#include "models/library/IdFilterProxy.h"
#include "models/library/StatementTableModel.h"
#include "models/library/TimelineDataSource.h"
#include "models/search/SearchResultModel.h"
#include "models/timeline/TimelineModel.h"
#include "views/charts/ChartsPanel.h"
#include "views/comparison/ComparisonPanel.h"
#include "views/dialogs/ArticlePropertiesDialog.h"
#include "views/dialogs/EventsDialog.h"
#include "views/dialogs/MessageBox.h"
#include "views/dialogs/OfficeTermsDialog.h"
#include "views/import/DirectImport.h"
#include "views/import/DropTarget.h"
#include "views/import/ImportSources.h"
#include "views/import/ImportWizard.h"
#include "views/library/StatementColumnSizer.h"
#include "views/reader/ArticleReader.h"
#include "views/search/SearchResultsView.h"
#include "views/timeline/TimelinePanel.h"
#include "views/timeline/TimelineView.h"

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
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
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
    , m_edits(new StoreEdits(store, this))
    , m_articleModel(new ArticleListModel(store, this))
    , m_statementModel(new StatementTableModel(store, this))
    , m_articleProxy(new IdFilterProxy(ArticleListModel::ArticleIdRole, this))
    , m_statementProxy(new IdFilterProxy(StatementTableModel::StatementIdRole, this))
    , m_families(std::make_unique<FamilyIndex>(*store))
    , m_storeActions(new StoreActions(this, store))
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
    m_analysis = new AnalysisFollower(
        m_store, m_families.get(), m_timelineModel, m_timeline, m_timelinePanel, m_charts, m_curation, this);
    connect(m_analysis, &AnalysisFollower::failed, this, &MainWindow::showError);
    // The counts cost a few queries over the whole store: once per burst too, not once per article.
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(0);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);

    // A lost team store is no dialog per edit: the edit is kept and the status bar says so.
    m_teamWatch = new TeamStoreWatch(m_store, m_edits, this);
    connect(m_teamWatch, &TeamStoreWatch::statusChanged, this, [this](const QString& status) {
        m_teamStatus->setText(status);
        m_teamStatus->setVisible(!status.isEmpty());
    });
    connect(m_teamWatch, &TeamStoreWatch::reconnected, this, [this](int saved) {
        statusBar()->showMessage(
            tr("Reconnected to %1; %n kept edit(s) saved.", nullptr, saved).arg(m_store->path()), 10000);
    });
    StoreCommand::setErrorHandler([this](const StoreError& e) {
        if (e.code == StoreError::Code::ConnectionLost)
            m_teamWatch->noticeLoss();
        else
            showError(tr("The edit could not be saved"), e);
    });
    ChangeNotifier* n = m_store->notifier();
    for (auto signal : { &ChangeNotifier::storeReset, &ChangeNotifier::familiesChanged })
        connect(n, signal, this, &MainWindow::updateStatus);
    connect(n, &ChangeNotifier::articlesAdded, this, [this] {
        m_statusTimer->start();
        if (m_currentArticle == 0 && m_articleProxy->rowCount() > 0)
            m_articleView->setCurrentIndex(m_articleProxy->index(0, 0));
    });
    connect(n, &ChangeNotifier::articlesRemoved, this, [this](const QList<qint64>& ids) {
        m_statusTimer->start();
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
    connect(n, &ChangeNotifier::statementChanged, this, &MainWindow::refreshReader);
    connect(n, &ChangeNotifier::articleChanged, this, [this](qint64 id) {
        if (id == m_currentArticle)
            refreshReader();
    });
    connect(n, &ChangeNotifier::storeReset, this, [this] {
        m_edits->undoStack()->clear();
        showArticle(0);
        m_searchModel->clear();
        setWindowFilePath(m_store->path());
        if (m_store->isReadOnly())
            statusBar()->showMessage(
                tr("%1 is read-only: it can be searched and exported, not changed.").arg(m_store->path()));
        if (m_store->isOpen()) {
            if (const StoreError e = m_families->load(); e.isError())
                showError(tr("Variant families could not be loaded"), e);
        }
        m_analysis->storeOpened();
        // Open on the newest article so the window shows something to read straight away.
        if (m_articleProxy->rowCount() > 0)
            m_articleView->setCurrentIndex(m_articleProxy->index(0, 0));
    });
    updateStatus();
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
    m_teamStatus = new QLabel(this);
    m_teamStatus->setObjectName(QStringLiteral("teamStoreStatus"));
    m_teamStatus->setStyleSheet(QStringLiteral("color: #a33;"));
    m_teamStatus->hide();
    statusBar()->addWidget(m_teamStatus, 1);
}

void MainWindow::buildMenus()
{
    m_curation = new CurationActions(this, m_store, m_edits);
    m_exportActions = new ExportActions(this, m_store, m_charts, m_timeline, m_curation);
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_storeActions->addActions(file);
    (new StoreCheckAction(this, m_store))->addTo(file);
    file->addSeparator();
    file->addAction(
        tr("&Import…"), this, [this] { openImportWizard({}); }, QKeySequence(tr("Ctrl+I")));
    file->addAction(tr("Import Files &Directly…"), this, &MainWindow::importFiles);
    file->addSeparator();
    m_exportActions->addActions(file);
    file->addSeparator();
    file->addAction(tr("&Quit"), this, &QWidget::close, QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_edits->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_edits->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    // Ctrl+V anywhere but in a text field (which takes it first) imports the clipboard.
    QAction* paste
        = edit->addAction(tr("&Paste"), this, &MainWindow::pasteFromClipboard, QKeySequence::Paste);
    paste->setObjectName(QStringLiteral("pasteAction"));
    edit->addSeparator();
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
    for (auto signal : { &ChangeNotifier::speakersChanged, &ChangeNotifier::tagsChanged })
        connect(m_store->notifier(), signal, this, &MainWindow::refreshReader);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        m_viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::showError(const QString& title, const StoreError& error)
{
    MessageBox::warning(this, title, error.message);
}

QUndoStack* MainWindow::undoStack() const
{
    return m_edits->undoStack();
}

bool MainWindow::openStore(const QString& path)
{
    return m_storeActions->openStore(path);
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
    auto* import = new DirectImport(m_store, m_edits, this);
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
        m_edits->editArticle(articleId, fields);
        return;
    }
    // A new date re-dates the article's statements: worked out off the GUI thread, then pushed.
    redaterOf(this, m_store)
        ->redateArticle(
            articleId, fields.published, [this, articleId, fields](StatementRedater::Change dates) {
                m_edits->editArticle(articleId, fields, std::move(dates));
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

    m_panel = new ComparisonPanel(m_store, m_families.get(), m_edits, this);
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
                m_edits->setFigureActor(figureIds, actor);
        });
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

void MainWindow::setBackgroundLoadThreshold(int statements)
{
    m_analysis->setBackgroundLoadThreshold(statements);
}

bool MainWindow::analysisLoading() const
{
    return m_analysis->isLoading();
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
    auto* wizard = new ImportWizard(m_store, m_edits, this);
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

bool MainWindow::exportTimeline(const QString& path)
{
    return m_exportActions->exportTimeline(path);
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
            [this, terms](
                StatementRedater::Change dates) { m_edits->replaceOfficeTerms(terms, std::move(dates)); });
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
            m_edits->replaceEvents(events, std::move(dates));
        });
}

} // namespace ql
