#pragma once

#include "core/domain/CalendarEvent.h"

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

    // Why a row cannot be taken ("the last day, 2024-03-04, is before the first day, 2024-03-05."),
    // empty when it can; the texts are the cells as typed.
    static QString rowProblem(const CalendarEvent& event, const QString& startText, const QString& endText);

private:
    void addRow(const CalendarEvent& event);

    QTableWidget* m_table;
    QList<CalendarEvent> m_events;
};

} // namespace ql
