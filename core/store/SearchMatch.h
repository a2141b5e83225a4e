#pragma once

#include <QString>

namespace ql::storesql {

// A row a search query matched, before its snippet is made: each backend finds the rows in its own
// index (FTS5, tsvector), then both make snippets and highlights the same way (StoreSearch.cpp).
// Private to core/store.
struct SearchMatch
{
    qint64 articleId = 0;
    qint64 statementId = 0; // 0: the match is an article (its title, text or note)
    QString title;
    QString speaker;
    QString text;
    QString note;
    int textStart = 0; // a statement's place in its article
    int textEnd = 0;
};

} // namespace ql::storesql
