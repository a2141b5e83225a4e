#include "core/analysis/comparison/MinHashLshIndex.h"
#include "tests/core/analysis/comparison/SyntheticCorpus.h"

#include <QtTest>

using ql::MinHashLshIndex;

class TstMinHashLshIndex : public QObject
{
    Q_OBJECT

private slots:
    void rankedQuery();
    void limitAndThreshold();
    void similarToExcludesItself();
    void removeAndReplace();
    void emptyTexts();
    void deterministic();
    void stopWordOverlapStaysLow_data();
    void stopWordOverlapStaysLow();
    void recallAgainstAllPairs();
};

namespace {
void fill(MinHashLshIndex& index)
{
    index.add(1, QStringLiteral("The coastal guard needs new patrol boats before winter"));
    index.add(2, QStringLiteral("the coastal guard needs new patrol boats before the winter"));
    index.add(3, QStringLiteral("Coastal guard: new patrol boats needed before winter storms"));
    index.add(4, QStringLiteral("Farmers expect a late harvest of barley this year"));
    index.add(5, QStringLiteral("The museum opens a new wing for ancient maps"));
}
} // namespace

void TstMinHashLshIndex::rankedQuery()
{
    MinHashLshIndex index;
    fill(index);
    const auto hits = index.query(
        QStringLiteral("\u201CThe coastal guard needs new patrol boats before winter.\u201D"), 10);
    QVERIFY(hits.size() >= 3);
    QCOMPARE(hits.at(0).id, 1);
    QCOMPARE(hits.at(0).similarity, 1.0);
    QCOMPARE(hits.at(1).id, 2);
    QCOMPARE(hits.at(2).id, 3);
    for (int i = 1; i < hits.size(); ++i)
        QVERIFY(hits.at(i - 1).similarity >= hits.at(i).similarity);
    for (const auto& hit : hits)
        QVERIFY(hit.id != 4);
}

void TstMinHashLshIndex::limitAndThreshold()
{
    MinHashLshIndex index;
    fill(index);
    const QString query = QStringLiteral("The coastal guard needs new patrol boats before winter");
    QCOMPARE(index.query(query, 1).size(), 1);
    const auto strict = index.query(query, 0, 0.95);
    QCOMPARE(strict.size(), 2); // 1 and 2 differ only by a stop word
    QCOMPARE(index.similarity(1, 2), strict.at(1).similarity);
    QCOMPARE(index.similarity(1, 99), -1.0);
}

void TstMinHashLshIndex::similarToExcludesItself()
{
    MinHashLshIndex index;
    fill(index);
    const auto hits = index.similarTo(1, 10, 0.5);
    QVERIFY(!hits.isEmpty());
    for (const auto& hit : hits)
        QVERIFY(hit.id != 1);
    QCOMPARE(hits.at(0).id, 2);
    QVERIFY(index.similarTo(42, 10).isEmpty());
}

void TstMinHashLshIndex::removeAndReplace()
{
    MinHashLshIndex index;
    fill(index);
    QCOMPARE(index.size(), 5);
    QVERIFY(index.remove(2));
    QVERIFY(!index.remove(2));
    QCOMPARE(index.size(), 4);
    for (const auto& hit : index.query(QStringLiteral("the coastal guard needs new patrol boats"), 0))
        QVERIFY(hit.id != 2);
    index.add(1, QStringLiteral("Farmers expect a late harvest of barley this year"));
    QCOMPARE(index.size(), 4);
    const auto hits = index.similarTo(4, 0, 0.99);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).id, 1);
    QCOMPARE(index.ids(), QList<qint64>({ 1, 3, 4, 5 }));
}

void TstMinHashLshIndex::emptyTexts()
{
    MinHashLshIndex index;
    index.add(7, QString());
    index.add(8, QStringLiteral("..."));
    QCOMPARE(index.size(), 2);
    QVERIFY(index.query(QString(), 10).isEmpty());
    QVERIFY(index.similarTo(7, 10).isEmpty());
    QVERIFY(index.remove(7));
}

void TstMinHashLshIndex::deterministic()
{
    MinHashLshIndex a;
    MinHashLshIndex b;
    SyntheticCorpus corpusA(7, 2000);
    SyntheticCorpus corpusB(7, 2000);
    for (int i = 1; i <= 500; ++i) {
        a.add(i, corpusA.next());
        b.add(i, corpusB.next());
    }
    for (int id = 1; id <= 500; id += 37) {
        const auto hitsA = a.similarTo(id, 5);
        const auto hitsB = b.similarTo(id, 5);
        QCOMPARE(hitsA.size(), hitsB.size());
        for (int i = 0; i < hitsA.size(); ++i) {
            QCOMPARE(hitsA.at(i).id, hitsB.at(i).id);
            QCOMPARE(hitsA.at(i).similarity, hitsB.at(i).similarity);
        }
    }
}

void TstMinHashLshIndex::stopWordOverlapStaysLow_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("we need to") << QStringLiteral("We need to do more and we need to do it now")
                                << QStringLiteral("We need to be ready and we need to be there for them");
    QTest::newRow("there is no") << QStringLiteral("There is no time to lose")
                                 << QStringLiteral("There is no doubt about it");
    QTest::newRow("it is") << QStringLiteral("It is what it is for all of us")
                           << QStringLiteral("It is for all of us to decide what comes next");
}

void TstMinHashLshIndex::stopWordOverlapStaysLow()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const ql::WeightedJaccard weighted;
    const ql::WeightedJaccard plain(1.0);
    // Below the family threshold, although most of their words are shared.
    QVERIFY2(weighted.similarity(a, b) < 0.5, qPrintable(QString::number(weighted.similarity(a, b))));
    QVERIFY2(plain.similarity(a, b) >= 0.3, qPrintable(QString::number(plain.similarity(a, b))));
}

// The index must find at least 95 % of the pairs an exact all-pairs scan finds at >= 0.5.
void TstMinHashLshIndex::recallAgainstAllPairs()
{
    constexpr int count = 3000;
    SyntheticCorpus corpus(20240612, 5000);
    MinHashLshIndex index;
    std::vector<ql::WeightedJaccard::TokenSet> sets;
    for (int i = 0; i < count; ++i) {
        const QString text = corpus.next();
        index.add(i, text);
        sets.push_back(index.measure().tokenSet(text));
    }
    int exact = 0;
    int found = 0;
    for (int i = 0; i < count; ++i) {
        QSet<qint64> hits;
        for (const auto& hit : index.similarTo(i, 0, 0.5))
            hits.insert(hit.id);
        for (int j = i + 1; j < count; ++j) {
            const double s = index.measure().similarity(sets[size_t(i)], sets[size_t(j)]);
            if (s >= 0.5) {
                ++exact;
                if (hits.contains(j))
                    ++found;
            } else {
                QVERIFY(!hits.contains(j)); // verified similarity never lies
            }
        }
    }
    QVERIFY2(exact > 200, qPrintable(QString::number(exact)));
    const double recall = double(found) / double(exact);
    qInfo("pairs >= 0.5: %d, found %d, recall %.4f", exact, found, recall);
    QVERIFY(recall >= 0.95);
}

QTEST_GUILESS_MAIN(TstMinHashLshIndex)
#include "tst_minhashlshindex.moc"
