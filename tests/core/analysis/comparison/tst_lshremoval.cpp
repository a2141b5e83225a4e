#include "core/analysis/comparison/MinHashLshIndex.h"

#include <QTest>

#include <algorithm>

using namespace ql;

// Issue 17 (from issue 16): removing many statements at once walks each shared bucket once, and
// leaves exactly the index that removing them one by one leaves.
class TestLshRemoval : public QObject
{
    Q_OBJECT

private slots:
    void batchEqualsOneByOne_data();
    void batchEqualsOneByOne();
};

void TestLshRemoval::batchEqualsOneByOne_data()
{
    QTest::addColumn<int>("copies");
    QTest::addColumn<bool>("newestFirst");
    QTest::newRow("3 copies") << 3 << false;
    QTest::newRow("3000 copies, oldest first") << 3000 << false;
    QTest::newRow("3000 copies, newest first") << 3000 << true;
}

void TestLshRemoval::batchEqualsOneByOne()
{
    QFETCH(int, copies);
    QFETCH(bool, newestFirst);
    const QString copy = QStringLiteral("There is no defence without a strong defence industry.");
    const QStringList others = { QStringLiteral("Without any industry there is no defence at all."),
        QStringLiteral("Ammunition output must double by the end of the year."),
        QStringLiteral("Our budget for bridges and schools grows next year.") };
    MinHashLshIndex batch;
    MinHashLshIndex single;
    QList<qint64> gone;
    qint64 id = 1;
    for (int i = 0; i < copies; ++i) {
        batch.add(id, copy);
        single.add(id, copy);
        gone << id++;
        if (i % 500 == 0) {
            for (const QString& o : others) {
                batch.add(id, o);
                single.add(id, o);
                ++id;
            }
        }
    }
    if (newestFirst)
        std::reverse(gone.begin(), gone.end());
    gone << 999999; // unknown ids are skipped
    QCOMPARE(batch.remove(gone), copies);
    for (const qint64 g : std::as_const(gone))
        single.remove(g);
    QCOMPARE(batch.size(), single.size());
    QCOMPARE(batch.ids(), single.ids());
    QVERIFY(batch.query(copy, 0, 0.99).isEmpty());
    for (const QString& o : others + QStringList { copy }) {
        const QList<SimilarHit> a = batch.query(o, 0);
        const QList<SimilarHit> b = single.query(o, 0);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).id, b.at(i).id);
            QCOMPARE(a.at(i).similarity, b.at(i).similarity);
        }
    }
    QCOMPARE(batch.similarPairs(0.5, 1).size(), single.similarPairs(0.5, 1).size());
    // The freed slots are reused: adding again finds the survivors as before.
    batch.add(id, copy);
    QVERIFY(!batch.similarTo(id, 0, 0.5).isEmpty());
}

QTEST_GUILESS_MAIN(TestLshRemoval)
#include "tst_lshremoval.moc"
