#pragma once

#include <QDate>
#include <QString>

namespace ql {

// One row of the article library: what lists need, without the text or the original bytes.
struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QString publisher;
    QString sourceUrl;
    QDate published;
    QString format;
    int statementCount = 0;
    QString note; // the analyst's memo
};

} // namespace ql
