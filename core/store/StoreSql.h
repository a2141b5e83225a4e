#pragma once

// Column mappings shared by the store's implementation files: private to core/store (only its .cpp
// files include this header), so no other layer sees SQL.

#include "core/domain/Figure.h"
#include "core/domain/SaidWindow.h"
#include "core/store/FigureRow.h"
#include "core/store/SearchMatch.h"
#include "core/store/StatementRow.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace ql::storesql {

QVariant dateValue(const QDate& d);
QDate dateFrom(const QVariant& v);
// Qt binds a null QString as SQL NULL; text columns are NOT NULL, so send an empty string.
QVariant textValue(const QString& s);
QVariant nullableId(qint64 id);
// Bound NULL text must keep the column's NULL semantics for dates, so map the empty string.
QVariant nullableDate(const QDate& d);
// The columns statementRowFrom() reads, with `s` statements, `sp` speakers and `a` articles.
const QString& statementColumns();
// The said window from three columns, starting at `first`.
SaidWindow saidWindowFrom(const QSqlQuery& q, int first);
// A search's matched rows, as both backends select them: a statement as (article_id, id, title,
// speaker, text, note, start_pos, end_pos), an article as (id, title, text, note).
SearchMatch statementMatchFrom(const QSqlQuery& q);
SearchMatch articleMatchFrom(const QSqlQuery& q);
StatementRow statementRowFrom(const QSqlQuery& q);
// The figure columns in this order, with a table alias (or none) before each name.
QString figureColumns(const QString& alias);
// Reads the columns of figureColumns() from the start of the row.
Figure figureFrom(const QSqlQuery& q);
// Turns what an analyst types into a safe FTS5 query: each word a quoted prefix term.
QString ftsQuery(const QString& input);

} // namespace ql::storesql
