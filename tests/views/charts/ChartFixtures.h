#pragma once

#include "models/charts/GdpTargetPoint.h"
#include "models/charts/MoneyPoint.h"
#include "views/charts/ChartSpec.h"
#include "views/charts/CurrencyTable.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

// Invented spending figures and small readers of a ChartSpec, shared by the chart suites
// (tst_chartbuilders: figures to series; tst_chartdrawing: series to a Qt chart).
namespace ql::test::charts {

inline const QString kAda = QStringLiteral("Ada Lindqvist");
inline const QString kBram = QStringLiteral("Bram Okafor");

CurrencyTable inventedRates();
MoneyPoint money(qint64 id, const QDate& date, const QString& speaker, const QString& subject,
    const QString& source, double value, const QString& currency);
MoneyPoint pledge(qint64 id, const QDate& date, const QString& actor, const QString& source, double value,
    bool perYear = false);
GdpTargetPoint share(qint64 id, const QString& actor, double percent, int year);
QVector<MoneyPoint> moneyFixture();
QVector<double> ys(const ChartSpec::Series& s);
QVector<double> xs(const ChartSpec::Series& s);
QStringList names(const ChartSpec& spec);
double msecs(const QDate& d);
bool fuzzyEqual(const QVector<double>& a, const QVector<double>& b);

} // namespace ql::test::charts
