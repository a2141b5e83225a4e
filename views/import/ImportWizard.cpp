#include "views/import/ImportWizard.h"

#include "core/store/Store.h"
#include "models/edits/StoreEdits.h"
#include "models/import/ReviewListModel.h"
#include "views/dialogs/MessageBox.h"
#include "views/import/PreparationRunner.h"
#include "views/import/ReviewPage.h"
#include "views/import/SourcesPage.h"
#include "views/import/StatementsPage.h"
#include "views/import/SummaryPage.h"

#include <QGuiApplication>
#include <QUndoStack>
#include <QWizardPage>

#include <memory>

namespace ql {

ImportWizard::ImportWizard(Store* store, StoreEdits* edits, QWidget* parent)
    : QWizard(parent)
    , m_store(store)
    , m_edits(edits)
    , m_documents(new ReviewListModel(store, this))
    , m_runner(new PreparationRunner(PreparationRunner::extractorFor(store), this))
    , m_sourcesPage(new SourcesPage(m_documents, m_runner, this))
    , m_reviewPage(new ReviewPage(m_documents, this))
    , m_statementsPage(new StatementsPage(
          m_documents, [this] { return m_reviewPage->currentRow(); }, this))
    , m_summaryPage(new SummaryPage(m_documents, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import articles"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(SourcesPageId, m_sourcesPage);
    setPage(ReviewPageId, m_reviewPage);
    setPage(StatementsPageId, m_statementsPage);
    setPage(SummaryPageId, m_summaryPage);
    resize(1000, 680);

    connect(m_sourcesPage, &SourcesPage::sourcesChosen, this, &ImportWizard::addSources);
    connect(m_runner, &PreparationRunner::batchFinished, m_documents, &ReviewListModel::append);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::addSources(const ImportSources& sources)
{
    m_runner->start(sources);
}

bool ImportWizard::isReading() const
{
    return m_runner->isRunning();
}

void ImportWizard::accept()
{
    if (m_runner->isRunning())
        return;
    if (QWizardPage* page = currentPage(); page && !page->validatePage())
        return;
    const QList<PreparedArticle> articles = m_documents->articlesToImport();
    m_results.clear();
    if (!articles.isEmpty() && (!m_store || !m_store->isOpen())) {
        MessageBox::warning(this, windowTitle(), tr("No library is open, so nothing can be imported."));
        return;
    }
    if (!articles.isEmpty()) {
        // Storing runs on the store's thread; hundreds of articles take a moment.
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        // Without the window's edits (a script), the import still runs as a command, on a stack of
        // its own that nobody undoes.
        StoreEdits scratch(m_store);
        const StoreEdits::ImportOutcome outcome = (m_edits ? m_edits : &scratch)->importArticles(articles);
        m_results = outcome.results;
        const StoreError& error = outcome.error;
        QGuiApplication::restoreOverrideCursor();
        if (error.isError())
            MessageBox::warning(this, windowTitle(), error.message);
    }
    QWizard::accept();
}

void ImportWizard::reject()
{
    m_runner->cancel();
    QWizard::reject();
}

} // namespace ql
