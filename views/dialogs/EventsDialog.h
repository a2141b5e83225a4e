#pragma once

#include "domain/CalendarEvent.h"

#include <QDialog>

class QTableWidget;

namespace ql {

// Lets the analyst edit the events calendar (summits, forums, conferences) that dates statements
// naming them; the store re-dates its statements with the new calendar. Rows without a name, a
// phrase naming the event, or a valid first and last day are refused.
class EventsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EventsDialog(const QList<CalendarEvent>& events, QWidget* parent = nullptr);

    // Valid only after accept().
    QList<CalendarEvent> events() const { return m_events; }
    QTableWidget* table() const { return m_table; }

    void accept() override;

private:
    void addRow(const CalendarEvent& event);

    QTableWidget* m_table;
    QList<CalendarEvent> m_events;
};

} // namespace ql
