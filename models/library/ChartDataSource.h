#pragma once

#include "models/charts/GdpTargetPoint.h"
#include "models/charts/MoneyPoint.h"

#include <QList>
#include <QVector>

namespace ql {

class Store;

// Reads the store's figures into the plain points the chart builders take, so chart code never
// sees the store. Called when the store changes, never while painting.
class ChartDataSource
{
public:
    static QVector<MoneyPoint> moneyPoints(const Store& store);
    static QVector<GdpTargetPoint> gdpPoints(const Store& store);
    // The points of these articles only (what an import added, or an edit changed).
    static QVector<MoneyPoint> moneyPoints(const Store& store, const QList<qint64>& articleIds);
    static QVector<GdpTargetPoint> gdpPoints(const Store& store, const QList<qint64>& articleIds);
};

} // namespace ql
