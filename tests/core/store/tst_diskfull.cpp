#include "core/store/Store.h"
#include "core/store/testing/StoreIntegrity.h"
#include "tests/core/store/ImportFixtures.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ql;

// Issue 16: an import that fills the disk. The full disk is simulated without root: bash limits
// the size of any file the import writes (ulimit -f; SIGXFSZ ignored, so a write past it fails
// with EFBIG as on a full disk). Batches of long articles outgrow SQLite's page cache, so the
// failure strikes in the middle of a batch, as on a real disk. Before the fix, SQLite's own
// rollback left later articles written outside any batch, stored without their index rows (FTS
// "malformed"), reported "rejected" and later "duplicate"; the messages mixed "cannot rollback -
// no transaction is active" and an empty "cannot commit import: ".
class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void importStopsWithOneMessage_data();
    void importStopsWithOneMessage();
};

void TestDiskFull::importStopsWithOneMessage_data()
{
    QTest::addColumn<int>("limitKiB");
    QTest::addRow("full in the first batch") << 3000;
    QTest::addRow("full in a later batch") << 7000;
}

void TestDiskFull::importStopsWithOneMessage()
{
    QFETCH(int, limitKiB);
    constexpr int Files = 600;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("in"));
    QCOMPARE(test::writeArticles(folder, QStringLiteral("full"), Files, 30).size(), Files);
    const QString reference = dir.filePath(QStringLiteral("reference.qlstore"));
    {
        std::unique_ptr<QProcess> p(test::startCli(
            dir.path(), { QStringLiteral("--store"), reference, QStringLiteral("import"), folder }));
        QVERIFY2(p->waitForFinished(300000), qPrintable(p->errorString()));
        QCOMPARE(p->exitCode(), 0);
    }
    const test::StoreIntegrity expected = test::checkStoreIntegrity(reference);
    QCOMPARE(expected.articles, Files);

    const QString store = dir.filePath(QStringLiteral("full.qlstore"));
    {
        Store s;
        QVERIFY(!s.open(store).isError());
    }
    std::unique_ptr<QProcess> p(
        test::startCliLimited(dir.path(), QStringLiteral("trap '' XFSZ; ulimit -f %1;").arg(limitKiB),
            { QStringLiteral("--store"), store, QStringLiteral("import"), folder }));
    QVERIFY2(p->waitForFinished(300000), qPrintable(p->errorString()));
    const QString out = QString::fromUtf8(p->readAllStandardOutput());
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), 1);
    // One clear message, and none of the old confusion.
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.startsWith(QLatin1String("quoteline-cli: the import stopped: ")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("disk")), qPrintable(err));
    for (const QString& text : { out, err }) {
        QVERIFY2(!text.contains(QLatin1String("no transaction is active")), qPrintable(text.left(2000)));
        QVERIFY2(!text.contains(QLatin1String("Unable to")), qPrintable(text.left(2000)));
        QVERIFY2(!text.contains(QLatin1String(": \n")), qPrintable(text.left(2000)));
    }
    const int imported = int(out.count(QLatin1String("imported\t")));
    QVERIFY2(imported < Files, "the limit did not stop the import: make it smaller");

    // Nothing half-stored: the store is sound, each article whole, the index in sync.
    const test::StoreIntegrity now = test::checkStoreIntegrity(store);
    QVERIFY2(now.ok(), qPrintable(now.problems.join(QLatin1Char('\n'))));
    QCOMPARE(now.articles, imported);
    for (auto it = now.statementsOfArticle.cbegin(); it != now.statementsOfArticle.cend(); ++it)
        QCOMPARE(it.value(), expected.statementsOfArticle.value(it.key()));

    // With space again, the rest is imported, and what was stored is a duplicate.
    std::unique_ptr<QProcess> again(
        test::startCli(dir.path(), { QStringLiteral("--store"), store, QStringLiteral("import"), folder }));
    QVERIFY2(again->waitForFinished(300000), qPrintable(again->errorString()));
    const QString againOut = QString::fromUtf8(again->readAllStandardOutput());
    QCOMPARE(again->exitCode(), 0);
    QCOMPARE(int(againOut.count(QLatin1String("duplicate\t"))), imported);
    QCOMPARE(int(againOut.count(QLatin1String("imported\t"))), Files - imported);
    const test::StoreIntegrity done = test::checkStoreIntegrity(store);
    QVERIFY2(done.ok(), qPrintable(done.problems.join(QLatin1Char('\n'))));
    QCOMPARE(done.statementsOfArticle, expected.statementsOfArticle);
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
