#pragma once

#include "core/domain/StatementKind.h"

#include <QString>
#include <QStringList>
#include <QVector>

class QAbstractItemModel;

namespace ql {

class TimeScale;

// One statement as the timeline places it.
struct TimelineItem
{
    qint64 id = 0;
    int jd = 0; // Julian day (the window's last day); 0 when undated
    int jdFrom = 0; // the window's first day; == jd for one day
    int lane = 0;
    StatementKind kind = StatementKind::Quote;
    QString speaker;
    QString source;
    QString firstWords;
    QString when; // "5–6 Nov 2025"
    QString evidence;
};

// The statements of a model with TimelineModel's roles, copied into flat vectors by lane and by date:
// what the layout, the renderer and hit-testing read, so that none of them queries the model. Built
// once per model change, by the widget and by the command line alike.
struct TimelineData
{
    QVector<TimelineItem> items; // one per model row, row order
    QStringList laneNames; // in the model's lane order
    QVector<QVector<int>> laneItems; // item indices per lane, by date
    QVector<QVector<int>> laneJd; // the matching Julian days, for binary search
    QVector<int> byDate; // all dated items by date
    QVector<int> posByDate; // item -> index in byDate, -1 when undated
    QVector<int> posInLane; // item -> index in its lane vector, -1 when undated

    static constexpr double PadDays = 10.0; // the least margin around fitted statements

    static TimelineData fromModel(const QAbstractItemModel* model);

    // The row of the dated item with this statement id, -1 when none.
    int itemOf(qint64 statementId) const;
    // Sets `scale` to show every dated statement with a margin; false when there is none.
    bool fit(TimeScale& scale) const;
};

} // namespace ql
