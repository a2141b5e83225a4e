#pragma once

#include <QDate>
#include <QString>

namespace ql {

// One stated share of GDP ("3.5 % by 2030"), plain data filled by the caller.
struct GdpTargetPoint
{
    qint64 statementId = 0;
    QDate statedOn;
    QString speaker; // speaker or ally
    double percent = 0.0;
    int targetYear = 0; // 0: no target year given
    QString text;
};

} // namespace ql
