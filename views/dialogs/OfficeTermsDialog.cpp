#include "views/dialogs/OfficeTermsDialog.h"

#include "views/dialogs/MessageBox.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ql {

namespace {
enum Column { OfficeColumn, HolderColumn, StartColumn, EndColumn, ColumnCount };
}

OfficeTermsDialog::OfficeTermsDialog(const QList<OfficeTerm>& terms, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setWindowTitle(tr("Offices and Holders"));
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(
        tr("Role mentions such as “the Secretary General” resolve to whoever held the office on the "
           "article's date. Dates are YYYY-MM-DD; leave the end empty while the term runs."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table->setHorizontalHeaderLabels({ tr("Office"), tr("Holder"), tr("From"), tr("Until (exclusive)") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    for (const OfficeTerm& t : terms)
        addRow(t);
    layout->addWidget(m_table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* add = buttons->addButton(tr("Add Row"), QDialogButtonBox::ActionRole);
    QPushButton* remove = buttons->addButton(tr("Remove Row"), QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({});
        m_table->setCurrentCell(m_table->rowCount() - 1, OfficeColumn);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &OfficeTermsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 480);
}

void OfficeTermsDialog::addRow(const OfficeTerm& term)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, OfficeColumn, new QTableWidgetItem(term.office));
    m_table->setItem(row, HolderColumn, new QTableWidgetItem(term.holder));
    m_table->setItem(row, StartColumn, new QTableWidgetItem(term.start.toString(Qt::ISODate)));
    m_table->setItem(row, EndColumn, new QTableWidgetItem(term.end.toString(Qt::ISODate)));
}

void OfficeTermsDialog::accept()
{
    QList<OfficeTerm> terms;
    auto text = [this](int row, int column) {
        const QTableWidgetItem* item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_table->rowCount(); ++row) {
        OfficeTerm t { text(row, OfficeColumn), text(row, HolderColumn),
            QDate::fromString(text(row, StartColumn), Qt::ISODate),
            QDate::fromString(text(row, EndColumn), Qt::ISODate) };
        if (t.office.isEmpty() && t.holder.isEmpty() && text(row, StartColumn).isEmpty())
            continue; // an empty row the analyst added and left
        const bool badEnd = !text(row, EndColumn).isEmpty() && (!t.end.isValid() || t.end <= t.start);
        if (t.office.isEmpty() || t.holder.isEmpty() || !t.start.isValid() || badEnd) {
            MessageBox::warning(this, windowTitle(),
                tr("Row %1 needs an office, a holder, a start date (YYYY-MM-DD) and, if given, an end after "
                   "the start.")
                    .arg(row + 1));
            m_table->setCurrentCell(row, OfficeColumn);
            return;
        }
        terms << t;
    }
    m_terms = terms;
    QDialog::accept();
}

} // namespace ql
