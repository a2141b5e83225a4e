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

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ql;

// What goes into a store and comes back out: imports and batches, search, the change notifier,
// offices, figures, said windows, events and concurrent edits. tst_store has the store itself.
class TestStoreContent : public test::StoreSuite
{
    Q_OBJECT

private slots:
    void duplicateContentHashIsOneArticle();
    void importIsAllOrNothing();
    void batchKeepsEachArticleWhole();
    void batchWithoutCommitStoresNothing();
    void batchAnnouncesAfterCommit();
    void pipelineBatchReportsEveryFile();
    void ftsFollowsInsertUpdateDelete();
    void searchFindsPrefixesWithHighlights();
    void searchRanksWithinTheNewestMatches();
#ifdef QL_TEST_POSTGRES
    void otherSessionsHearOfCommits();
#endif
    void notifierAnnouncesImport();
    void officeTermsRoundTrip();
    void figureRowsCarryDateSpeakerSource();
    void officeTableDrivesRoleResolution();
    void saidWindowsRoundTrip();
    void eventsRoundTrip();
    void concurrentEditsAreRefused();
    void editedTextIsHashedAgain();
};

// Issue 17, on both backends: the first page is the best matches among the newest 1,000 (the rank
// window), so a word in every statement is never ranked over the whole store. 1,250 statements
// name "shipyard"; the one that repeats it most was stored early, outside the window, and one that
// repeats it often was stored inside.
void TestStoreContent::searchRanksWithinTheNewestMatches()
{
    Store store;
    QVERIFY(!store.open(storeAt(QStringLiteral("window.qlstore"))).isError());
    {
        ImportBatch batch(store);
        for (int i = 0; i < 250; ++i) {
            Article a;
            a.title = QStringLiteral("Dock log %1").arg(i);
            a.format = QStringLiteral("text");
            a.text = QStringLiteral("Log %1 of the dock.").arg(i);
            a.original = a.text.toUtf8();
            a.contentHash = QCryptographicHash::hash(a.original, QCryptographicHash::Sha256).toHex();
            Extraction e;
            for (int k = 0; k < 5; ++k) {
                const int n = i * 5 + k;
                Statement s;
                s.text = n == 3 ? QStringLiteral("Shipyard shipyard shipyard shipyard shipyard shipyard.")
                    : n == 1100
                    ? QStringLiteral("Shipyard, shipyard and the shipyard crane at dawn.")
                    : QStringLiteral("The shipyard %1 launched a hull in %2.").arg(n).arg(2010 + k);
                s.start = 0;
                s.end = 3;
                e.statements << s;
            }
            QVERIFY(!store.importArticle(a, e).error.isError());
        }
        QVERIFY(!batch.commit().isError());
    }
    QList<qint64> ids;
    for (const StatementRow& r : store.statementRows(0, 0, 2000))
        ids << r.statement.id;
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids.size(), 1250);
    const qint64 oldestInWindow = ids.at(ids.size() - 1000);

    const QList<SearchHit> page = store.search(QStringLiteral("shipyard"), 100);
    QList<qint64> statements;
    for (const SearchHit& h : page)
        if (h.statementId > 0)
            statements << h.statementId;
    QCOMPARE(statements.size(), 100);
    QCOMPARE(statements.first(), ids.at(1100)); // the best match inside the window
    for (const qint64 id : std::as_const(statements))
        QVERIFY2(id >= oldestInWindow, qPrintable(QString::number(id)));
    QVERIFY(!statements.contains(ids.at(3)));
    // A selective word is ranked over all its matches.
    const QList<SearchHit> dawn = store.search(QStringLiteral("dawn"));
    QCOMPARE(dawn.size(), 1);
    QCOMPARE(dawn.first().statementId, ids.at(1100));
}

void TestStoreContent::searchFindsPrefixesWithHighlights()
{
    Store store;
    QVERIFY(!store.open(storeAt(QStringLiteral("search.qlstore"))).isError());
    for (int n = 1; n <= 3; ++n) {
        const Article a = test::sampleArticle(n);
        QVERIFY(!store.importArticle(a, test::sampleExtraction(a)).error.isError());
    }
    // "factor" is a prefix of "Factories": three statements and three articles, each with its match.
    const QList<SearchHit> hits = store.search(QStringLiteral("factor"));
    QCOMPARE(hits.size(), 6);
    int statements = 0;
    for (const SearchHit& h : hits) {
        statements += h.statementId > 0 ? 1 : 0;
        QVERIFY2(!h.highlights.isEmpty(), qPrintable(h.snippet));
        QCOMPARE(h.snippet.mid(h.highlights.first().start, h.highlights.first().length).toLower(),
            QStringLiteral("factories"));
        QVERIFY2(!h.snippet.contains(QLatin1Char('[')), qPrintable(h.snippet));
    }
    QCOMPARE(statements, 3);
    // Every word is required; a word twice counts once; nothing that is not a word reaches the index.
    QCOMPARE(store.searchStatementIds(QStringLiteral("factories orders")).size(), 3);
    QCOMPARE(store.searchStatementIds(QStringLiteral("factories ammunition")).size(), 0);
    QCOMPARE(store.searchStatementIds(QStringLiteral("orders orders orders")).size(), 3);
    QVERIFY(store.search(QStringLiteral("'); DROP TABLE articles; --")).isEmpty());
    QCOMPARE(store.articleCount(), 3);
}

void TestStoreContent::duplicateContentHashIsOneArticle()
{
    Store store;
    QVERIFY(!store.open(storeAt(QStringLiteral("dup.qlstore"))).isError());
    const Article a = test::sampleArticle(1);
    const auto first = store.importArticle(a, test::sampleExtraction(a));
    QVERIFY(!first.error.isError());
    const auto second = store.importArticle(a, test::sampleExtraction(a));
    QVERIFY(second.duplicate);
    QCOMPARE(store.articleCount(), 1);
    QCOMPARE(store.statementCount(), 2);
}

void TestStoreContent::importIsAllOrNothing()
{
    Store store;
    QVERIFY(!store.open(storeAt(QStringLiteral("atomic.qlstore"))).isError());
    const Article a = test::sampleArticle(1);
    QVERIFY(!store.importArticle(a, test::sampleExtraction(a)).error.isError());
    const QStringList before = test::dumpStore(store.path());
    // The dump reads the stored rows (a dump that read nothing would compare equal to anything).
    QVERIFY2(
        before.filter(QStringLiteral("articles|")).size() == 1, qPrintable(before.join(QLatin1Char('\n'))));
    QCOMPARE(before.filter(QStringLiteral("statements|")).size(), 2);

    // The second statement reuses an id that exists: the insert fails midway through the article.
    const Article b = test::sampleArticle(2);
    Extraction broken = test::sampleExtraction(b);
    broken.statements[1].id = store.statementRows(0, 0, 1).first().statement.id;
    const auto outcome = store.importArticle(b, broken);
    QVERIFY(outcome.error.isError());
    QCOMPARE(outcome.articleId, 0);
    QCOMPARE(test::dumpStore(store.path()), before);
}

void TestStoreContent::batchKeepsEachArticleWhole()
{
    Store store;
    QVERIFY(!store.open(storeAt(QStringLiteral("batch.qlstore"))).isError());
    const Article a = test::sampleArticle(1);
    QVERIFY(!store.importArticle(a, test::sampleExtraction(a)).error.isError());
    const qint64 takenId = store.statementRows(0, 0, 1).first().statement.id;

    const Article b = test::sampleArticle(2);
    const Article c = test::sampleArticle(3);
    Extraction broken = test::sampleExtraction(c);
    broken.statements[1].id = takenId; // fails after the article row and one statement are written
    const Article d = test::sampleArticle(4);
    ImportBatch batch(store);
    QVERIFY(!batch.startError().isError());
    QVERIFY(!store.importArticle(b, test::sampleExtraction(b)).error.isError());
    QVERIFY(store.importArticle(c, broken).error.isError());
    QVERIFY(store.importArticle(b, test::sampleExtraction(b)).duplicate); // seen within the batch
    QVERIFY(!store.importArticle(d, test::sampleExtraction(d)).error.isError());
    QVERIFY(!batch.commit().isError());

    QCOMPARE(store.articleCount(), 3); // a, b and d; nothing of c
    QCOMPARE(store.statementCount(), 6);
    QVERIFY(!store.containsHash(c.contentHash));
    QCOMPARE(store.figures().size(), 3);
    // The batch indexed its articles and statements for search at commit.
    QCOMPARE(store.searchStatementIds(QStringLiteral("factories")).size(), 3);
    QCOMPARE(store.search(QStringLiteral("headline")).size(), 3);
}

void TestStoreContent::batchWithoutCommitStoresNothing()
{
    Store store;
    QVERIFY(!store.open(storeAt(QStringLiteral("rollback.qlstore"))).isError());
    const Article a = test::sampleArticle(1);
    QVERIFY(!store.importArticle(a, test::sampleExtraction(a)).error.isError());
    const QStringList before = test::dumpStore(store.path());
    QSignalSpy added(store.notifier(), &ChangeNotifier::articlesAdded);
    {
        ImportBatch batch(store);
        for (int n = 2; n < 6; ++n) {
            const Article b = test::sampleArticle(n);
            QVERIFY(!store.importArticle(b, test::sampleExtraction(b)).error.isError());
        }
        ImportBatch nested(store);
        QCOMPARE(nested.startError().code, StoreError::Code::InvalidInput);
    }
    QCOMPARE(added.count(), 0);
    QCOMPARE(test::dumpStore(store.path()), before);
    // The store goes on working normally after the abandoned batch.
    const Article f = test::sampleArticle(9);
    QVERIFY(!store.importArticle(f, test::sampleExtraction(f)).error.isError());
    QCOMPARE(added.count(), 1);
}

void TestStoreContent::batchAnnouncesAfterCommit()
{
    Store store;
    QVERIFY(!store.open(storeAt(QStringLiteral("batchnotify.qlstore"))).isError());
    QSignalSpy added(store.notifier(), &ChangeNotifier::articlesAdded);
    QSignalSpy statements(store.notifier(), &ChangeNotifier::statementsAdded);
    ImportBatch batch(store);
    QList<qint64> ids;
    for (int n = 1; n <= 3; ++n) {
        const Article a = test::sampleArticle(n);
        ids << store.importArticle(a, test::sampleExtraction(a)).articleId;
    }
    QCOMPARE(added.count(), 0); // nothing is announced that could still roll back
    QVERIFY(!batch.commit().isError());
    // One articlesAdded for the batch (a list model re-reads once), statements per article.
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().value<QList<qint64>>(), ids);
    QCOMPARE(statements.count(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(statements.at(i).first().toLongLong(), ids.at(i));
    QCOMPARE(batch.commit().code, StoreError::Code::InvalidInput); // a batch commits once
}

void TestStoreContent::pipelineBatchReportsEveryFile()
{
    // More files than one batch holds, with a rejected file and duplicates among them: every
    // file gets its own result, in input order, and progress reports each one.
    const int count = ImportPipeline::batchSize + 20;
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const QString file = path(QStringLiteral("in/%1.txt").arg(i, 4, 10, QLatin1Char('0')));
        QDir().mkpath(QFileInfo(file).absolutePath());
        files << file;
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (i == 7)
            continue; // empty: rejected
        // Duplicates: file 10 of file 4 within the first batch, the last file of file 3 across batches.
        const int n = i == 10 ? 4 : i == count - 1 ? 3 : i;
        f.write(QStringLiteral("Report %1\n\n\u201cWe need %1 more shells,\u201d said Ana Petrova.\n")
                    .arg(n)
                    .toUtf8());
    }
    Store store;
    QVERIFY(!store.open(storeAt(QStringLiteral("pipeline.qlstore"))).isError());
    ImportPipeline pipeline(store);
    QList<int> done;
    const QList<ImportResult> results
        = pipeline.importFiles(files, [&done](int d, int total, const ImportResult&) {
              done << d;
              return total > 0;
          });
    QCOMPARE(results.size(), count);
    QCOMPARE(done.size(), count);
    QCOMPARE(done.last(), count);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(results.at(i).source, files.at(i));
        const ImportResult::Status expected = i == 7 ? ImportResult::Status::Rejected
            : i == 10 || i == count - 1              ? ImportResult::Status::Duplicate
                                                     : ImportResult::Status::Imported;
        QCOMPARE(results.at(i).status, expected);
    }
    QCOMPARE(store.articleCount(), count - 3);
    QCOMPARE(store.statementCount(), count - 3);
}

void TestStoreContent::ftsFollowsInsertUpdateDelete()
{
    Store store;
    QVERIFY(!store.open(storeAt(QStringLiteral("fts.qlstore"))).isError());
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

#ifdef QL_TEST_POSTGRES
// Two analysts on one team store: what one commits, the other's window hears of within seconds,
// through its ChangeNotifier; a rolled-back batch announces nothing.
void TestStoreContent::otherSessionsHearOfCommits()
{
    const QString url = storeAt(QStringLiteral("shared"));
    Store mine;
    QVERIFY(!mine.open(url).isError());
    Store theirs;
    QVERIFY(!theirs.open(url).isError());
    QSignalSpy theirReset(theirs.notifier(), &ChangeNotifier::storeReset);
    QSignalSpy myReset(mine.notifier(), &ChangeNotifier::storeReset);
    {
        ImportBatch batch(mine);
        const Article a = test::sampleArticle(1);
        QVERIFY(!mine.importArticle(a, test::sampleExtraction(a)).error.isError());
    } // rolled back
    QTest::qWait(800);
    QCOMPARE(theirReset.count(), 0);
    const Article b = test::sampleArticle(2);
    QVERIFY(!mine.importArticle(b, test::sampleExtraction(b)).error.isError());
    QTRY_VERIFY_WITH_TIMEOUT(theirReset.count() >= 1, 5000);
    QCOMPARE(theirs.articleCount(), 1);
    QCOMPARE(myReset.count(), 0); // its own change is announced by its own signals, not twice
    // And the other way round, for an edit.
    const qint64 id = theirs.statementRows(0, 0, 1).first().statement.id;
    QSignalSpy myChanges(mine.notifier(), &ChangeNotifier::storeReset);
    QVERIFY(!theirs.addTag(id, QStringLiteral("seen")).isError());
    QTRY_VERIFY_WITH_TIMEOUT(myChanges.count() >= 1, 5000);
}
#endif

void TestStoreContent::notifierAnnouncesImport()
{
    Store store;
    QVERIFY(!store.open(storeAt(QStringLiteral("notify.qlstore"))).isError());
    QSignalSpy added(store.notifier(), &ChangeNotifier::articlesAdded);
    QSignalSpy statements(store.notifier(), &ChangeNotifier::statementsAdded);
    const Article a = test::sampleArticle(3);
    const auto outcome = store.importArticle(a, test::sampleExtraction(a));
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().value<QList<qint64>>(), QList<qint64>({ outcome.articleId }));
    QCOMPARE(statements.count(), 1);
    QCOMPARE(statements.first().at(1).value<QList<qint64>>().size(), 2);
}

void TestStoreContent::officeTermsRoundTrip()
{
    Store store;
    QVERIFY(!store.open(storeAt(QStringLiteral("offices.qlstore"))).isError());
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

void TestStoreContent::figureRowsCarryDateSpeakerSource()
{
    Store store;
    QVERIFY(!store.open(storeAt(QStringLiteral("figures.qlstore"))).isError());
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

void TestStoreContent::officeTableDrivesRoleResolution()
{
    Store store;
    QVERIFY(!store.open(storeAt(QStringLiteral("roles.qlstore"))).isError());
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

void TestStoreContent::saidWindowsRoundTrip()
{
    Store store;
    QVERIFY(!store.open(storeAt(QStringLiteral("windows.qlstore"))).isError());
    const Article a = test::sampleArticle(1);
    Extraction x = test::sampleExtraction(a);
    x.statements[0].said = { QDate(2024, 3, 4), QDate(2024, 3, 10), QStringLiteral("'last week'") };
    x.statements[0].saidOn = x.statements[0].said.day();
    x.statements[1].said = { QDate(2024, 10, 1), QDate(), QStringLiteral("a term of office") };
    x.statements[1].saidOn = QDate();
    const auto outcome = store.importArticle(a, x);
    QVERIFY(!outcome.error.isError());
    const QList<StatementRow> rows = store.statementRows(outcome.articleId, 0, 10);
    QCOMPARE(rows.size(), 2);
    QList<Statement> stored;
    for (const StatementRow& r : rows)
        stored << r.statement;
    auto byText = [&stored](const QString& prefix) {
        for (const Statement& s : std::as_const(stored))
            if (s.text.startsWith(prefix))
                return s;
        return Statement {};
    };
    const Statement first = byText(QStringLiteral("Ammunition"));
    QCOMPARE(first.said, x.statements[0].said);
    QCOMPARE(first.saidOn, QDate(2024, 3, 10));
    const Statement second = byText(QStringLiteral("Factories"));
    QCOMPARE(second.said, x.statements[1].said);
    QVERIFY(!second.saidOn.isValid());

    // Re-dating writes the window and nothing else, and says so.
    Statement redated = second;
    redated.said = { QDate(2024, 10, 17), QDate(2024, 10, 18), QStringLiteral("an event") };
    redated.saidOn = redated.said.day();
    QSignalSpy changed(store.notifier(), &ChangeNotifier::statementChanged);
    QVERIFY(!store.setStatementDates({ redated }).isError());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store.statementRow(redated.id)->statement.said, redated.said);
    QCOMPARE(store.statementRow(redated.id)->statement.text, second.text);
    Statement missing = redated;
    missing.id = 999999;
    QVERIFY(store.setStatementDates({ missing }).isError());
}

void TestStoreContent::eventsRoundTrip()
{
    Store store;
    QVERIFY(!store.open(storeAt(QStringLiteral("events.qlstore"))).isError());
    QVERIFY(EventTable::currentEvents(store).size() == EventCalendar::seeded().events().size());
    const QList<CalendarEvent> events {
        { 0, QStringLiteral("Harbour Forum"),
            { QStringLiteral("Harbour Forum"), QStringLiteral("Port Forum") }, QStringLiteral("Gdansk"),
            QDate(2024, 5, 6), QDate(2024, 5, 7), QStringLiteral("forum"), false },
        { 0, QStringLiteral("Ministers' Meeting"), { QStringLiteral("ministers' meeting") },
            QStringLiteral("Brussels"), QDate(2024, 6, 1), QDate(2024, 6, 1), QStringLiteral("ministerial"),
            true },
    };
    QVERIFY(!store.replaceEvents(events).isError());
    QVERIFY(!store.setEventsSeeded(true).isError());
    const QList<CalendarEvent> back = store.events();
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.at(0).aliases, events.at(0).aliases);
    QCOMPARE(back.at(1).fixedVenue, true);
    QCOMPARE(back.at(1).start, QDate(2024, 6, 1));
    QCOMPARE(EventTable::currentEvents(store).size(), 2);
    QCOMPARE(EventTable::load(store).events().size(), 2);
    // An event that ends before it starts, or that nothing names, is refused and changes nothing.
    CalendarEvent bad = events.at(0);
    bad.end = QDate(2024, 5, 1);
    QVERIFY(store.replaceEvents({ bad }).isError());
    CalendarEvent unnamed = events.at(0);
    unnamed.aliases = QStringList { QStringLiteral("  ") };
    QVERIFY(store.replaceEvents({ unnamed }).isError());
    QCOMPARE(store.events().size(), 2);
}

// Two analysts (two connections) edit one statement: the edit begun on an older row version is
// refused with a conflict and the first writer's change stays, for speaker, span and note alike.
void TestStoreContent::concurrentEditsAreRefused()
{
    const QString url = storeAt(QStringLiteral("conflict"));
    Store mine;
    QVERIFY(!mine.open(url).isError());
    const Article a = test::sampleArticle(1);
    QVERIFY(!mine.importArticle(a, test::sampleExtraction(a)).error.isError());
    const qint64 id = mine.statementRows(0, 0, 1).value(0).statement.id;
    QVERIFY(id > 0);
    Store theirs;
    QVERIFY(!theirs.open(url).isError());

    qint64 seenByMe = mine.statementRow(id)->rowVersion;
    qint64 seenByThem = theirs.statementRow(id)->rowVersion;
    QVERIFY(seenByMe > 0);
    QCOMPARE(seenByThem, seenByMe);

    const StoreError first = theirs.setStatementSpeaker(id, QStringLiteral("Ilse Brandvold"), 0, &seenByThem);
    QVERIFY2(!first.isError(), qPrintable(first.message));
    QCOMPARE(seenByThem, seenByMe + 1);
    const StoreError second = mine.setStatementSpeaker(id, QStringLiteral("Tomas Verhaegen"), 0, &seenByMe);
    QCOMPARE(second.code, StoreError::Code::Conflict);
    QVERIFY(second.message.contains(QStringLiteral("another analyst")));
    QCOMPARE(mine.statementRow(id)->statement.speaker, QStringLiteral("Ilse Brandvold"));

    // The span and the note are guarded the same way; an edit on the current version passes.
    const auto row = *mine.statementRow(id);
    QCOMPARE(mine.setStatementSpan(id, row.statement.start, row.statement.end - 1, nullptr, &seenByMe).code,
        StoreError::Code::Conflict);
    QCOMPARE(mine.setNote(Store::NoteTarget::Statement, id, QStringLiteral("mine"), &seenByMe).code,
        StoreError::Code::Conflict);
    QCOMPARE(mine.statementRow(id)->statement.end, row.statement.end);
    QCOMPARE(mine.note(Store::NoteTarget::Statement, id), QString());
    seenByMe = mine.statementVersion(id);
    QVERIFY(!mine.setNote(Store::NoteTarget::Statement, id, QStringLiteral("mine"), &seenByMe).isError());
    QCOMPARE(theirs.note(Store::NoteTarget::Statement, id), QStringLiteral("mine"));
    QCOMPARE(theirs.statementVersion(id), seenByMe);
    // Without a version (a script, the importer) the write is not checked.
    QVERIFY(!theirs.setStatementSpeaker(id, QStringLiteral("Tomas Verhaegen")).isError());
    QCOMPARE(mine.statementVersion(id), seenByMe + 1);
    // A statement that is gone is "not found", not a conflict.
    qint64 stale = seenByMe;
    QCOMPARE(mine.setStatementSpeaker(id + 100000, QStringLiteral("X"), 0, &stale).code,
        StoreError::Code::NotFound);
}

// The variant keys follow an edited text on both backends (a trigger on SQLite, the store's own
// statements on PostgreSQL): the old keys are gone and the next refresh hashes the new text.
void TestStoreContent::editedTextIsHashedAgain()
{
    Store store;
    QVERIFY(!store.open(storeAt(QStringLiteral("rehash"))).isError());
    const Article a = test::sampleArticle(1);
    QVERIFY(!store.importArticle(a, test::sampleExtraction(a)).error.isError());
    const StatementRow row = store.statementRows(0, 0, 1).value(0);
    const qint64 id = row.statement.id;
    QCOMPARE(store.variantSignatures({ id }).size(), 1);
    QVERIFY(!store.setStatementSpan(id, row.statement.start, row.statement.end - 3).isError());
    QVERIFY(store.variantSignatures({ id }).isEmpty());
    QList<qint64> hashed;
    QVERIFY(!store.refreshVariantKeys(&hashed).isError());
    QCOMPARE(hashed, QList<qint64> { id });
    QCOMPARE(store.variantSignatures({ id }).size(), 1);
}

QTEST_GUILESS_MAIN(TestStoreContent)
#include "tst_storecontent.moc"
