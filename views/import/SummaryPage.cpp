#include "views/import/SummaryPage.h"

#include "models/import/ReviewListModel.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ql {

SummaryPage::SummaryPage(ReviewListModel* documents, QWidget* parent)
    : QWizardPage(parent)
    , m_documents(documents)
    , m_summary(new QLabel(this))
    , m_leftOut(new QPlainTextEdit(this))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Finish stores the documents as one step; Edit ▸ Undo takes the whole import back."));
    setFinalPage(true);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_leftOut->setObjectName(QStringLiteral("leftOutList"));
    m_leftOut->setReadOnly(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Left out:"), this));
    layout->addWidget(m_leftOut, 1);
}

QString SummaryPage::summaryText() const
{
    return m_summary->text();
}

QString SummaryPage::leftOutText() const
{
    return m_leftOut->toPlainText();
}

void SummaryPage::initializePage()
{
    int articles = 0;
    int statements = 0;
    int figures = 0;
    int untickedDocuments = 0;
    int noDate = 0;
    QStringList leftOut;
    for (int row = 0; row < m_documents->rowCount(); ++row) {
        const ReviewEntry& e = m_documents->entry(row);
        if (e.willImport()) {
            ++articles;
            statements += e.acceptedStatementCount();
            figures += e.acceptedFigureCount();
            noDate += e.prepared.article.published.isValid() ? 0 : 1;
            continue;
        }
        if (e.status == ReviewEntry::Status::Ok) {
            ++untickedDocuments;
            leftOut << tr("%1: left out by you").arg(e.prepared.source);
        } else {
            leftOut
                << tr("%1: %2, %3").arg(e.prepared.source, ReviewListModel::statusName(e.status), e.reason);
        }
    }
    QString text = tr("<p><b>%n article(s)</b> will be imported", nullptr, articles)
        + tr(" with %n statement(s)", nullptr, statements) + tr(" and %n figure(s).</p>", nullptr, figures);
    if (noDate > 0)
        text += tr("<p>Without a date: %1, flagged for you to check.</p>").arg(noDate);
    text += tr("<p>Duplicates skipped: %1. Rejected: %2. Left out by you: %3.</p>")
                .arg(m_documents->count(ReviewEntry::Status::Duplicate))
                .arg(m_documents->count(ReviewEntry::Status::Rejected))
                .arg(untickedDocuments);
    m_summary->setText(text);
    m_leftOut->setPlainText(leftOut.isEmpty() ? tr("Nothing.") : leftOut.join(QLatin1Char('\n')));
}

} // namespace ql
