#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

namespace ql {

class ReviewListModel;

// Page 4: what Finish will store, and what stays out and why.
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SummaryPage(ReviewListModel* documents, QWidget* parent = nullptr);

    void initializePage() override;
    QString summaryText() const;
    QString leftOutText() const;

private:
    ReviewListModel* m_documents;
    QLabel* m_summary;
    QPlainTextEdit* m_leftOut;
};

} // namespace ql
