#pragma once

#include <QString>

namespace ql {

// Picks a divisor and a suffix ("bn", "m", "k") so money axes show short, readable numbers.
class ChartAxisUnits
{
public:
    ChartAxisUnits(double maxAbsValue);
    double divisor() const { return m_divisor; }
    QString suffix() const { return m_suffix; }
    // "%.1f" or "%.0f" depending on how large the divided values get.
    QString labelFormat(double maxAbsValue) const;
    static QString formatMoney(double value, const QString& currency);

private:
    double m_divisor = 1.0;
    QString m_suffix;
};

} // namespace ql
