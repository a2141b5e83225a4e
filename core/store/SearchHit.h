#pragma once

#include <QString>

namespace ql {

// One full-text match: a statement (statementId > 0) or an article's title/text.
struct SearchHit
{
    qint64 articleId = 0;
    qint64 statementId = 0;
    QString articleTitle;
    QString speaker;
    QString snippet; // the matching text with the match wrapped in [ ]
};

} // namespace ql
