#include "core/store/Store.h"
#include "core/store/StoreCheck.h"
#include "tests/core/store/ImportFixtures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ql;

// Issue 17: opening a store reads its header and first pages only (no PRAGMA quick_check over the
// whole file); the full check is StoreCheck, behind `quoteline-cli check` and File ▸ Check Store.
class TestStoreCheck : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void soundStorePasses();
    void damageIsReported_data();
    void damageIsReported();
    void cancelStopsBetweenTables();
    void foreignFileIsRefused();

private:
    QString makeStore(int articles);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStoreCheck::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestStoreCheck::makeStore(int articles)
{
    const QString path = m_dir->filePath(QStringLiteral("check.qlstore"));
    Store store;
    if (store.open(path).isError())
        return QString();
    for (int i = 0; i < articles; ++i) {
        Article a;
        a.title = QStringLiteral("Article %1").arg(i);
        a.format = QStringLiteral("text");
        // Long enough that the tables span many pages, so damage in the middle hits a b-tree.
        a.text = QStringLiteral("\u201cWe will spend more on defence,\u201d the minister said in report %1. ")
                     .arg(i)
                     .repeated(40);
        a.original = a.text.toUtf8();
        a.contentHash = QCryptographicHash::hash(a.original, QCryptographicHash::Sha256).toHex();
        Extraction e;
        Statement s;
        s.text = QStringLiteral("We will spend more on defence, report %1.").arg(i);
        s.start = 0;
        s.end = 10;
        e.statements << s;
        if (store.importArticle(a, e).error.isError())
            return QString();
    }
    store.close();
    return path;
}

void TestStoreCheck::soundStorePasses()
{
    const QString path = makeStore(50);
    QVERIFY(!path.isEmpty());
    int calls = 0;
    int total = 0;
    bool cancelled = true;
    const StoreError e = StoreCheck::run(
        path,
        [&](int done, int all, const QString& table) {
            ++calls;
            total = all;
            return done <= all && !table.isEmpty();
        },
        &cancelled);
    QVERIFY2(!e.isError(), qPrintable(e.message));
    QVERIFY(!cancelled);
    QVERIFY(total > 5);
    QCOMPARE(calls, total);

    // The CLI says so and exits 0.
    QTemporaryDir home;
    QProcess* cli
        = test::startCli(home.path(), { QStringLiteral("--store"), path, QStringLiteral("check") }, this);
    QVERIFY(cli->waitForFinished(60000));
    QCOMPARE(cli->exitCode(), 0);
    QVERIFY(QString::fromUtf8(cli->readAllStandardOutput()).contains(QStringLiteral("no damage found")));
}

void TestStoreCheck::damageIsReported_data()
{
    QTest::addColumn<double>("where"); // fraction of the file scribbled over from
    QTest::newRow("middle") << 0.5;
    QTest::newRow("end") << 0.85;
}

void TestStoreCheck::damageIsReported()
{
    QFETCH(double, where);
    const QString path = makeStore(300);
    QVERIFY(!path.isEmpty());
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 200000);
        f.seek(qint64(double(f.size()) * where) / 4096 * 4096);
        f.write(QByteArray(3 * 4096, '\x5a'));
    }
    const StoreError e = StoreCheck::run(path);
    QCOMPARE(int(e.code), int(StoreError::Code::Corrupt));
    QVERIFY2(e.message.contains(QStringLiteral("is damaged")), qPrintable(e.message));
    QVERIFY(e.message.contains(path));

    QTemporaryDir home;
    QProcess* cli
        = test::startCli(home.path(), { QStringLiteral("--store"), path, QStringLiteral("check") }, this);
    QVERIFY(cli->waitForFinished(60000));
    QCOMPARE(cli->exitCode(), 1);
    const QString err = QString::fromUtf8(cli->readAllStandardError());
    QVERIFY2(err.startsWith(QStringLiteral("quoteline-cli: ")) && err.contains(QStringLiteral("is damaged")),
        qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 1); // one line
}

void TestStoreCheck::cancelStopsBetweenTables()
{
    const QString path = makeStore(10);
    QVERIFY(!path.isEmpty());
    int calls = 0;
    bool cancelled = false;
    const StoreError e = StoreCheck::run(
        path,
        [&](int, int, const QString&) {
            ++calls;
            return false;
        },
        &cancelled);
    QVERIFY(!e.isError());
    QVERIFY(cancelled);
    QCOMPARE(calls, 1);
}

void TestStoreCheck::foreignFileIsRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("some notes, not a store\n");
    f.close();
    const StoreError e = StoreCheck::run(path);
    QCOMPARE(int(e.code), int(StoreError::Code::NotAStore));
    QVERIFY(!e.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestStoreCheck)
#include "tst_storecheck.moc"
