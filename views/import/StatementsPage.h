#pragma once

#include <QWizardPage>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace ql {

class ExtractionTableModel;
class ReviewListModel;

// Page 3: the statements and figures found in each kept document; untick to leave one out,
// edit a speaker or the quoted passage to correct it.
class StatementsPage : public QWizardPage
{
    Q_OBJECT
public:
    // `preferredRow` names the document the analyst was looking at on the review page.
    StatementsPage(ReviewListModel* documents, std::function<int()> preferredRow, QWidget* parent = nullptr);

    void initializePage() override;

    QComboBox* documentCombo() const { return m_documentCombo; }
    QTableView* table() const { return m_table; }
    ExtractionTableModel* model() const { return m_model; }
    // The article text with the selected statement or figure marked.
    QPlainTextEdit* contextView() const { return m_context; }
    // Selects the document at this row of the review list, when it is kept.
    bool showDocument(int row);

private:
    void updateCounts();
    void showContext(const QModelIndex& current);

    ReviewListModel* m_documents;
    std::function<int()> m_preferredRow;
    ExtractionTableModel* m_model;
    QComboBox* m_documentCombo;
    QTableView* m_table;
    QPlainTextEdit* m_context;
    QLabel* m_counts;
    QLabel* m_error;
};

} // namespace ql
