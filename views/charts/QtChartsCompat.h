#pragma once

// Qt 5 keeps Qt Charts in the QtCharts namespace, Qt 6 in Qt's own; these aliases let ql code name the
// classes the same way under both.
#include <QtCharts/QAbstractSeries>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

namespace ql {
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
using QAbstractSeries = QtCharts::QAbstractSeries;
using QChart = QtCharts::QChart;
using QChartView = QtCharts::QChartView;
#endif
} // namespace ql
