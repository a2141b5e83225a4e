#include "StoreDump.h"
#include "TestStores.h"
#include "importing/ImportPipeline.h"
#include "importing/OfficeTable.h"
#include "store/ChangeNotifier.h"
#include "store/SchemaMigrations.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace ql;

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void schemaFromEmpty();
    void migrationFromVersionOne();
    void duplicateContentHashIsOneArticle();
    void importIsAllOrNothing();
    void ftsFollowsInsertUpdateDelete();
    void refusesFilesUntouched_data();
    void refusesFilesUntouched();
    void readOnlyFolderIsRefused();
    void notifierAnnouncesImport();
    void officeTermsRoundTrip();
    void figureRowsCarryDateSpeakerSource();
    void officeTableDrivesRoleResolution();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStore::schemaFromEmpty()
{
    Store store;
    const StoreError e = store.open(path(QStringLiteral("new.qlstore")));
    QVERIFY2(!e.isError(), qPrintable(e.message));
    QCOMPARE(store.schemaVersion(), SchemaMigrations::CurrentVersion);
    QCOMPARE(store.stats().articles, 0);
    store.close();
    // Reopening an existing store does not migrate again or lose anything.
    QVERIFY(!store.open(path(QStringLiteral("new.qlstore"))).isError());
    QCOMPARE(store.schemaVersion(), SchemaMigrations::CurrentVersion);
}

void TestStore::migrationFromVersionOne()
{
    const QString file = path(QStringLiteral("v1.qlstore"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QCOMPARE(SchemaMigrations::migrate(db, 1), QString());
        QSqlQuery q(db);
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO articles(title, format, original, text, content_hash, imported_at)"
                           " VALUES ('Old', 'text', X'00', 'old text', 'h1', '2024-01-01')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    Store store;
    const StoreError e = store.open(file);
    QVERIFY2(!e.isError(), qPrintable(e.message));
    QCOMPARE(store.schemaVersion(), 2);
    QCOMPARE(store.articleCount(), 1);
    QVERIFY(!store
                 .replaceOfficeTerms(
                     { { QStringLiteral("Chair"), QStringLiteral("A. Person"), QDate(2020, 1, 1), {} } })
                 .isError());
}

void TestStore::duplicateContentHashIsOneArticle()
{
    Store store;
    QVERIFY(!store.open(path(QStringLiteral("dup.qlstore"))).isError());
    const Article a = test::sampleArticle(1);
    const auto first = store.importArticle(a, test::sampleExtraction(a));
    QVERIFY(!first.error.isError());
    const auto second = store.importArticle(a, test::sampleExtraction(a));
    QVERIFY(second.duplicate);
    QCOMPARE(store.articleCount(), 1);
    QCOMPARE(store.statementCount(), 2);
}

void TestStore::importIsAllOrNothing()
{
    Store store;
    QVERIFY(!store.open(path(QStringLiteral("atomic.qlstore"))).isError());
    const Article a = test::sampleArticle(1);
    QVERIFY(!store.importArticle(a, test::sampleExtraction(a)).error.isError());
    const QStringList before = test::dumpStore(store.path());

    // The second statement reuses an id that exists: the insert fails midway through the article.
    const Article b = test::sampleArticle(2);
    Extraction broken = test::sampleExtraction(b);
    broken.statements[1].id = store.statementRows(0, 0, 1).first().statement.id;
    const auto outcome = store.importArticle(b, broken);
    QVERIFY(outcome.error.isError());
    QCOMPARE(outcome.articleId, 0);
    QCOMPARE(test::dumpStore(store.path()), before);
}

void TestStore::ftsFollowsInsertUpdateDelete()
{
    Store store;
    QVERIFY(!store.open(path(QStringLiteral("fts.qlstore"))).isError());
    const Article a = test::sampleArticle(7);
    const auto outcome = store.importArticle(a, test::sampleExtraction(a));
    QVERIFY(!outcome.error.isError());
    QCOMPARE(store.searchStatementIds(QStringLiteral("ammunition")).size(), 1);
    const qint64 id = store.searchStatementIds(QStringLiteral("ammunition")).first();

    // Update: the span now covers other words, and the index follows.
    const auto article = store.article(outcome.articleId);
    const int start = int(article->text.indexOf(QStringLiteral("The fund")));
    QVERIFY(!store.setStatementSpan(id, start, start + 13).isError());
    QVERIFY(store.searchStatementIds(QStringLiteral("ammunition")).isEmpty());
    QCOMPARE(store.searchStatementIds(QStringLiteral("fund")), QList<qint64>({ id }));

    // Delete: gone from the index too; restore brings it back.
    const auto snapshot = store.removeStatement(id);
    QVERIFY(snapshot);
    QVERIFY(store.searchStatementIds(QStringLiteral("fund")).isEmpty());
    QVERIFY(!store.restoreStatement(*snapshot).isError());
    QCOMPARE(store.searchStatementIds(QStringLiteral("fund")), QList<qint64>({ id }));

    // Article text is indexed as well, and removing the article empties both indexes.
    QVERIFY(!store.search(QStringLiteral("Headline")).isEmpty());
    QVERIFY(store.removeArticle(outcome.articleId));
    QVERIFY(store.search(QStringLiteral("Headline")).isEmpty());
    QVERIFY(store.searchStatementIds(QStringLiteral("orders")).isEmpty());
}

void TestStore::refusesFilesUntouched_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<int>("code");
    QTest::newRow("text file") << QByteArrayLiteral("text") << int(StoreError::Code::NotAStore);
    QTest::newRow("foreign sqlite") << QByteArrayLiteral("foreign") << int(StoreError::Code::NotAStore);
    QTest::newRow("newer schema") << QByteArrayLiteral("newer") << int(StoreError::Code::NewerSchema);
    QTest::newRow("corrupt store") << QByteArrayLiteral("corrupt") << int(StoreError::Code::Corrupt);
}

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
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("maker"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            if (kind == "foreign") {
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes(name TEXT)")));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO recipes VALUES ('soup')")));
            } else {
                QCOMPARE(SchemaMigrations::migrate(db), QString());
                if (kind == "newer")
                    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
                else
                    for (int i = 0; i < 200; ++i)
                        QVERIFY(q.exec(QStringLiteral("INSERT INTO tags(name) VALUES ('tag-%1-%2')")
                                           .arg(i)
                                           .arg(QString(300, QLatin1Char('x')))));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("maker"));
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

void TestStore::notifierAnnouncesImport()
{
    Store store;
    QVERIFY(!store.open(path(QStringLiteral("notify.qlstore"))).isError());
    QSignalSpy added(store.notifier(), &ChangeNotifier::articlesAdded);
    QSignalSpy statements(store.notifier(), &ChangeNotifier::statementsAdded);
    const Article a = test::sampleArticle(3);
    const auto outcome = store.importArticle(a, test::sampleExtraction(a));
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().value<QList<qint64>>(), QList<qint64>({ outcome.articleId }));
    QCOMPARE(statements.count(), 1);
    QCOMPARE(statements.first().at(1).value<QList<qint64>>().size(), 2);
}

void TestStore::officeTermsRoundTrip()
{
    Store store;
    QVERIFY(!store.open(path(QStringLiteral("offices.qlstore"))).isError());
    const QList<OfficeTerm> terms = { { QStringLiteral("Commissioner"), QStringLiteral("Ada Weiss"),
                                          QDate(2019, 1, 1), QDate(2022, 12, 31) },
        { QStringLiteral("Commissioner"), QStringLiteral("Ben Ortiz"), QDate(2023, 1, 1), QDate() } };
    QVERIFY(!store.replaceOfficeTerms(terms).isError());
    const auto back = store.officeTerms();
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.at(1).holder, QStringLiteral("Ben Ortiz"));
    QVERIFY(!back.at(1).end.isValid());
    // Bad input is refused and nothing already stored is lost.
    QVERIFY(store.replaceOfficeTerms({ { QString(), QStringLiteral("X"), QDate(), QDate() } }).isError());
    QCOMPARE(store.officeTerms().size(), 2);
}

void TestStore::figureRowsCarryDateSpeakerSource()
{
    Store store;
    QVERIFY(!store.open(path(QStringLiteral("figures.qlstore"))).isError());
    const Article a = test::sampleArticle(4, QDate(2024, 5, 6));
    Extraction e = test::sampleExtraction(a);
    e.figures[0].statementIndex = 0; // inside the first quote
    QVERIFY(!store.importArticle(a, e).error.isError());
    const Article undated = test::sampleArticle(5, QDate());
    QVERIFY(!store.importArticle(undated, test::sampleExtraction(undated)).error.isError());

    const auto rows = store.figureRows(QStringLiteral("money"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).date, QDate(2024, 5, 6));
    QCOMPARE(rows.at(0).speaker, QStringLiteral("Vera Kolar"));
    QCOMPARE(rows.at(0).source, QStringLiteral("Test Wire"));
    QCOMPARE(rows.at(0).figure.value, 4e9);
    QCOMPARE(rows.at(0).sentence, QStringLiteral("Ammunition output must double,"));
    QVERIFY(!rows.at(1).date.isValid()); // undated last, never given a date
    QVERIFY(rows.at(1).speaker.isEmpty());
    QVERIFY(store.figureRows(QStringLiteral("gdp_share")).isEmpty());
}

void TestStore::officeTableDrivesRoleResolution()
{
    Store store;
    QVERIFY(!store.open(path(QStringLiteral("roles.qlstore"))).isError());
    // Until the analyst edits it, the seed is the table, and reading it writes nothing.
    QVERIFY(!OfficeTable::currentTerms(store).isEmpty());
    QVERIFY(store.officeTerms().isEmpty());

    QList<OfficeTerm> terms = OfficeTable::currentTerms(store);
    for (OfficeTerm& t : terms)
        if (t.office == QLatin1String("nato-secretary-general") && !t.end.isValid())
            t.end = QDate(2026, 1, 1);
    terms.append({ QStringLiteral("nato-secretary-general"), QStringLiteral("Imre Vasko"), QDate(2026, 1, 1),
        QDate() });
    QVERIFY(!store.replaceOfficeTerms(terms).isError());
    QVERIFY(!store.setOfficeTermsSeeded(true).isError());

    const QString file = path(QStringLiteral("role.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Alliance looks ahead\n\nPublished 3 March 2026\n\n"
            "\"We will need every factory we have,\" the NATO Secretary General said on Tuesday.\n");
    f.close();
    ImportPipeline pipeline(store);
    const auto results = pipeline.importFiles({ file });
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.first().status == ImportResult::Status::Imported, qPrintable(results.first().reason));
    const auto rows = store.statementRows(results.first().articleId, 0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().statement.speaker, QStringLiteral("Imre Vasko"));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
