#pragma once

#include <QDate>
#include <QString>

namespace ql {

// One money figure as the spending chart sees it: plain data, filled by the caller from the store.
struct MoneyPoint
{
    qint64 statementId = 0;
    QDate date; // when it was said; null dates are left out of date charts
    QString speaker;
    QString subject;
    QString source;
    double value = 0.0; // in units of `currency`
    QString currency; // ISO 4217
    QString text; // the sentence it came from
};

} // namespace ql
