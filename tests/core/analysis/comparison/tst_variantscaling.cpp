#include "core/analysis/comparison/VariantFamilies.h"

#include <QElapsedTimer>
#include <QtTest>

using ql::FamilyEdit;
using ql::Statement;
using ql::VariantFamilies;

// Issue 16: wire copies repeat an article verbatim, so the same quotes arrive thousands of times.
// Every copy used to search the index and find every other copy: 1,000 copies of three quotes
// took 5.7 s, 2,000 took 25.9 s (and an import of 2,000 copies 107 s on a loaded machine).
// Grouping must stay near-linear in the number of copies, for bulk adds, incremental adds,
// removals (which regroup the family) and full rebuilds, with the same families as before.
class TstVariantScaling : public QObject
{
    Q_OBJECT

private slots:
    void copiesGroupInNearLinearTime_data();
    void copiesGroupInNearLinearTime();
    void copiesJoinVariantsAsBefore();
};

namespace {

const QStringList quotes { QStringLiteral("We must double ammunition output within two years"),
    QStringLiteral("Industry needs long-term contracts before it builds new production lines"),
    QStringLiteral("No partner should be left waiting for air defence systems this winter") };

QList<Statement> copies(int count, qint64 firstId)
{
    QList<Statement> out;
    out.reserve(count * quotes.size());
    qint64 id = firstId;
    for (int c = 0; c < count; ++c) {
        for (const QString& q : quotes) {
            Statement s;
            s.id = id++;
            s.text = q;
            out.append(s);
        }
    }
    return out;
}

} // namespace

void TstVariantScaling::copiesGroupInNearLinearTime_data()
{
    QTest::addColumn<int>("count");
    QTest::addRow("1,000 copies") << 1000;
    QTest::addRow("4,000 copies") << 4000;
}

void TstVariantScaling::copiesGroupInNearLinearTime()
{
    QFETCH(int, count);
    const QList<Statement> statements = copies(count, 1);
    QElapsedTimer timer;
    timer.start();
    VariantFamilies families;
    families.add(statements);
    const qint64 bulk = timer.restart();
    QCOMPARE(families.familyCount(), qsizetype(quotes.size()));
    QCOMPARE(families.members(families.familyOf(1)).size(), qsizetype(count));

    // One more copy of each, one at a time, as an import of one more wire copy adds them.
    const qint64 next = statements.size() + 1;
    for (int i = 0; i < quotes.size(); ++i)
        QCOMPARE(families.add(next + i, quotes.at(i)), families.familyOf(1 + i));
    const qint64 incremental = timer.restart();

    // Deleting a tenth of the copies regroups all three families.
    QList<qint64> gone;
    for (qint64 id = 1; id <= statements.size(); id += 10)
        gone.append(id);
    QCOMPARE(families.remove(gone), int(gone.size()));
    const qint64 removal = timer.restart();
    QCOMPARE(families.familyCount(), qsizetype(quotes.size()));

    families.rebuild();
    const qint64 rebuild = timer.restart();
    QCOMPARE(families.familyCount(), qsizetype(quotes.size()));
    qInfo("%d copies of %d quotes: bulk add %lld ms, incremental %lld ms, removal %lld ms, rebuild %lld ms",
        count, int(quotes.size()), bulk, incremental, removal, rebuild);
    // Generous bounds for a loaded machine, far below what quadratic work takes at 4,000 copies
    // (12,000 statements, 144 million pairs).
    QVERIFY2(bulk < 4000, qPrintable(QString::number(bulk)));
    QVERIFY2(incremental < 1000, qPrintable(QString::number(incremental)));
    // Removal still unlinks each statement from its LSH bucket chains one by one (chains of all
    // the copies), so it grows faster than the rest; bounded loosely until the index removes in bulk.
    QVERIFY2(removal < 20000, qPrintable(QString::number(removal)));
    QVERIFY2(rebuild < 8000, qPrintable(QString::number(rebuild)));
}

// Copies skip the search, not the grouping: a variant of a copied quote still joins its family,
// and bulk and one-by-one adds agree.
void TstVariantScaling::copiesJoinVariantsAsBefore()
{
    QList<Statement> statements = copies(50, 1);
    Statement variant;
    variant.id = 1000;
    variant.text = QStringLiteral("we must double our ammunition output within two years");
    statements.append(variant);
    Statement other;
    other.id = 1001;
    other.text = QStringLiteral("The weather in Brussels was cold and grey all week");
    statements.append(other);

    VariantFamilies bulk;
    bulk.add(statements);
    VariantFamilies single;
    for (const Statement& s : std::as_const(statements))
        single.add(s.id, s.text);
    for (VariantFamilies* f : { &bulk, &single }) {
        QCOMPARE(f->familyOf(1000), f->familyOf(1));
        QVERIFY(f->familyOf(1001) != f->familyOf(1));
        QCOMPARE(f->members(f->familyOf(1)).size(), qsizetype(51));
        QCOMPARE(f->familyCount(), qsizetype(quotes.size() + 1));
    }
    // Splitting one copy moves all its identical copies with it, and undo restores the family.
    const qint64 before = bulk.familyOf(1);
    FamilyEdit edit;
    const qint64 split = bulk.split(1, &edit);
    QVERIFY(split != 0);
    QCOMPARE(bulk.familyOf(4), bulk.familyOf(1));
    QVERIFY(bulk.familyOf(1000) != bulk.familyOf(1));
    QVERIFY(bulk.revert(edit));
    QCOMPARE(bulk.familyOf(1), before);
    QCOMPARE(bulk.familyOf(1000), before);
}

QTEST_GUILESS_MAIN(TstVariantScaling)
#include "tst_variantscaling.moc"
