#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace ql::test {

// The base of the store suites (tst_store, tst_storecontent). Each runs twice: on SQLite files,
// and, built with QL_TEST_POSTGRES (the *_pg suites), on a real PostgreSQL server that the CTest
// fixture starts. What only one backend has is compiled into that suite alone, so neither skips
// anything. Qt Test runs these slots for the derived suite too.
class StoreSuite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

protected:
    QString path(const QString& name) const;
    // The store called `name` in this test: a file in the test's folder, or a fresh database.
    QString storeAt(const QString& name);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QString, QString> m_databases; // store name -> its database URL, for this test
    int m_databaseCount = 0;
};

} // namespace ql::test
