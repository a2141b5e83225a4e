// Issue 16: the store tells a failed write's kind from the database's own code, per dialect. Before,
// PostgreSQL's SQLSTATE went through SQLite's result-code table ("53100" & 0xff), so a full disk on
// the team server was "some error" and a lost connection did not end the import batch.
#include "core/store/WriteFailure.h"

#include <QTest>

using namespace ql;

Q_DECLARE_METATYPE(ql::WriteFailure)
Q_DECLARE_METATYPE(ql::StoreDialect::Kind)

class TestWriteFailure : public QObject
{
    Q_OBJECT

private slots:
    void classifies_data();
    void classifies();
};

void TestWriteFailure::classifies_data()
{
    using Kind = StoreDialect::Kind;
    QTest::addColumn<Kind>("dialect");
    QTest::addColumn<QString>("code");
    QTest::addColumn<WriteFailure>("failure");
    QTest::addColumn<bool>("endsTransaction");
    // SQLite: result codes, extended codes carry the primary code in their low byte.
    QTest::newRow("sqlite full") << Kind::Sqlite << QStringLiteral("13") << WriteFailure::DiskFull << true;
    QTest::newRow("sqlite ioerr_write (778)")
        << Kind::Sqlite << QStringLiteral("778") << WriteFailure::Io << true;
    QTest::newRow("sqlite busy") << Kind::Sqlite << QStringLiteral("5") << WriteFailure::Busy << true;
    QTest::newRow("sqlite locked_sharedcache (262)")
        << Kind::Sqlite << QStringLiteral("262") << WriteFailure::Busy << true;
    QTest::newRow("sqlite readonly") << Kind::Sqlite << QStringLiteral("8") << WriteFailure::ReadOnly << true;
    QTest::newRow("sqlite corrupt") << Kind::Sqlite << QStringLiteral("11") << WriteFailure::Corrupt << true;
    QTest::newRow("sqlite unique (2067)")
        << Kind::Sqlite << QStringLiteral("2067") << WriteFailure::Other << false;
    QTest::newRow("sqlite no code") << Kind::Sqlite << QString() << WriteFailure::Other << false;
    // PostgreSQL: SQLSTATE, never read as a number.
    QTest::newRow("pg disk_full") << Kind::Postgres << QStringLiteral("53100") << WriteFailure::DiskFull
                                  << false;
    QTest::newRow("pg out_of_memory")
        << Kind::Postgres << QStringLiteral("53200") << WriteFailure::OutOfMemory << false;
    QTest::newRow("pg too_many_connections")
        << Kind::Postgres << QStringLiteral("53300") << WriteFailure::Io << false;
    QTest::newRow("pg io_error") << Kind::Postgres << QStringLiteral("58030") << WriteFailure::Io << false;
    QTest::newRow("pg connection_failure")
        << Kind::Postgres << QStringLiteral("08006") << WriteFailure::ConnectionLost << true;
    QTest::newRow("pg admin_shutdown")
        << Kind::Postgres << QStringLiteral("57P01") << WriteFailure::ConnectionLost << true;
    QTest::newRow("pg read_only_sql_transaction")
        << Kind::Postgres << QStringLiteral("25006") << WriteFailure::ReadOnly << false;
    QTest::newRow("pg serialization_failure")
        << Kind::Postgres << QStringLiteral("40001") << WriteFailure::Busy << false;
    QTest::newRow("pg deadlock_detected")
        << Kind::Postgres << QStringLiteral("40P01") << WriteFailure::Busy << false;
    QTest::newRow("pg lock_not_available")
        << Kind::Postgres << QStringLiteral("55P03") << WriteFailure::Busy << false;
    QTest::newRow("pg data_corrupted")
        << Kind::Postgres << QStringLiteral("XX001") << WriteFailure::Corrupt << false;
    QTest::newRow("pg query_canceled")
        << Kind::Postgres << QStringLiteral("57014") << WriteFailure::Aborted << false;
    QTest::newRow("pg unique_violation")
        << Kind::Postgres << QStringLiteral("23505") << WriteFailure::Other << false;
    // Codes whose low byte is one of SQLite's: a PostgreSQL code is not read as SQLite's.
    QTest::newRow("pg character_not_in_repertoire 22021 (low byte 5, SQLite's BUSY)")
        << Kind::Postgres << QStringLiteral("22021") << WriteFailure::Other << false;
    QTest::newRow("pg 42P01") << Kind::Postgres << QStringLiteral("42P01") << WriteFailure::Other << false;
}

void TestWriteFailure::classifies()
{
    QFETCH(StoreDialect::Kind, dialect);
    QFETCH(QString, code);
    QFETCH(WriteFailure, failure);
    QFETCH(bool, endsTransaction);
    QCOMPARE(writeFailureOf(dialect, code), failure);
    QCOMPARE(ql::endsTransaction(dialect, failure), endsTransaction);
}

QTEST_GUILESS_MAIN(TestWriteFailure)
#include "tst_writefailure.moc"
