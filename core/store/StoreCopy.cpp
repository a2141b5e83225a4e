#include "core/store/StoreCopy.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/StorePrivate.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

namespace ql {

namespace {

// Parents before children, so every foreign key finds its row; tables a later schema adds follow.
const QStringList& tableOrder()
{
    static const QStringList order = { QStringLiteral("articles"), QStringLiteral("speakers"),
        QStringLiteral("speaker_aliases"), QStringLiteral("statements"), QStringLiteral("figures"),
        QStringLiteral("tags"), QStringLiteral("statement_tags"), QStringLiteral("offices"),
        QStringLiteral("events"), QStringLiteral("statement_families"), QStringLiteral("family_constraints"),
        QStringLiteral("store_meta") };
    return order;
}

// The store's own tables, without search indexes (each backend builds its own) and the schema
// bookkeeping (each side has its version already).
QStringList tablesOf(QSqlDatabase& db, const StoreDialect& dialect)
{
    QSqlQuery q(db);
    const QString sql = dialect.isPostgres()
        ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        : QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            " AND name NOT LIKE 'sqlite_%'");
    QStringList found;
    if (q.exec(sql))
        while (q.next())
            found << q.value(0).toString();
    QStringList out;
    for (const QString& t : tableOrder())
        if (found.contains(t))
            out << t;
    found.sort();
    static const QStringList skip = { QStringLiteral("schema_meta") };
    for (const QString& t : std::as_const(found)) {
        // FTS5 keeps its shadow tables (x_data, x_idx, …) beside the virtual table.
        const bool shadow = t.contains(QLatin1String("_fts_")) || t.contains(QLatin1String("_folded_"));
        if (!out.contains(t) && !skip.contains(t) && !shadow)
            out << t;
    }
    return out;
}

// Columns of `table` in the target that the source has too: PostgreSQL's search vectors are
// generated there, not copied.
QStringList sharedColumns(QSqlDatabase& from, QSqlDatabase& to, const QString& table)
{
    const QSqlRecord source = from.record(table);
    const QSqlRecord target = to.record(table);
    static const QStringList derived = { QStringLiteral("search") };
    QStringList out;
    for (int i = 0; i < source.count(); ++i) {
        const QString name = source.fieldName(i);
        if (target.indexOf(name) >= 0 && !derived.contains(name))
            out << name;
    }
    return out;
}

qint64 rowCount(QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next() ? q.value(0).toLongLong()
                                                                                    : -1;
}

} // namespace

StoreError StoreCopy::copy(Store& from, Store& to, QList<TableCount>* counts)
{
    counts->clear();
    if (!from.isOpen() || !to.isOpen())
        return StoreError::make(StoreError::Code::CannotOpen, QStringLiteral("both stores must be open"));
    QSqlDatabase& src = from.d->db;
    QSqlDatabase& dst = to.d->db;
    if (to.articleCount() > 0 || to.statementCount() > 0)
        return StoreError::make(StoreError::Code::InvalidInput,
            QStringLiteral("%1 is not empty: copy into a new store").arg(to.path()));
    const QStringList tables = tablesOf(src, *from.d->dialect);
    const QStringList targetTables = tablesOf(dst, *to.d->dialect);
    for (const QString& table : tables) {
        if (!targetTables.contains(table))
            return StoreError::make(StoreError::Code::InvalidInput,
                QStringLiteral("%1 has no table %2: both stores need the same schema version")
                    .arg(to.path(), table));
    }
    to.d->cache.clear();
    Transaction tx(dst);
    if (!tx.isActive())
        return to.sqlError(QStringLiteral("cannot start the copy"), dst.lastError().text());
    QSqlQuery write(dst);
    // A new store comes with its seeded rows (store_meta flags): the source's replace them.
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        if (!write.exec(QStringLiteral("DELETE FROM %1").arg(*it)))
            return to.sqlError(QStringLiteral("cannot empty %1").arg(*it), write.lastError().text());
    }
    for (const QString& table : tables) {
        const QStringList columns = sharedColumns(src, dst, table);
        if (columns.isEmpty())
            continue;
        QSqlQuery read(src);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table)))
            return from.sqlError(QStringLiteral("cannot read %1").arg(table), read.lastError().text());
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        if (!write.prepare(
                QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                    .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
            return to.sqlError(QStringLiteral("cannot write %1").arg(table), write.lastError().text());
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                write.bindValue(i, read.value(i));
            if (!write.exec())
                return to.sqlError(
                    QStringLiteral("cannot copy a row of %1").arg(table), write.lastError().text());
        }
    }
    // SQLite's FTS5 indexes are filled by the store itself, not by triggers: build them once here.
    if (!to.d->isPostgres()) {
        for (const QString& fts : { QStringLiteral("statements_fts"), QStringLiteral("articles_fts") }) {
            if (!write.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(fts)))
                return to.sqlError(QStringLiteral("cannot index %1").arg(fts), write.lastError().text());
        }
    }
    bool same = true;
    for (const QString& table : tables) {
        const TableCount c { table, rowCount(src, table), rowCount(dst, table) };
        same = same && c.source == c.target && c.source >= 0;
        counts->append(c);
    }
    if (!same)
        return StoreError::make(StoreError::Code::Sql,
            QStringLiteral("the copy does not hold as many rows as %1: nothing was kept").arg(from.path()));
    if (!tx.commit())
        return to.sqlError(QStringLiteral("cannot commit the copy"), dst.lastError().text());
    emit to.notifier()->storeReset();
    return {};
}

} // namespace ql
