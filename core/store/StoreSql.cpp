#include "core/store/StoreSql.h"

#include <QRegularExpression>
#include <QStringList>

namespace ql::storesql {

QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QString());
}

QDate dateFrom(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

// Qt binds a null QString as SQL NULL; text columns are NOT NULL, so send an empty string.
QVariant textValue(const QString& s)
{
    return s.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(s);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// Bound NULL text must keep the column's NULL semantics for dates, so map the empty string.
QVariant nullableDate(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

const QString& statementColumns()
{
    static const QString columns
        = QStringLiteral("s.id, s.article_id, s.speaker_id, COALESCE(sp.name, ''), "
                         "s.text, s.kind, s.start_pos, s.end_pos, s.said_on,"
                         " a.title, a.publisher, s.said_from, s.said_to, s.said_evidence, s.row_version");
    return columns;
}

// The said window from three columns, starting at `first`.
SaidWindow saidWindowFrom(const QSqlQuery& q, int first)
{
    SaidWindow w;
    w.from = dateFrom(q.value(first));
    w.to = dateFrom(q.value(first + 1));
    w.evidence = q.value(first + 2).toString();
    return w;
}

StatementRow statementRowFrom(const QSqlQuery& q)
{
    StatementRow row;
    Statement& s = row.statement;
    s.id = q.value(0).toLongLong();
    s.articleId = q.value(1).toLongLong();
    s.speakerId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    s.speaker = q.value(3).toString();
    s.text = q.value(4).toString();
    statementKindFromName(q.value(5).toString(), s.kind);
    s.start = q.value(6).toInt();
    s.end = q.value(7).toInt();
    s.saidOn = dateFrom(q.value(8));
    row.articleTitle = q.value(9).toString();
    row.publisher = q.value(10).toString();
    s.said = saidWindowFrom(q, 11);
    row.rowVersion = q.value(14).toLongLong();
    return row;
}

// The figure columns in this order, with a table alias (or none) before each name.
QString figureColumns(const QString& alias)
{
    QStringList columns;
    for (const char* c : { "id", "article_id", "statement_id", "kind", "value", "currency", "year", "text",
             "subject", "start_pos", "end_pos", "actor", "per_year", "reported_by" })
        columns << alias + QLatin1String(c);
    return columns.join(QStringLiteral(", "));
}

// Reads the columns of figureColumns() from the start of the row.
Figure figureFrom(const QSqlQuery& q)
{
    Figure f;
    f.id = q.value(0).toLongLong();
    f.articleId = q.value(1).toLongLong();
    f.statementId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    f.kind = q.value(3).toString();
    f.value = q.value(4).toDouble();
    f.currency = q.value(5).toString();
    f.year = q.value(6).isNull() ? 0 : q.value(6).toInt();
    f.text = q.value(7).toString();
    f.subject = q.value(8).toString();
    f.start = q.value(9).toInt();
    f.end = q.value(10).toInt();
    f.actor = q.value(11).toString();
    f.perYear = q.value(12).toInt() != 0;
    f.reportedBy = q.value(13).toString();
    return f;
}

// Turns what an analyst types into a safe FTS5 query: each word a quoted prefix term.
QString ftsQuery(const QString& input)
{
    static const QRegularExpression words(
        QStringLiteral("[\\w\\x{2019}']+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    auto it = words.globalMatch(input);
    while (it.hasNext()) {
        QString w = it.next().captured(0);
        w.replace(QLatin1Char('"'), QString());
        terms << QLatin1Char('"') + w + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

SearchMatch statementMatchFrom(const QSqlQuery& q)
{
    SearchMatch m;
    m.articleId = q.value(0).toLongLong();
    m.statementId = q.value(1).toLongLong();
    m.title = q.value(2).toString();
    m.speaker = q.value(3).toString();
    m.text = q.value(4).toString();
    m.note = q.value(5).toString();
    m.textStart = q.value(6).toInt();
    m.textEnd = q.value(7).toInt();
    return m;
}

SearchMatch articleMatchFrom(const QSqlQuery& q)
{
    SearchMatch m;
    m.articleId = q.value(0).toLongLong();
    m.title = q.value(1).toString();
    m.text = q.value(2).toString();
    m.note = q.value(3).toString();
    return m;
}

} // namespace ql::storesql
