#pragma once

#include "models/charts/GdpTargetPoint.h"
#include "models/charts/MoneyPoint.h"

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
};

} // namespace ql
