#pragma once

#include "core/domain/SaidWindow.h"

#include <QDate>
#include <QString>

namespace ql {

// One stated share of GDP ("3.5 % by 2030"), plain data filled by the caller.
struct GdpTargetPoint
{
    qint64 statementId = 0;
    QDate statedOn; // the statement's day or the middle of its window, else the article's date
    QString speaker; // speaker or ally
    double percent = 0.0;
    int targetYear = 0; // 0: no target year given
    QString text;
    SaidWindow said {}; // null when the figure has no dated statement
    bool onArticleDate = false; // statedOn is the article's date (see MoneyPoint::onArticleDate)
    // Where the figure is, so a click can show its sentence even outside every statement.
    qint64 figureId = 0;
    qint64 articleId = 0;
    int start = -1; // the figure's span in the article text
    int end = -1;
    QString actor {}; // who commits to the share ("Romania", "NATO allies"); empty when not named
    QString source {};
};

} // namespace ql
