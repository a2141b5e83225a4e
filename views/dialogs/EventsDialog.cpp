#include "views/dialogs/EventsDialog.h"

#include "views/dialogs/MessageBox.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ql {

namespace {
enum Column {
    NameColumn,
    AliasesColumn,
    PlaceColumn,
    StartColumn,
    EndColumn,
    KindColumn,
    FixedVenueColumn,
    ColumnCount
};
// Phrases are edited in one cell, separated by semicolons (no event name holds one).
const QChar AliasSeparator = QLatin1Char(';');
} // namespace

EventsDialog::EventsDialog(const QList<CalendarEvent>& events, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setWindowTitle(tr("Events"));
    auto* layout = new QVBoxLayout(this);
    auto* hint
        = new QLabel(tr("A statement made at an event the article names (“told the Munich Security "
                        "Conference”) is dated by the event. Phrases are separated by semicolons; "
                        "dates are YYYY-MM-DD, the last day included. Tick “Same place” for a series "
                        "that always meets in one place, so its place does not tell the editions apart."),
            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table->setHorizontalHeaderLabels({ tr("Event"), tr("Phrases naming it"), tr("Place"), tr("First day"),
        tr("Last day"), tr("Kind"), tr("Same place") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(AliasesColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    for (const CalendarEvent& e : events)
        addRow(e);
    layout->addWidget(m_table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* add = buttons->addButton(tr("Add Row"), QDialogButtonBox::ActionRole);
    QPushButton* remove = buttons->addButton(tr("Remove Row"), QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({});
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &EventsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1000, 560);
}

void EventsDialog::addRow(const CalendarEvent& event)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* name = new QTableWidgetItem(event.name);
    name->setData(Qt::UserRole, event.id); // keeps the stored row's id, so an edit is not a new event
    m_table->setItem(row, NameColumn, name);
    m_table->setItem(row, AliasesColumn,
        new QTableWidgetItem(event.aliases.join(QString(AliasSeparator) + QLatin1Char(' '))));
    m_table->setItem(row, PlaceColumn, new QTableWidgetItem(event.place));
    m_table->setItem(row, StartColumn, new QTableWidgetItem(event.start.toString(Qt::ISODate)));
    m_table->setItem(row, EndColumn, new QTableWidgetItem(event.end.toString(Qt::ISODate)));
    m_table->setItem(row, KindColumn, new QTableWidgetItem(event.kind));
    auto* fixed = new QTableWidgetItem;
    fixed->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    fixed->setCheckState(event.fixedVenue ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, FixedVenueColumn, fixed);
}

QString EventsDialog::rowProblem(const CalendarEvent& event, const QString& startText, const QString& endText)
{
    if (event.name.isEmpty())
        return tr("the event needs a name.");
    if (startText.isEmpty() || endText.isEmpty())
        return tr("“%1” needs a first and a last day (YYYY-MM-DD).").arg(event.name);
    if (!event.start.isValid())
        return tr("the first day “%1” is not a date: write it YYYY-MM-DD.").arg(startText);
    if (!event.end.isValid())
        return tr("the last day “%1” is not a date: write it YYYY-MM-DD.").arg(endText);
    if (event.end < event.start)
        return tr("the last day, %1, is before the first day, %2.")
            .arg(event.end.toString(Qt::ISODate), event.start.toString(Qt::ISODate));
    return {};
}

void EventsDialog::accept()
{
    QList<CalendarEvent> events;
    auto text = [this](int row, int column) {
        const QTableWidgetItem* item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_table->rowCount(); ++row) {
        CalendarEvent e;
        const QTableWidgetItem* name = m_table->item(row, NameColumn);
        e.id = name ? name->data(Qt::UserRole).toLongLong() : 0;
        e.name = text(row, NameColumn);
        for (const QString& a : text(row, AliasesColumn).split(AliasSeparator, Qt::SkipEmptyParts)) {
            if (!a.trimmed().isEmpty())
                e.aliases << a.trimmed();
        }
        e.place = text(row, PlaceColumn);
        e.start = QDate::fromString(text(row, StartColumn), Qt::ISODate);
        e.end = QDate::fromString(text(row, EndColumn), Qt::ISODate);
        e.kind = text(row, KindColumn);
        const QTableWidgetItem* fixed = m_table->item(row, FixedVenueColumn);
        e.fixedVenue = fixed && fixed->checkState() == Qt::Checked;
        if (e.name.isEmpty() && e.aliases.isEmpty() && text(row, StartColumn).isEmpty())
            continue; // an empty row the analyst added and left
        if (e.aliases.isEmpty())
            e.aliases << e.name; // an event is at least named by its name
        if (const QString problem = rowProblem(e, text(row, StartColumn), text(row, EndColumn));
            !problem.isEmpty()) {
            // Nothing is taken until every row is right: the calendar is saved whole or not at all.
            MessageBox::warning(this, windowTitle(), tr("Row %1: %2").arg(row + 1).arg(problem));
            m_table->setCurrentCell(row, e.name.isEmpty() ? NameColumn : StartColumn);
            return;
        }
        events << e;
    }
    m_events = events;
    QDialog::accept();
}

} // namespace ql
