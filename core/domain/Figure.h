#pragma once

#include <QString>

namespace ql {

// A spending figure: money (value in units of `currency`) or a share of GDP in percent.
struct Figure
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 statementId = 0; // 0: not inside a statement
    int statementIndex = -1; // during extraction: index into Extraction::statements, -1 if none
    QString kind; // "money", "gdp_share", …
    double value = 0.0;
    QString currency; // ISO 4217, money only
    int year = 0; // target year, 0 when not given
    QString text; // the figure as written
    QString subject; // what it pays for ("key ammunition"), may be empty
    // Who spends or pledges it ("Romania", "NATO allies", "Rheinmetall", "Ukraine aid"), from its
    // sentence; empty when the sentence names nobody. Charts group by it; the analyst can correct it.
    QString actor;
    // "per year", "a year", "annually": an amount every year, never to be read as a one-off sum.
    bool perYear = false;
    // The speaker of the reported-speech sentence holding the figure ("Rutte said allies …"), for
    // figures outside any statement; a statement's own speaker always wins over it.
    QString reportedBy;
    int start = -1;
    int end = -1;
};

} // namespace ql
