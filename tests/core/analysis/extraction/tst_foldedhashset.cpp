// FoldedHashSet stands in for QSet<quint64> in the article lexicon: after any sequence of inserts it
// must answer contains() and size() exactly as QSet does, across its growth and for the hash 0 it
// keeps aside.
#include "core/analysis/extraction/FoldedHashSet.h"

#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace ql;

class TestFoldedHashSet : public QObject
{
    Q_OBJECT

private slots:
    void matchesQSet_data();
    void matchesQSet();
    void reserveKeepsContents();
};

void TestFoldedHashSet::matchesQSet_data()
{
    QTest::addColumn<QList<quint64>>("inserted");
    QTest::addColumn<QList<quint64>>("asked");
    QTest::newRow("empty") << QList<quint64>() << QList<quint64> { 0, 1, ~quint64(0) };
    QTest::newRow("zero kept aside") << QList<quint64> { 0, 0, 5 } << QList<quint64> { 0, 5, 6 };
    QTest::newRow("duplicates") << QList<quint64> { 7, 7, 7, 8 } << QList<quint64> { 7, 8, 9 };
    // Same low bits, so they share a first slot and probe past each other.
    QList<quint64> colliding;
    for (quint64 k = 1; k <= 40; ++k)
        colliding.append(k << 40);
    QTest::newRow("colliding slots") << colliding
                                     << QList<quint64> { quint64(1) << 40, quint64(41) << 40, 1 };
    // Enough to grow the table several times; the asked values hit and miss.
    QRandomGenerator rng(20240314);
    QList<quint64> many;
    QList<quint64> asked;
    for (int i = 0; i < 5000; ++i) {
        many.append(rng.generate64() % 3000);
        asked.append(rng.generate64() % 6000);
    }
    QTest::newRow("growth") << many << asked;
}

void TestFoldedHashSet::matchesQSet()
{
    QFETCH(QList<quint64>, inserted);
    QFETCH(QList<quint64>, asked);
    FoldedHashSet set;
    QSet<quint64> reference;
    for (const quint64 h : std::as_const(inserted)) {
        set.insert(h);
        reference.insert(h);
        QCOMPARE(set.size(), reference.size());
    }
    for (const quint64 h : std::as_const(inserted))
        QVERIFY(set.contains(h));
    for (const quint64 h : std::as_const(asked))
        QCOMPARE(set.contains(h), reference.contains(h));
}

void TestFoldedHashSet::reserveKeepsContents()
{
    FoldedHashSet set;
    for (quint64 h = 0; h < 100; ++h)
        set.insert(h * 2654435761U);
    set.reserve(10000);
    set.reserve(10); // never shrinks
    QCOMPARE(set.size(), qsizetype(100));
    for (quint64 h = 0; h < 100; ++h) {
        QVERIFY(set.contains(h * 2654435761U));
        QVERIFY(!set.contains(h * 2654435761U + 1));
    }
}

QTEST_GUILESS_MAIN(TestFoldedHashSet)
#include "tst_foldedhashset.moc"
