#pragma once

#include "core/domain/StatementKind.h"

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ql {

// One statement as the timeline sees it: plain data, so the timeline never depends on the store.
// A null `date` means the statement has no known date; such entries are counted aside, never placed.
// A window of several days runs from `dateFrom` to `date` (its last day) and is drawn as a bar.
struct TimelineEntry
{
    qint64 statementId = 0;
    qint64 articleId = 0; // the article it was reported in: removing an article drops its entries
    qint64 familyId = 0; // its variant family (0: none); `family` is that family's lane name
    QDate date;
    QDate dateFrom; // first day of the window; equal to `date` (or null) for one day
    QString when; // the window as people read it: "5–6 Nov 2025"
    QString evidence; // why it is dated so
    QString speaker; // empty: unknown speaker
    QString source; // publisher or file the statement came from
    QString family; // lane key when lanes are by variant family
    QString event; // lane key when lanes are by event
    StatementKind kind = StatementKind::Quote;
    QString firstWords;
    QStringList tags;
};

} // namespace ql

Q_DECLARE_METATYPE(ql::TimelineEntry)
