#include "core/store/Store.h"
#include "core/store/testing/StoreIntegrity.h"
#include "tests/core/store/ImportFixtures.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ql;

// An import killed (SIGKILL) at random points leaves a sound store: SQLite's integrity check and
// both full-text indexes pass, every stored article is whole (its statements and figures as a
// clean import stores them), and importing again completes the set.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedImportsLeaveWholeArticles();
};

namespace {

QString problemsOf(const test::StoreIntegrity& integrity)
{
    return integrity.problems.join(QLatin1Char('\n'));
}

} // namespace

void TestCrashSafety::killedImportsLeaveWholeArticles()
{
    constexpr int Files = 1500;
    constexpr int Kills = 12;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("in"));
    QCOMPARE(test::writeArticles(folder, QStringLiteral("crash"), Files, 6).size(), Files);

    // What a clean import stores, article by article, and how long it takes here.
    const QString reference = dir.filePath(QStringLiteral("reference.qlstore"));
    QElapsedTimer timer;
    timer.start();
    {
        std::unique_ptr<QProcess> p(test::startCli(
            dir.path(), { QStringLiteral("--store"), reference, QStringLiteral("import"), folder }));
        QVERIFY2(p->waitForFinished(300000), qPrintable(p->errorString()));
        QCOMPARE(p->exitCode(), 0);
    }
    const qint64 fullRun = timer.elapsed();
    const test::StoreIntegrity expected = test::checkStoreIntegrity(reference);
    QVERIFY2(expected.ok(), qPrintable(problemsOf(expected)));
    QCOMPARE(expected.articles, Files);

    const QString store = dir.filePath(QStringLiteral("killed.qlstore"));
    {
        Store s;
        QVERIFY(!s.open(store).isError());
    }
    // A fixed seed: a failure can be replayed. Kills fall anywhere from the store's opening to
    // the families being saved at the end.
    QRandomGenerator random(16);
    int survived = 0;
    for (int kill = 0; kill < Kills; ++kill) {
        std::unique_ptr<QProcess> p(test::startCli(
            dir.path(), { QStringLiteral("--store"), store, QStringLiteral("import"), folder }));
        QVERIFY(p->waitForStarted());
        const int delay = 20 + int(random.bounded(quint32(qMax<qint64>(100, fullRun * 9 / 10))));
        QTest::qWait(delay);
        // The import may have finished on its own before the kill (waitForFinished() then says
        // false): the store must be sound either way.
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            QVERIFY2(p->waitForFinished(30000), qPrintable(p->errorString()));
        }
        const test::StoreIntegrity now = test::checkStoreIntegrity(store);
        QVERIFY2(now.ok(),
            qPrintable(
                QStringLiteral("after kill %1 at %2 ms: %3").arg(kill).arg(delay).arg(problemsOf(now))));
        for (auto it = now.statementsOfArticle.cbegin(); it != now.statementsOfArticle.cend(); ++it) {
            QVERIFY2(expected.statementsOfArticle.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(it.value(), expected.statementsOfArticle.value(it.key()));
            QCOMPARE(now.figuresOfArticle.value(it.key()), expected.figuresOfArticle.value(it.key()));
        }
        ++survived;
        qInfo("kill %d at %d ms: %d of %d articles stored, store sound", kill, delay, now.articles, Files);
    }
    QCOMPARE(survived, Kills);

    // Importing again stores what the kills cut off; nothing is stored twice.
    std::unique_ptr<QProcess> p(
        test::startCli(dir.path(), { QStringLiteral("--store"), store, QStringLiteral("import"), folder }));
    QVERIFY2(p->waitForFinished(300000), qPrintable(p->errorString()));
    QCOMPARE(p->exitCode(), 0);
    const test::StoreIntegrity done = test::checkStoreIntegrity(store);
    QVERIFY2(done.ok(), qPrintable(problemsOf(done)));
    QCOMPARE(done.articles, Files);
    QCOMPARE(done.statements, expected.statements);
    QCOMPARE(done.statementsOfArticle, expected.statementsOfArticle);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
