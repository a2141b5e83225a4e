#pragma once

#include "domain/SaidWindow.h"

#include <QDate>
#include <QString>

namespace ql {

// One money figure as the spending chart sees it: plain data, filled by the caller from the store.
struct MoneyPoint
{
    qint64 statementId = 0;
    // The day the chart places it on: the statement's day or the middle of its window, else the
    // article's date; null dates are left out of date charts.
    QDate date;
    QString speaker;
    QString subject;
    QString source;
    double value = 0.0; // in units of `currency`
    QString currency; // ISO 4217
    QString text; // the sentence it came from
    // When the statement was said; null when the figure has no dated statement.
    SaidWindow said {};
    // `date` is the article's date because the statement's window is missing or too wide to place;
    // the tooltip says so rather than passing the article's date off as the day it was said.
    bool onArticleDate = false;
};

} // namespace ql
