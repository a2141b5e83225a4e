#include "views/import/StatementsPage.h"

#include "models/import/ExtractionTableModel.h"
#include "models/import/ReviewListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ql {

StatementsPage::StatementsPage(ReviewListModel* documents, std::function<int()> preferredRow, QWidget* parent)
    : QWizardPage(parent)
    , m_documents(documents)
    , m_preferredRow(std::move(preferredRow))
    , m_model(new ExtractionTableModel(documents, this))
    , m_documentCombo(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_context(new QPlainTextEdit(this))
    , m_counts(new QLabel(this))
    , m_error(new QLabel(this))
{
    setTitle(tr("Check the statements and figures"));
    setSubTitle(tr("Untick what should not be stored. Double-click a speaker or a text to correct it."));

    m_documentCombo->setObjectName(QStringLiteral("documentCombo"));
    m_documentCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_documentCombo->setMinimumContentsLength(40);
    m_table->setObjectName(QStringLiteral("extractionTable"));
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // Long quotes wrap; rows follow the text column's width (an article has few statements).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        ExtractionTableModel::AcceptColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        ExtractionTableModel::KindColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        ExtractionTableModel::SpeakerColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ExtractionTableModel::SpeakerColumn, 170);
    m_context->setObjectName(QStringLiteral("statementContext"));
    m_context->setReadOnly(true);
    m_context->setPlaceholderText(tr("Select a row to see it in the article."));
    m_counts->setObjectName(QStringLiteral("extractionCounts"));
    m_error->setObjectName(QStringLiteral("editError"));
    m_error->setStyleSheet(QStringLiteral("color: #b02020"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Document:"), this));
    top->addWidget(m_documentCombo, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_context);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_error);

    connect(m_documentCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int index) {
        m_model->setDocument(index >= 0 ? m_documentCombo->itemData(index).toInt() : -1);
        updateCounts();
    });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &StatementsPage::showContext);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showContext({}); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &StatementsPage::updateCounts);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this] { showContext(m_table->selectionModel()->currentIndex()); });
    connect(m_model, &ExtractionTableModel::editRefused, this, &StatementsPage::updateCounts);
}

void StatementsPage::initializePage()
{
    const QSignalBlocker blocker(m_documentCombo);
    m_documentCombo->clear();
    for (int row = 0; row < m_documents->rowCount(); ++row) {
        if (m_documents->entry(row).willImport())
            m_documentCombo->addItem(m_documents->data(m_documents->index(row)).toString(), row);
    }
    const int preferred = m_preferredRow ? m_documentCombo->findData(m_preferredRow()) : -1;
    m_documentCombo->setCurrentIndex(preferred >= 0 ? preferred : (m_documentCombo->count() > 0 ? 0 : -1));
    m_model->setDocument(m_documentCombo->currentIndex() >= 0 ? m_documentCombo->currentData().toInt() : -1);
    updateCounts();
}

bool StatementsPage::showDocument(int row)
{
    const int index = m_documentCombo->findData(row);
    if (index < 0)
        return false;
    m_documentCombo->setCurrentIndex(index);
    return true;
}

void StatementsPage::showContext(const QModelIndex& current)
{
    const int row = m_model->document();
    if (row < 0) {
        m_context->clear();
        return;
    }
    const ReviewEntry& e = m_documents->entry(row);
    if (m_context->toPlainText() != e.prepared.article.text)
        m_context->setPlainText(e.prepared.article.text);
    if (!current.isValid())
        return;
    const Extraction& x = e.prepared.extraction;
    const int r = current.row();
    const int start = r < m_model->statementRows() ? x.statements.at(r).start
                                                   : x.figures.at(r - m_model->statementRows()).start;
    const int end = r < m_model->statementRows() ? x.statements.at(r).end
                                                 : x.figures.at(r - m_model->statementRows()).end;
    if (start < 0 || end <= start || end > m_context->document()->characterCount())
        return;
    QTextCursor cursor(m_context->document());
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    m_context->setTextCursor(cursor);
    m_context->centerCursor();
}

void StatementsPage::updateCounts()
{
    m_error->setText(m_model->lastError());
    const int row = m_model->document();
    if (row < 0) {
        m_counts->setText(m_documentCombo->count() == 0 ? tr("No document is kept for import.") : QString());
        return;
    }
    const ReviewEntry& e = m_documents->entry(row);
    m_counts->setText(tr("Keeping %1 of %2 statement(s) and %3 of %4 figure(s) of this document.")
                          .arg(e.acceptedStatementCount())
                          .arg(e.statementAccepted.size())
                          .arg(e.acceptedFigureCount())
                          .arg(e.figureAccepted.size()));
}

} // namespace ql
