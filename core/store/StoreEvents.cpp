#include "core/store/Store.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/StorePrivate.h"
#include "core/store/StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace ql {

using namespace storesql;

// --- events ------------------------------------------------------------------------------------

QList<CalendarEvent> Store::events() const
{
    QList<CalendarEvent> out;
    QSqlQuery q(d->db);
    if (q.exec(QStringLiteral("SELECT id, name, aliases, place, start_date, end_date, kind, fixed_venue"
                              " FROM events ORDER BY start_date, id")))
        while (q.next()) {
            CalendarEvent e;
            e.id = q.value(0).toLongLong();
            e.name = q.value(1).toString();
            e.aliases = q.value(2).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            e.place = q.value(3).toString();
            e.start = dateFrom(q.value(4));
            e.end = dateFrom(q.value(5));
            e.kind = q.value(6).toString();
            e.fixedVenue = q.value(7).toInt() != 0;
            out.append(e);
        }
    return out;
}

StoreError Store::replaceEvents(const QList<CalendarEvent>& events)
{
    Transaction tx = d->write(m_batch.open);
    QSqlQuery q(d->db);
    if (!q.exec(QStringLiteral("DELETE FROM events")))
        return sqlError(QStringLiteral("cannot replace events"), q.lastError().text());
    for (const CalendarEvent& e : events) {
        QStringList aliases;
        for (const QString& a : e.aliases) {
            if (!a.simplified().isEmpty())
                aliases << a.simplified();
        }
        if (e.name.trimmed().isEmpty() || aliases.isEmpty() || !e.start.isValid() || !e.end.isValid()
            || e.end < e.start)
            return StoreError::make(StoreError::Code::InvalidInput,
                QStringLiteral("an event needs a name, a phrase that names it and a start and end date"));
        q.prepare(QStringLiteral("INSERT INTO events(id, name, aliases, place, start_date, end_date, kind,"
                                 " fixed_venue) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(nullableId(e.id));
        q.addBindValue(e.name.trimmed());
        q.addBindValue(aliases.join(QLatin1Char('\n')));
        q.addBindValue(textValue(e.place.trimmed()));
        q.addBindValue(dateValue(e.start));
        q.addBindValue(dateValue(e.end));
        q.addBindValue(textValue(e.kind.trimmed()));
        q.addBindValue(e.fixedVenue ? 1 : 0);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot store event"), q.lastError().text());
    }
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit events"), d->db.lastError().text());
    return {};
}

bool Store::eventsSeeded() const
{
    QSqlQuery q(d->db);
    return q.exec(QStringLiteral("SELECT 1 FROM store_meta WHERE key = 'events_seeded'")) && q.next();
}

StoreError Store::setEventsSeeded(bool seeded)
{
    QSqlQuery q(d->db);
    if (!q.exec(seeded ? QStringLiteral("INSERT INTO store_meta(key, value) VALUES ('events_seeded', '1') ON "
                                        "CONFLICT (key) DO NOTHING")
                       : QStringLiteral("DELETE FROM store_meta WHERE key = 'events_seeded'")))
        return sqlError(QStringLiteral("cannot mark events"), q.lastError().text());
    return {};
}

} // namespace ql
