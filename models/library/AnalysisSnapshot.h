#pragma once

#include "core/store/StoreError.h"
#include "models/charts/GdpTargetPoint.h"
#include "models/charts/MoneyPoint.h"
#include "models/timeline/FamilyLaneNames.h"
#include "models/timeline/TimelineEntry.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace ql {

// Everything the timeline and the charts show of a whole store, read at once. Opening a large store
// reads it on a worker thread through a read-only connection of its own, so the window stays usable
// while it loads; the window then applies whatever changed in the meantime on top.
struct AnalysisSnapshot
{
    QVector<TimelineEntry> entries;
    QVector<MoneyPoint> money;
    QVector<GdpTargetPoint> gdp;
    FamilyLaneNames laneNames; // primed for the changes that follow
    StoreError error;

    // Runs on any thread: opens `path` for reading, reads, closes. `familyOf` (statement id ->
    // family id) is a copy of the window's families, which stay on the window's thread.
    static AnalysisSnapshot read(const QString& path, const QHash<qint64, qint64>& familyOf);
};

} // namespace ql
