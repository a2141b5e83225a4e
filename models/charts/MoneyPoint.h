#pragma once

#include "core/domain/SaidWindow.h"

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
    QString speaker; // the statement's speaker, else the reported-speech speaker of its sentence
    QString subject; // what it pays for
    QString source;
    double value = 0.0; // in units of `currency`
    QString currency; // ISO 4217
    QString text; // the sentence it came from
    // When the statement was said; null when the figure has no dated statement.
    SaidWindow said {};
    // `date` is the article's date because the statement's window is missing or too wide to place;
    // the tooltip says so rather than passing the article's date off as the day it was said.
    bool onArticleDate = false;
    // Where the figure is, so a click can show its sentence even outside every statement.
    qint64 figureId = 0;
    qint64 articleId = 0;
    int start = -1; // the figure's span in the article text
    int end = -1;
    QString actor {}; // who commits (spends, pledges, contracts); empty when the sentence names nobody
    bool perYear = false; // a yearly rate, not a one-off sum
};

} // namespace ql
