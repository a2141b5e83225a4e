#include "views/charts/ChartAxisUnits.h"

#include <QLocale>

#include <cmath>

namespace ql {

ChartAxisUnits::ChartAxisUnits(double maxAbsValue)
{
    const double v = std::abs(maxAbsValue);
    if (v >= 1e9) {
        m_divisor = 1e9;
        m_suffix = QStringLiteral("bn");
    } else if (v >= 1e6) {
        m_divisor = 1e6;
        m_suffix = QStringLiteral("m");
    } else if (v >= 1e4) {
        m_divisor = 1e3;
        m_suffix = QStringLiteral("k");
    }
}

QString ChartAxisUnits::labelFormat(double maxAbsValue) const
{
    return std::abs(maxAbsValue) / m_divisor >= 20.0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f");
}

QString ChartAxisUnits::formatMoney(double value, const QString& currency)
{
    const ChartAxisUnits units(value);
    const QLocale locale;
    const double shown = value / units.divisor();
    const int decimals
        = std::abs(shown) >= 100.0 || units.divisor() == 1.0 ? 0 : (std::abs(shown) >= 10 ? 1 : 2);
    QString s = locale.toString(shown, 'f', decimals);
    if (!units.suffix().isEmpty())
        s += QLatin1Char(' ') + units.suffix();
    return s + QLatin1Char(' ') + currency;
}

} // namespace ql
