// Issue 16: a team store whose server goes away. The connection is ended from the server's side
// (pg_terminate_backend, what a restart or a dropped network looks like to the client), on the
// throwaway cluster of the pg_cluster fixture: the write that meets the loss is refused with
// ConnectionLost and stores nothing, the store says it is lost, reconnect() brings it back with
// every row intact, and an edit made while it is lost waits in StoreEdits and is applied after.
#include "core/store/ChangeNotifier.h"
#include "core/store/Store.h"
#include "core/store/testing/TeamStoreFixture.h"
#include "models/edits/StoreEdits.h"
#include "models/edits/TeamStoreWatch.h"
#include "tests/common/TestStores.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ql;

class TestTeamReconnect : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void lostConnectionIsReportedAndReconnected();
    void editMadeWhileLostIsKeptAndApplied();
    void watchSaysSoReconnectsAndSavesKeptEdits();
    void watchNoticesALossWhileTheAnalystOnlyReads();

private:
    // Ends every session of this test's database except the fixture's own.
    void dropConnections();
    QString m_url;
    QString m_database;
};

void TestTeamReconnect::init()
{
    QString error;
    m_database
        = QStringLiteral("ql_reconnect_%1").arg(QString::fromLatin1(QTest::currentTestFunction())).toLower();
    m_url = test::TeamStoreFixture::createDatabase(m_database, &error);
    QVERIFY2(!m_url.isEmpty(), qPrintable(error));
}

void TestTeamReconnect::dropConnections()
{
    QString error;
    const QString server = test::TeamStoreFixture::serverUrl(&error);
    QVERIFY2(!server.isEmpty(), qPrintable(error));
    const QString failed = test::TeamStoreFixture::execute(server,
        { QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' "
                         "AND pid <> pg_backend_pid()")
                .arg(m_database) });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestTeamReconnect::lostConnectionIsReportedAndReconnected()
{
    Store store;
    QVERIFY2(!store.open(m_url).isError(), qPrintable(m_url));
    const Article a = test::sampleArticle(1);
    QVERIFY(!store.importArticle(a, test::sampleExtraction(a)).error.isError());
    const qint64 statementId = store.statementRows(0, 0, 1).value(0).statement.id;
    QVERIFY(statementId > 0);
    QVERIFY(!store.connectionLost());

    dropConnections();
    const StoreError refused = store.setStatementSpeaker(statementId, QStringLiteral("Ilse Brandvold"));
    QCOMPARE(refused.code, StoreError::Code::ConnectionLost);
    QVERIFY2(refused.message.contains(QStringLiteral("does not answer")), qPrintable(refused.message));
    QVERIFY(store.connectionLost());
    QCOMPARE(store.ping().code, StoreError::Code::ConnectionLost); // still lost until reconnected

    QSignalSpy reset(store.notifier(), &ChangeNotifier::storeReset);
    const StoreError back = store.reconnect();
    QVERIFY2(!back.isError(), qPrintable(back.message));
    QVERIFY(!store.connectionLost());
    QCOMPARE(reset.count(), 1); // the views re-read
    QVERIFY(!store.ping().isError());
    QCOMPARE(store.articleCount(), 1);
    const QString before = store.statementRows(0, 0, 1).value(0).statement.speaker;
    QVERIFY(before != QStringLiteral("Ilse Brandvold")); // the refused write stored nothing
    QVERIFY(!store.setStatementSpeaker(statementId, QStringLiteral("Ilse Brandvold")).isError());
    QCOMPARE(store.statementRows(0, 0, 1).value(0).statement.speaker, QStringLiteral("Ilse Brandvold"));

    // A loss noticed by ping() before any write.
    dropConnections();
    QCOMPARE(store.ping().code, StoreError::Code::ConnectionLost);
    QVERIFY(store.connectionLost());
    QVERIFY(!store.reconnect().isError());
    const Article b = test::sampleArticle(2);
    QVERIFY(!store.importArticle(b, test::sampleExtraction(b)).error.isError());
    QCOMPARE(store.articleCount(), 2);
}

void TestTeamReconnect::editMadeWhileLostIsKeptAndApplied()
{
    Store store;
    QVERIFY2(!store.open(m_url).isError(), qPrintable(m_url));
    const Article a = test::sampleArticle(1);
    QVERIFY(!store.importArticle(a, test::sampleExtraction(a)).error.isError());
    const qint64 statementId = store.statementRows(0, 0, 1).value(0).statement.id;
    StoreEdits edits(&store);
    QSignalSpy pending(&edits, &StoreEdits::pendingChanged);

    dropConnections();
    edits.setSpeaker({ statementId }, QStringLiteral("Ilse Brandvold"));
    QCOMPARE(edits.pendingCount(), 1); // kept, not lost, and not on the undo stack
    QCOMPARE(edits.undoStack()->count(), 0);
    QVERIFY(store.connectionLost());
    edits.setNote(Store::NoteTarget::Statement, statementId, QStringLiteral("check against the transcript"));
    QCOMPARE(edits.pendingCount(), 2); // a later edit waits behind it, in order
    QCOMPARE(pending.count(), 2);

    QVERIFY(!store.reconnect().isError());
    QCOMPARE(edits.applyPending(), 2);
    QCOMPARE(edits.pendingCount(), 0);
    QCOMPARE(edits.undoStack()->count(), 2);
    QCOMPARE(store.statementRows(0, 0, 1).value(0).statement.speaker, QStringLiteral("Ilse Brandvold"));
    edits.undoStack()->undo();
    edits.undoStack()->undo();
    QVERIFY(store.statementRows(0, 0, 1).value(0).statement.speaker != QStringLiteral("Ilse Brandvold"));
}

// The window's side: the watch says the store does not answer and how many edits it keeps, probes
// the server, reconnects as soon as it answers (here at once: only the session was ended) and
// saves the kept edit; then it says nothing more.
void TestTeamReconnect::watchSaysSoReconnectsAndSavesKeptEdits()
{
    Store store;
    QVERIFY2(!store.open(m_url).isError(), qPrintable(m_url));
    const Article a = test::sampleArticle(1);
    QVERIFY(!store.importArticle(a, test::sampleExtraction(a)).error.isError());
    const qint64 statementId = store.statementRows(0, 0, 1).value(0).statement.id;
    StoreEdits edits(&store);
    TeamStoreWatch watch(&store, &edits);
    QSignalSpy reconnected(&watch, &TeamStoreWatch::reconnected);
    QVERIFY(watch.status().isEmpty());

    dropConnections();
    edits.setSpeaker({ statementId }, QStringLiteral("Ilse Brandvold"));
    QCOMPARE(edits.pendingCount(), 1);
    QVERIFY2(watch.status().contains(QStringLiteral("does not answer")), qPrintable(watch.status()));
    QVERIFY2(watch.status().contains(QStringLiteral("1 edit(s) kept")), qPrintable(watch.status()));
    QVERIFY(watch.isRetrying());

    QVERIFY(reconnected.wait(TeamStoreWatch::RetryMs * 3));
    QCOMPARE(reconnected.first().first().toInt(), 1);
    QCOMPARE(edits.pendingCount(), 0);
    QVERIFY(!store.connectionLost());
    QVERIFY(watch.status().isEmpty());
    QCOMPARE(store.statementRows(0, 0, 1).value(0).statement.speaker, QStringLiteral("Ilse Brandvold"));
    QCOMPARE(edits.undoStack()->count(), 1);
}

// No write meets the loss: the heartbeat finds it, the status bar says so, and the watch reconnects.
void TestTeamReconnect::watchNoticesALossWhileTheAnalystOnlyReads()
{
    Store store;
    QVERIFY2(!store.open(m_url).isError(), qPrintable(m_url));
    StoreEdits edits(&store);
    TeamStoreWatch watch(&store, &edits);
    QSignalSpy status(&watch, &TeamStoreWatch::statusChanged);
    QSignalSpy reconnected(&watch, &TeamStoreWatch::reconnected);

    dropConnections();
    QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), TeamStoreWatch::HeartbeatMs * 3);
    const QString said = status.first().first().toString();
    QVERIFY2(said.contains(QStringLiteral("does not answer")), qPrintable(said));
    QVERIFY(reconnected.wait(TeamStoreWatch::RetryMs * 3));
    QVERIFY(!store.connectionLost());
    QVERIFY(watch.status().isEmpty());
    QCOMPARE(reconnected.first().first().toInt(), 0);
}

QTEST_GUILESS_MAIN(TestTeamReconnect)
#include "tst_teamreconnect.moc"
