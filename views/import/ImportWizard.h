#pragma once

#include "core/importing/ImportResult.h"
#include "views/import/ImportSources.h"

#include <QWizard>

namespace ql {

class PreparationRunner;
class ReviewListModel;
class ReviewPage;
class SourcesPage;
class StatementsPage;
class Store;
class StoreEdits;
class SummaryPage;

// Import of files, folders, drops and pastes in four steps: sources, review, statements and
// summary. Nothing touches the store before Finish, which stores the kept documents as one
// undoable import through the window's edits.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SourcesPageId, ReviewPageId, StatementsPageId, SummaryPageId };

    ImportWizard(Store* store, StoreEdits* edits, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // Starts reading them in the background; the sources page shows the progress.
    void addSources(const ImportSources& sources);

    bool isReading() const;
    ReviewListModel* documents() const { return m_documents; }
    PreparationRunner* runner() const { return m_runner; }
    SourcesPage* sourcesPage() const { return m_sourcesPage; }
    ReviewPage* reviewPage() const { return m_reviewPage; }
    StatementsPage* statementsPage() const { return m_statementsPage; }
    SummaryPage* summaryPage() const { return m_summaryPage; }
    // What Finish did, one result per stored, duplicate or failed document.
    const QList<ImportResult>& results() const { return m_results; }

public slots:
    void accept() override;
    void reject() override;

private:
    Store* m_store;
    StoreEdits* m_edits; // null: a script, nothing to undo
    ReviewListModel* m_documents;
    PreparationRunner* m_runner;
    SourcesPage* m_sourcesPage;
    ReviewPage* m_reviewPage;
    StatementsPage* m_statementsPage;
    SummaryPage* m_summaryPage;
    QList<ImportResult> m_results;
};

} // namespace ql
