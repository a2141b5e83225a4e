#pragma once

#include <QWizardPage>

class QCheckBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;

namespace ql {

class ReviewListModel;

// Page 2: every document read, with its status; the metadata of the selected one can be
// corrected, and its cleaned text is shown beside the original.
class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(ReviewListModel* documents, QWidget* parent = nullptr);

    void initializePage() override;

    int currentRow() const;
    void setCurrentRow(int row);

    QListView* list() const { return m_list; }
    QLineEdit* titleEdit() const { return m_title; }
    QDateEdit* dateEdit() const { return m_date; }
    QCheckBox* noDateCheck() const { return m_noDate; }
    QLineEdit* publisherEdit() const { return m_publisher; }
    QLineEdit* urlEdit() const { return m_url; }
    QPlainTextEdit* cleanedView() const { return m_cleaned; }
    QPlainTextEdit* originalView() const { return m_original; }
    QLabel* statusLabel() const { return m_status; }

private:
    void load(int row);
    void applyDate();

    ReviewListModel* m_documents;
    QListView* m_list;
    QLabel* m_status;
    QLineEdit* m_title;
    QDateEdit* m_date;
    QCheckBox* m_noDate;
    QLabel* m_dateOrigin;
    QLineEdit* m_publisher;
    QLineEdit* m_url;
    QPlainTextEdit* m_cleaned;
    QPlainTextEdit* m_original;
    QGroupBox* m_originalBox = nullptr;
    bool m_loading = false; // filling the editors is not an edit
};

} // namespace ql
