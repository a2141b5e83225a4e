#include "core/store/Store.h"
#include "core/store/testing/StoreIntegrity.h"
#include "tests/core/store/ImportFixtures.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace ql;

// Issue 16: several quoteline-cli imports into one SQLite store at once. Before the fix the
// second process lost files as "database is locked" within 0.14 s although the busy timeout was
// 5 s (a deferred transaction cannot wait for the write lock once it has read): two imports of
// 400 files lost 256, ten imports of 30 files lost 210 of 300. Every file must be stored.
class TestConcurrentImport : public QObject
{
    Q_OBJECT

private slots:
    void everyFileStored_data();
    void everyFileStored();
    void sameFilesTwiceAreDuplicatesNotErrors();
};

void TestConcurrentImport::everyFileStored_data()
{
    QTest::addColumn<int>("processes");
    QTest::addColumn<int>("filesEach");
    QTest::addRow("two processes") << 2 << 400;
    QTest::addRow("ten processes") << 10 << 30;
}

void TestConcurrentImport::everyFileStored()
{
    QFETCH(int, processes);
    QFETCH(int, filesEach);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString store = dir.filePath(QStringLiteral("shared.qlstore"));
    {
        // The store exists before the race: creating it from two processes is another defect.
        Store s;
        QVERIFY(!s.open(store).isError());
    }
    QStringList folders;
    for (int p = 0; p < processes; ++p) {
        const QString folder = dir.filePath(QStringLiteral("in%1").arg(p));
        QCOMPARE(test::writeArticles(folder, QStringLiteral("p%1").arg(p), filesEach).size(), filesEach);
        folders << folder;
    }
    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<QProcess>> running;
    for (const QString& folder : std::as_const(folders))
        running.emplace_back(test::startCli(dir.path(),
            { QStringLiteral("--store"), store, QStringLiteral("import"), QStringLiteral("--"), folder }));
    int imported = 0;
    for (auto& p : running) {
        QVERIFY2(p->waitForFinished(240000), qPrintable(p->errorString()));
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
            qPrintable(QStringLiteral("exit %1: %2 %3").arg(p->exitCode()).arg(err, out.left(400))));
        QVERIFY2(!out.contains(QLatin1String("rejected")), qPrintable(out.left(400)));
        imported += int(out.count(QLatin1String("imported\t")));
    }
    qInfo("%d processes x %d files: %d stored in %lld ms", processes, filesEach, imported,
        qint64(timer.elapsed()));
    QCOMPARE(imported, processes * filesEach);
    const test::StoreIntegrity integrity = test::checkStoreIntegrity(store);
    QVERIFY2(integrity.ok(), qPrintable(integrity.problems.join(QLatin1Char('\n'))));
    QCOMPARE(integrity.articles, processes * filesEach);
    for (auto it = integrity.statementsOfArticle.cbegin(); it != integrity.statementsOfArticle.cend(); ++it)
        QVERIFY2(it.value() >= 1, qPrintable(it.key()));
}

// Two processes importing the same folder: each file is stored once, the other process reports
// it as a duplicate (the hash is checked under the write lock, not before it).
void TestConcurrentImport::sameFilesTwiceAreDuplicatesNotErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString store = dir.filePath(QStringLiteral("shared.qlstore"));
    {
        Store s;
        QVERIFY(!s.open(store).isError());
    }
    const QString folder = dir.filePath(QStringLiteral("same"));
    QCOMPARE(test::writeArticles(folder, QStringLiteral("same"), 300).size(), 300);
    std::unique_ptr<QProcess> a(
        test::startCli(dir.path(), { QStringLiteral("--store"), store, QStringLiteral("import"), folder }));
    std::unique_ptr<QProcess> b(
        test::startCli(dir.path(), { QStringLiteral("--store"), store, QStringLiteral("import"), folder }));
    int imported = 0, duplicates = 0;
    for (QProcess* p : { a.get(), b.get() }) {
        QVERIFY2(p->waitForFinished(240000), qPrintable(p->errorString()));
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        QVERIFY2(
            p->exitCode() == 0, qPrintable(QString::fromUtf8(p->readAllStandardError()) + out.left(400)));
        imported += int(out.count(QLatin1String("imported\t")));
        duplicates += int(out.count(QLatin1String("duplicate\t")));
    }
    QCOMPARE(imported, 300);
    QCOMPARE(duplicates, 300);
    const test::StoreIntegrity integrity = test::checkStoreIntegrity(store);
    QVERIFY2(integrity.ok(), qPrintable(integrity.problems.join(QLatin1Char('\n'))));
    QCOMPARE(integrity.articles, 300);
}

QTEST_GUILESS_MAIN(TestConcurrentImport)
#include "tst_concurrentimport.moc"
