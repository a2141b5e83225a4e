#include "core/store/testing/StoreIntegrity.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ql::test {

namespace {

QAtomicInteger<int> s_counter;

QString firstValue(QSqlDatabase& db, const QString& sql, QStringList* problems)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        problems->append(QStringLiteral("%1: %2").arg(sql, q.lastError().databaseText()));
        return {};
    }
    return q.value(0).toString();
}

} // namespace

StoreIntegrity checkStoreIntegrity(const QString& path)
{
    StoreIntegrity result;
    const QString name = QStringLiteral("ql-test-integrity-%1").arg(s_counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            result.problems << QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        } else {
            QStringList& problems = result.problems;
            const QString integrity = firstValue(db, QStringLiteral("PRAGMA integrity_check"), &problems);
            if (integrity != QLatin1String("ok"))
                problems << QStringLiteral("integrity_check: %1").arg(integrity);
            // rank 1: each index is compared with its content table too (a statement stored without
            // its index rows fails here), not only with itself.
            for (const QString& table :
                { QStringLiteral("statements_fts"), QStringLiteral("articles_fts") }) {
                QSqlQuery q(db);
                if (!q.exec(
                        QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('integrity-check', 1)").arg(table)))
                    problems
                        << QStringLiteral("%1 integrity-check: %2").arg(table, q.lastError().databaseText());
            }
            result.articles
                = firstValue(db, QStringLiteral("SELECT count(*) FROM articles"), &problems).toInt();
            result.statements
                = firstValue(db, QStringLiteral("SELECT count(*) FROM statements"), &problems).toInt();
            const auto countPer = [&](const QString& table, QHash<QString, int>& into) {
                QSqlQuery per(db);
                if (!per.exec(QStringLiteral("SELECT a.content_hash, (SELECT count(*) FROM %1 x WHERE"
                                             " x.article_id = a.id) FROM articles a")
                                  .arg(table))) {
                    problems
                        << QStringLiteral("cannot count %1: %2").arg(table, per.lastError().databaseText());
                    return;
                }
                while (per.next())
                    into.insert(per.value(0).toString(), per.value(1).toInt());
            };
            countPer(QStringLiteral("statements"), result.statementsOfArticle);
            countPer(QStringLiteral("figures"), result.figuresOfArticle);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace ql::test
