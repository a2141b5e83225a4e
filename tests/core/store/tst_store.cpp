#include "core/importing/ImportPipeline.h"
#include "core/importing/OfficeTable.h"
#include "core/store/ChangeNotifier.h"
#include "core/store/EventTable.h"
#include "core/store/ImportBatch.h"
#include "core/store/SchemaMigrations.h"
#include "core/store/Store.h"
#include "core/store/StoreCopy.h"
#include "core/store/StoreLocation.h"
#include "core/store/testing/StoreDump.h"
#include "core/store/testing/StoreFixtureFile.h"
#include "core/store/testing/TeamStoreFixture.h"
#include "tests/common/ReadOnlyFolder.h"
#include "tests/common/TestStores.h"
#include "tests/core/store/StoreSuite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <QScopeGuard>

#include <cerrno>
#include <cstring>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ql;

// The store as a file or a database: creating and migrating the schema, refusing what is not a
// store, read-only opens, locations, copies and backups. tst_storecontent has what goes in it.
class TestStore : public test::StoreSuite
{
    Q_OBJECT

private slots:
    void schemaFromEmpty();
    void concurrentOpensCreateOneSchema();
#ifndef QL_TEST_POSTGRES
    void migrationFromVersionOne();
    void refusesFilesUntouched_data();
    void refusesFilesUntouched();
    void readOnlyFolderIsRefused();
    void readOnlyStoreOpensForReading();
    void locationsParse_data();
    void locationsParse();
#endif
#ifdef QL_TEST_POSTGRES
    void refusesForeignDatabasesUntouched_data();
    void refusesForeignDatabasesUntouched();
    void unreachableServerIsAClearError();
#endif
    void emptyStoreNameIsAnError();
    void copyKeepsEveryRow();
    void backupIsAConsistentCopy();
#ifndef QL_TEST_POSTGRES
    void migrationKeepsDaysAsWindows();
#endif
};

// Two processes opening a store that does not exist yet: one creates the schema, the other waits
// for it and finds it there (issue 16: "migration to schema version 1 failed: table articles
// already exists", 10 of 10 runs). Threads stand for the processes: each has its own connection.
void TestStore::concurrentOpensCreateOneSchema()
{
    for (int round = 0; round < 5; ++round) {
        const QString location = storeAt(QStringLiteral("race%1.qlstore").arg(round));
        constexpr int openers = 4;
        QString errors[openers];
        int versions[openers] = {};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < openers; ++i) {
            threads.emplace_back(QThread::create([&, i] {
                Store store;
                const StoreError e = store.open(location);
                errors[i] = e.message;
                versions[i] = e.isError() ? -1 : store.schemaVersion();
            }));
        }
        for (const auto& t : threads)
            t->start();
        for (const auto& t : threads)
            QVERIFY(t->wait(60000));
        for (int i = 0; i < openers; ++i) {
            QVERIFY2(errors[i].isEmpty(), qPrintable(errors[i]));
            QCOMPARE(versions[i], SchemaMigrations::CurrentVersion);
        }
    }
}

void TestStore::emptyStoreNameIsAnError()
{
    for (const QString& name : { QString(), QStringLiteral(""), QStringLiteral("   ") }) {
        Store store;
        const StoreError e = store.open(name);
        QCOMPARE(e.code, StoreError::Code::CannotOpen);
        QVERIFY2(e.message.contains(QLatin1String("no store given")), qPrintable(e.message));
        QVERIFY(!store.isOpen());
    }
}

// A store copied into a new one (and, for the team store, back into a file) holds exactly the same
// rows: tags, families, offices and events included.
void TestStore::copyKeepsEveryRow()
{
    const QString personal = path(QStringLiteral("personal.qlstore"));
    {
        Store store;
        QVERIFY(!store.open(personal).isError());
        for (int n = 1; n <= 4; ++n) {
            const Article a = test::sampleArticle(n);
            QVERIFY(!store.importArticle(a, test::sampleExtraction(a)).error.isError());
        }
        const qint64 first = store.statementRows(0, 0, 1).first().statement.id;
        QVERIFY(!store.addTag(first, QStringLiteral("pledge")).isError());
        QVERIFY(!store
                     .replaceOfficeTerms(
                         { { QStringLiteral("Chair"), QStringLiteral("A. Person"), QDate(2020, 1, 1), {} } })
                     .isError());
        // A removed article leaves a gap in the ids: the copy keeps ids, gaps included.
        QVERIFY(store.removeArticle(store.articleSummaries(0, 1).first().id));
    }
    const QStringList before = test::dumpStore(personal);
    QVERIFY(before.filter(QStringLiteral("statement_tags|")).size() == 1);

    Store from;
    QVERIFY(!from.open(personal).isError());
    const QString team = storeAt(QStringLiteral("team.qlstore"));
    Store to;
    QVERIFY(!to.open(team).isError());
    QSignalSpy reset(to.notifier(), &ChangeNotifier::storeReset);
    QList<StoreCopy::TableCount> counts;
    const StoreError e = StoreCopy::copy(from, to, &counts);
    QVERIFY2(!e.isError(), qPrintable(e.message));
    QCOMPARE(reset.count(), 1);
    QVERIFY(!counts.isEmpty());
    for (const StoreCopy::TableCount& c : std::as_const(counts))
        QVERIFY2(c.source == c.target, qPrintable(c.table));
    QCOMPARE(to.articleCount(), 3);
    QCOMPARE(to.searchStatementIds(QStringLiteral("factories")).size(), 3);
    // A new article after the copy takes a fresh id, not one the copy brought along.
    QList<qint64> copiedIds;
    for (const ArticleSummary& summary : to.articleSummaries(0, 10))
        copiedIds << summary.id;
    const Article fresh = test::sampleArticle(50);
    const auto outcome = to.importArticle(fresh, test::sampleExtraction(fresh));
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message));
    QVERIFY(!copiedIds.contains(outcome.articleId));
    QVERIFY(to.removeArticle(outcome.articleId));

    // Into a store that holds articles: refused, and that store is left as it was.
    const QStringList teamBefore = test::dumpStore(team);
    QCOMPARE(StoreCopy::copy(from, to, &counts).code, StoreError::Code::InvalidInput);
    QCOMPARE(test::dumpStore(team), teamBefore);

    // And back into a new file: the same rows as the personal store had.
    const QString back = path(QStringLiteral("back.qlstore"));
    Store file;
    QVERIFY(!file.open(back).isError());
    QVERIFY(!StoreCopy::copy(to, file, &counts).isError());
    file.close();
    QCOMPARE(test::dumpStore(back), before);
}

void TestStore::backupIsAConsistentCopy()
{
    Store store;
    QVERIFY(!store.open(storeAt(QStringLiteral("live.qlstore"))).isError());
    for (int n = 1; n <= 3; ++n) {
        const Article a = test::sampleArticle(n);
        QVERIFY(!store.importArticle(a, test::sampleExtraction(a)).error.isError());
    }
    const QString file = path(QStringLiteral("backup.qlstore"));
    const StoreError e = store.backupTo(file);
    QVERIFY2(!e.isError(), qPrintable(e.message));
    Store copy;
    QVERIFY(!copy.open(file).isError());
    QCOMPARE(copy.articleCount(), 3);
    QCOMPARE(copy.statementCount(), 6);
    QCOMPARE(copy.searchStatementIds(QStringLiteral("ammunition")).size(), 3);
    copy.close();
#ifndef QL_TEST_POSTGRES
    QCOMPARE(test::dumpStore(file), test::dumpStore(store.path()));
#endif
    // Never over a file that exists.
    const QStringList kept = test::dumpStore(file);
    QCOMPARE(store.backupTo(file).code, StoreError::Code::InvalidInput);
    QCOMPARE(test::dumpStore(file), kept);
}

void TestStore::schemaFromEmpty()
{
    Store store;
    const StoreError e = store.open(storeAt(QStringLiteral("new.qlstore")));
    QVERIFY2(!e.isError(), qPrintable(e.message));
    QCOMPARE(store.schemaVersion(), SchemaMigrations::CurrentVersion);
    QCOMPARE(store.stats().articles, 0);
    store.close();
    // Reopening an existing store does not migrate again or lose anything.
    QVERIFY(!store.open(storeAt(QStringLiteral("new.qlstore"))).isError());
    QCOMPARE(store.schemaVersion(), SchemaMigrations::CurrentVersion);
}

#ifndef QL_TEST_POSTGRES
void TestStore::migrationFromVersionOne()
{
    const QString file = storeAt(QStringLiteral("v1.qlstore"));
    QCOMPARE(
        ql::test::StoreFixtureFile::create(file, 1,
            { QStringLiteral("INSERT INTO articles(title, format, original, text, content_hash, imported_at)"
                             " VALUES ('Old', 'text', X'00', 'old text', 'h1', '2024-01-01')") }),
        QString());

    Store store;
    const StoreError e = store.open(file);
    QVERIFY2(!e.isError(), qPrintable(e.message));
    QCOMPARE(store.schemaVersion(), SchemaMigrations::CurrentVersion);
    QCOMPARE(store.articleCount(), 1);
    // Rows indexed by the old insert triggers stay searchable; new rows are indexed by the store.
    QCOMPARE(store.search(QStringLiteral("old")).size(), 1);
    const Article fresh = test::sampleArticle(77);
    const auto outcome = store.importArticle(fresh, test::sampleExtraction(fresh));
    QVERIFY(!outcome.error.isError());
    const QList<SearchHit> hits = store.search(QStringLiteral("factories"));
    QCOMPARE(hits.size(), 2); // the statement and its article
    QVERIFY(hits.at(0).statementId > 0);
    QCOMPARE(hits.at(1).articleId, outcome.articleId);
    QCOMPARE(hits.at(1).statementId, 0);
    QVERIFY(!store
                 .replaceOfficeTerms(
                     { { QStringLiteral("Chair"), QStringLiteral("A. Person"), QDate(2020, 1, 1), {} } })
                 .isError());
}
#endif

#ifndef QL_TEST_POSTGRES
void TestStore::refusesFilesUntouched_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<int>("code");
    QTest::newRow("text file") << QByteArrayLiteral("text") << int(StoreError::Code::NotAStore);
    QTest::newRow("foreign sqlite") << QByteArrayLiteral("foreign") << int(StoreError::Code::NotAStore);
    QTest::newRow("newer schema") << QByteArrayLiteral("newer") << int(StoreError::Code::NewerSchema);
    QTest::newRow("corrupt store") << QByteArrayLiteral("corrupt") << int(StoreError::Code::Corrupt);
}
#endif

#ifndef QL_TEST_POSTGRES
void TestStore::refusesFilesUntouched()
{
    QFETCH(QByteArray, kind);
    QFETCH(int, code);
    const QString file = path(QStringLiteral("subject.db"));
    if (kind == "text") {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are somebody's notes, not a database\n");
    } else {
        QStringList statements;
        int version = SchemaMigrations::CurrentVersion;
        if (kind == "foreign") {
            version = 0;
            statements << QStringLiteral("CREATE TABLE recipes(name TEXT)")
                       << QStringLiteral("INSERT INTO recipes VALUES ('soup')");
        } else if (kind == "newer") {
            statements << QStringLiteral("PRAGMA user_version = 99");
        } else {
            for (int i = 0; i < 200; ++i)
                statements << QStringLiteral("INSERT INTO tags(name) VALUES ('tag-%1-%2')")
                                  .arg(i)
                                  .arg(QString(300, QLatin1Char('x')));
        }
        QCOMPARE(ql::test::StoreFixtureFile::create(file, version, statements), QString());
        if (kind == "corrupt") {
            // Scribble over the middle pages, leaving the header intact.
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 8192);
            f.seek(4096);
            f.write(QByteArray(int(f.size()) - 5000, '\x5a'));
        }
    }
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    f.close();

    Store store;
    const StoreError e = store.open(file);
    QCOMPARE(int(e.code), code);
    QVERIFY(!e.message.isEmpty());
    QVERIFY(!store.isOpen());

    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), before);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
}
#endif

#ifndef QL_TEST_POSTGRES
void TestStore::readOnlyFolderIsRefused()
{
    if (geteuid() == 0) {
        // root ignores permission bits; check the message path through a folder that cannot exist instead.
        Store store;
        const StoreError e = store.open(QStringLiteral("/proc/quoteline-test/store.qlstore"));
        QVERIFY(e.isError());
        QVERIFY(!e.message.isEmpty());
        return;
    }
    const QString folder = path(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    Store store;
    const StoreError e = store.open(folder + QStringLiteral("/store.qlstore"));
    QCOMPARE(int(e.code), int(StoreError::Code::ReadOnly));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}
#endif

#ifndef QL_TEST_POSTGRES
// A store on a read-only file system (or a file this user may not change) opens for reading:
// statistics and search work, every write is refused as read-only, and the file is unchanged.
void TestStore::readOnlyStoreOpensForReading()
{
    const QString folder = path(QStringLiteral("readonly"));
    test::ReadOnlyFolder readOnly(folder);
    QVERIFY2(readOnly.prepareError().isEmpty(), qPrintable(readOnly.prepareError()));
    qInfo("read-only by %s", qPrintable(readOnly.method()));
    const QString file = folder + QStringLiteral("/store.qlstore");
    qint64 statementId = 0;
    {
        Store store;
        QVERIFY(!store.open(file).isError());
        for (int n = 1; n <= 3; ++n) {
            const Article a = test::sampleArticle(n);
            QVERIFY(!store.importArticle(a, test::sampleExtraction(a)).error.isError());
        }
        statementId = store.statementRows(0, 0, 1).value(0).statement.id;
    }
    const QByteArray bytes = [&] {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!bytes.isEmpty());
    const QString locked = readOnly.lock(file);
    QVERIFY2(locked.isEmpty(), qPrintable(locked));

    Store store;
    const StoreError opened = store.open(file);
    QVERIFY2(!opened.isError(), qPrintable(opened.message));
    QVERIFY(store.isReadOnly());
    QCOMPARE(store.articleCount(), 3);
    QCOMPARE(store.statementCount(), 6);
    QCOMPARE(store.searchStatementIds(QStringLiteral("ammunition")).size(), 3);

    const Article extra = test::sampleArticle(4);
    const StoreError imported = store.importArticle(extra, test::sampleExtraction(extra)).error;
    QCOMPARE(imported.code, StoreError::Code::ReadOnly);
    QVERIFY2(imported.message.contains(QStringLiteral("read-only")), qPrintable(imported.message));
    QCOMPARE(store.setStatementSpeaker(statementId, QStringLiteral("Ilse Brandvold")).code,
        StoreError::Code::ReadOnly);
    {
        ImportBatch batch(store);
        QCOMPARE(batch.startError().code, StoreError::Code::ReadOnly);
    }
    QCOMPARE(store.articleCount(), 3);
    store.close();

    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes); // nothing written, not even a journal replayed
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
}
#endif

#ifndef QL_TEST_POSTGRES
void TestStore::locationsParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("team");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("shown");
    QTest::newRow("file") << QStringLiteral("/tmp/a b.qlstore") << false << QString() << -1 << QString()
                          << QString() << QString() << QStringLiteral("/tmp/a b.qlstore");
    QTest::newRow("team") << QStringLiteral("postgresql://ana@db.example:5433/quotes?sslmode=require") << true
                          << QStringLiteral("db.example") << 5433 << QStringLiteral("quotes")
                          << QStringLiteral("ana") << QStringLiteral("sslmode=require")
                          << QStringLiteral("postgresql://ana@db.example:5433/quotes?sslmode=require");
    // The password never shows in what may be saved or printed.
    QTest::newRow("password") << QStringLiteral("postgres://ana:s3cret@db/quotes") << true
                              << QStringLiteral("db") << -1 << QStringLiteral("quotes")
                              << QStringLiteral("ana") << QString()
                              << QStringLiteral("postgresql://ana@db/quotes");
    QTest::newRow("options") << QStringLiteral("postgresql://db/q?connect_timeout=3&application_name=ql")
                             << true << QStringLiteral("db") << -1 << QStringLiteral("q") << QString()
                             << QStringLiteral("connect_timeout=3;application_name=ql")
                             << QStringLiteral("postgresql://db/q?connect_timeout=3&application_name=ql");
}
#endif

#ifndef QL_TEST_POSTGRES
void TestStore::locationsParse()
{
    QFETCH(QString, text);
    QFETCH(bool, team);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, options);
    QFETCH(QString, shown);
    QString error;
    const StoreLocation location = StoreLocation::parse(text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(location.isPostgres(), team);
    QCOMPARE(location.host, host);
    QCOMPARE(location.port, port);
    QCOMPARE(location.database, database);
    QCOMPARE(location.user, user);
    QCOMPARE(location.connectOptions, options);
    QCOMPARE(location.displayName(), shown);
    QVERIFY(!location.displayName().contains(QLatin1String("s3cret")));

    for (const QString& bad : { QStringLiteral("postgresql://db/"), QStringLiteral("postgresql://db/a/b"),
             QStringLiteral("postgresql://db/q?x=a;b") }) {
        StoreLocation::parse(bad, &error);
        QVERIFY2(!error.isEmpty(), qPrintable(bad));
    }
}
#endif

#ifdef QL_TEST_POSTGRES
void TestStore::refusesForeignDatabasesUntouched_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<int>("code");
    QTest::newRow("foreign tables") << QStringList { QStringLiteral("CREATE TABLE recipes(name TEXT)"),
        QStringLiteral("INSERT INTO recipes VALUES ('soup')") }
                                    << int(StoreError::Code::NotAStore);
    QTest::newRow("other program's meta") << QStringList {
        QStringLiteral("CREATE TABLE schema_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO schema_meta VALUES ('application_id', '42'), ('schema_version', '3')")
    } << int(StoreError::Code::NotAStore);
    QTest::newRow("newer schema") << QStringList { QStringLiteral("UPDATE schema_meta SET value = '99'"
                                                                  " WHERE key = 'schema_version'") }
                                  << int(StoreError::Code::NewerSchema);
}
#endif

#ifdef QL_TEST_POSTGRES
void TestStore::refusesForeignDatabasesUntouched()
{
    QFETCH(QStringList, statements);
    QFETCH(int, code);
    const QString url = storeAt(QStringLiteral("subject"));
    if (code == int(StoreError::Code::NewerSchema)) {
        Store creator;
        QVERIFY(!creator.open(url).isError());
    }
    QCOMPARE(test::TeamStoreFixture::execute(url, statements), QString());
    const QStringList before = test::dumpStore(url);
    Store store;
    const StoreError e = store.open(url);
    QCOMPARE(int(e.code), code);
    QVERIFY(!e.message.isEmpty());
    QVERIFY(!store.isOpen());
    QCOMPARE(test::dumpStore(url), before);
}
#endif

#ifdef QL_TEST_POSTGRES
void TestStore::unreachableServerIsAClearError()
{
    Store store;
    // Port 1 on the loopback: nothing listens, the refusal comes at once.
    const StoreError e = store.open(QStringLiteral("postgresql://nobody@127.0.0.1:1/quoteline"));
    QCOMPARE(e.code, StoreError::Code::CannotOpen);
    QVERIFY2(
        e.message.startsWith(QLatin1String("cannot connect to postgresql://nobody@127.0.0.1:1/quoteline")),
        qPrintable(e.message));
    QVERIFY2(!e.message.contains(QLatin1String("QPSQL")), qPrintable(e.message));
    QVERIFY(!store.isOpen());
}
#endif

#ifndef QL_TEST_POSTGRES
void TestStore::migrationKeepsDaysAsWindows()
{
    // A store of version 3 with a dated statement: the day becomes a window of that day.
    const QString file = storeAt(QStringLiteral("v3.qlstore"));
    QCOMPARE(ql::test::StoreFixtureFile::create(file, 3,
                 { QStringLiteral(
                       "INSERT INTO articles(id, title, format, original, text, content_hash, imported_at)"
                       " VALUES (1, 'Old', 'text', X'00', 'old text', 'h1', '2024-01-01')"),
                     QStringLiteral("INSERT INTO statements(id, article_id, text, kind, said_on)"
                                    " VALUES (1, 1, 'old words', 'quote', '2023-10-25'),"
                                    " (2, 1, 'undated words', 'quote', NULL)") }),
        QString());
    Store store;
    const StoreError e = store.open(file);
    QVERIFY2(!e.isError(), qPrintable(e.message));
    QCOMPARE(store.schemaVersion(), SchemaMigrations::CurrentVersion);
    const auto dated = store.statementRow(1);
    QVERIFY(dated);
    QCOMPARE(dated->statement.said.from, QDate(2023, 10, 25));
    QCOMPARE(dated->statement.said.to, QDate(2023, 10, 25));
    QCOMPARE(dated->statement.saidOn, QDate(2023, 10, 25));
    const auto undated = store.statementRow(2);
    QVERIFY(undated);
    QVERIFY(undated->statement.said.isNull());
    QVERIFY(store.events().isEmpty());
    QVERIFY(!store.eventsSeeded());
}
#endif

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
