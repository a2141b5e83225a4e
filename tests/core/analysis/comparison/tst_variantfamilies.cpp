#include "core/analysis/comparison/VariantFamilies.h"
#include "tests/core/analysis/comparison/SyntheticCorpus.h"

#include <QtTest>

using ql::FamilyEdit;
using ql::VariantFamilies;

class TstVariantFamilies : public QObject
{
    Q_OBJECT

private slots:
    void industryLineFamily();
    void distractorsStayApart_data();
    void distractorsStayApart();
    void rebuildKeepsFamiliesAndIds();
    void removingABridgeSplitsTheFamily();
    void mergeWithUndoRedo();
    void splitWithUndoRedo();
    void constraintsSurviveRebuildAndReimport();
    void exportRestoreRoundTrip();
    void bulkAddGroupsLikeOneByOne();
    void unknownArguments();
};

namespace {
// The line as said in Kyiv 2023, Stockholm 2023, Washington 2024 and Bucharest 2025 (issue 5).
const QStringList industryLines {
    QStringLiteral("There is no defence without industry"),
    QStringLiteral("without industry, there is no defence, no deterrence and no security"),
    QStringLiteral("There is no way to provide a strong defense without a strong defense industry"),
    QStringLiteral("there is no strong defense without a strong defense industry."),
};

QStringList distractors()
{
    return { QStringLiteral("There is no time to waste"),
        QStringLiteral("The defence industry must ramp up production"),
        QStringLiteral("We need a strong industrial base in Europe"),
        QStringLiteral("Without doubt, there is much more to do"),
        QStringLiteral("There is no alternative to dialogue"),
        QStringLiteral("Investors think the defence industry is somehow unethical"),
        QStringLiteral("Deterrence and defence remain the core of the alliance"),
        QStringLiteral("A strong economy needs a strong energy sector") };
}

VariantFamilies withIndustryLines()
{
    VariantFamilies families;
    for (int i = 0; i < industryLines.size(); ++i)
        families.add(i + 1, industryLines.at(i));
    const QStringList others = distractors();
    for (int i = 0; i < others.size(); ++i)
        families.add(100 + i, others.at(i));
    return families;
}
} // namespace

void TstVariantFamilies::industryLineFamily()
{
    const VariantFamilies families = withIndustryLines();
    const qint64 family = families.familyOf(1);
    QVERIFY(family != 0);
    QCOMPARE(families.members(family), QList<qint64>({ 1, 2, 3, 4 }));
    // The same holds whatever the order of arrival.
    VariantFamilies reversed;
    for (int i = industryLines.size() - 1; i >= 0; --i)
        reversed.add(i + 1, industryLines.at(i));
    QCOMPARE(reversed.members(reversed.familyOf(4)), QList<qint64>({ 1, 2, 3, 4 }));
}

void TstVariantFamilies::distractorsStayApart_data()
{
    QTest::addColumn<int>("index");
    const QStringList others = distractors();
    for (int i = 0; i < others.size(); ++i)
        QTest::newRow(qPrintable(others.at(i))) << i;
}

void TstVariantFamilies::distractorsStayApart()
{
    QFETCH(int, index);
    const VariantFamilies families = withIndustryLines();
    const qint64 id = 100 + index;
    QCOMPARE(families.members(families.familyOf(id)), QList<qint64>({ id }));
}

void TstVariantFamilies::rebuildKeepsFamiliesAndIds()
{
    VariantFamilies families = withIndustryLines();
    const auto before = families.exportState().familyOfStatement;
    families.rebuild();
    QCOMPARE(families.exportState().familyOfStatement, before);
    QCOMPARE(families.familyCount(), qsizetype(1 + distractors().size()));
}

void TstVariantFamilies::removingABridgeSplitsTheFamily()
{
    VariantFamilies families;
    families.add(1, QStringLiteral("Harbour cranes unload grain ships at dawn"));
    families.add(2, QStringLiteral("Harbour cranes unload grain ships at dawn and dusk every day"));
    families.add(3, QStringLiteral("cranes unload grain ships at dusk every day in the northern port"));
    const qint64 family = families.familyOf(1);
    QCOMPARE(families.members(family), QList<qint64>({ 1, 2, 3 }));
    QVERIFY(families.remove(2));
    QVERIFY(!families.contains(2));
    QVERIFY(families.familyOf(1) != families.familyOf(3));
    QVERIFY(families.familyOf(1) == family || families.familyOf(3) == family);
    families.add(2, QStringLiteral("Harbour cranes unload grain ships at dawn and dusk every day"));
    QCOMPARE(families.familyOf(1), families.familyOf(3));
}

void TstVariantFamilies::mergeWithUndoRedo()
{
    VariantFamilies families = withIndustryLines();
    const qint64 industry = families.familyOf(1);
    const qint64 other = families.familyOf(101); // "The defence industry must ramp up production"
    QVERIFY(industry != other);
    FamilyEdit edit;
    QCOMPARE(families.merge(industry, other, &edit), industry);
    QCOMPARE(families.familyOf(101), industry);
    QCOMPARE(families.members(industry).size(), 5);
    QVERIFY(!edit.isEmpty());
    QVERIFY(families.revert(edit));
    QCOMPARE(families.familyOf(101), other);
    QCOMPARE(families.familyOf(1), industry);
    QCOMPARE(families.members(industry).size(), 4);
    QVERIFY(families.reapply(edit));
    QCOMPARE(families.familyOf(101), industry);
    QVERIFY(!families.reapply(FamilyEdit())); // nothing recorded, nothing to do
}

void TstVariantFamilies::splitWithUndoRedo()
{
    VariantFamilies families = withIndustryLines();
    const qint64 industry = families.familyOf(1);
    FamilyEdit edit;
    const qint64 alone = families.split(2, &edit);
    QVERIFY(alone != 0);
    QVERIFY(alone != industry);
    QCOMPARE(families.members(alone), QList<qint64>({ 2 }));
    QCOMPARE(families.members(industry), QList<qint64>({ 1, 3, 4 }));
    QVERIFY(families.revert(edit));
    QCOMPARE(families.members(industry), QList<qint64>({ 1, 2, 3, 4 }));
    QVERIFY(families.reapply(edit));
    QCOMPARE(families.familyOf(2), alone);
    QCOMPARE(families.members(industry), QList<qint64>({ 1, 3, 4 }));
}

void TstVariantFamilies::constraintsSurviveRebuildAndReimport()
{
    VariantFamilies families = withIndustryLines();
    const qint64 industry = families.familyOf(1);
    families.split(2);
    families.merge(industry, families.familyOf(101));
    families.rebuild();
    QCOMPARE(families.members(industry), QList<qint64>({ 1, 3, 4, 101 }));
    QVERIFY(families.familyOf(2) != industry);

    // Re-import: same texts, new statement ids.
    families.remove(2);
    families.remove(101);
    families.add(202, industryLines.at(1));
    families.add(301, distractors().at(1));
    QCOMPARE(families.familyOf(301), industry);
    QVERIFY(families.familyOf(202) != industry);
    families.rebuild();
    QCOMPARE(families.members(industry), QList<qint64>({ 1, 3, 4, 301 }));
}

void TstVariantFamilies::exportRestoreRoundTrip()
{
    VariantFamilies families = withIndustryLines();
    const qint64 industry = families.familyOf(1);
    const qint64 alone = families.split(4);
    const ql::FamilyState state = families.exportState();
    QCOMPARE(state.constraints.size(), 3); // line 4 cannot join lines 1, 2 and 3

    QList<ql::Statement> statements;
    for (int i = 0; i < industryLines.size(); ++i) {
        ql::Statement s;
        s.id = i + 1;
        s.text = industryLines.at(i);
        statements << s;
    }
    ql::Statement fresh; // imported after the state was saved
    fresh.id = 50;
    fresh.text = QStringLiteral("There is no real defence without an industry");
    statements << fresh;

    VariantFamilies restored;
    restored.restore(statements, state);
    QCOMPARE(restored.familyOf(1), industry);
    QCOMPARE(restored.familyOf(4), alone);
    QCOMPARE(restored.familyOf(50), industry);
    QCOMPARE(restored.constraints().size(), 3);
    QVERIFY(restored.exportState().nextFamilyId >= state.nextFamilyId);
    restored.rebuild();
    QCOMPARE(restored.familyOf(4), alone);
    // Line 3 reached the family only through line 4 (single linkage), so it left with the split.
    QCOMPARE(restored.members(industry), QList<qint64>({ 1, 2, 50 }));
}

namespace {
// Families as sets of members, whatever their ids: what grouping decided, not how it numbered.
QSet<QList<qint64>> partition(const VariantFamilies& families)
{
    QSet<QList<qint64>> out;
    for (const qint64 family : families.familyIds())
        out.insert(families.members(family));
    return out;
}
} // namespace

void TstVariantFamilies::bulkAddGroupsLikeOneByOne()
{
    // Enough statements for the bulk path to search on worker threads; variants are planted, so
    // there are real multi-member families to get right.
    SyntheticCorpus corpus(11);
    QList<ql::Statement> first;
    QList<ql::Statement> second;
    for (int i = 1; i <= 6000; ++i) {
        ql::Statement s;
        s.id = i;
        s.text = corpus.next();
        (i <= 3000 ? first : second) << s;
    }
    VariantFamilies oneByOne;
    for (const ql::Statement& s : first + second)
        oneByOne.add(s.id, s.text);
    VariantFamilies bulk;
    bulk.add(first);
    bulk.add(second); // joins families of the first half, as an import into a filled store does
    QCOMPARE(bulk.statementCount(), oneByOne.statementCount());
    const auto expected = partition(oneByOne);
    QCOMPARE(partition(bulk), expected);
    const qsizetype shared = std::count_if(
        expected.cbegin(), expected.cend(), [](const QList<qint64>& members) { return members.size() > 1; });
    QVERIFY2(shared > 100, "the corpus should plant many multi-member families");

    // Re-adding known ids with new text replaces them, as one-by-one add() does.
    QList<ql::Statement> edited = first.mid(0, 10);
    for (ql::Statement& s : edited)
        s.text = QStringLiteral("An entirely different sentence number %1 about ports").arg(s.id);
    bulk.add(edited);
    for (const ql::Statement& s : std::as_const(edited))
        oneByOne.add(s.id, s.text);
    QCOMPARE(partition(bulk), partition(oneByOne));

    // Removing many at once regroups what is left as removing them one by one does.
    QList<qint64> gone;
    for (qint64 id = 1; id <= 6000; id += 7)
        gone << id;
    gone << 999999; // unknown ids are skipped
    QCOMPARE(bulk.remove(gone), int(gone.size()) - 1);
    for (const qint64 id : std::as_const(gone))
        oneByOne.remove(id);
    QCOMPARE(bulk.statementCount(), oneByOne.statementCount());
    QCOMPARE(partition(bulk), partition(oneByOne));
}

void TstVariantFamilies::unknownArguments()
{
    VariantFamilies families = withIndustryLines();
    QCOMPARE(families.familyOf(999), 0);
    FamilyEdit edit;
    QCOMPARE(families.split(999, &edit), 0);
    QCOMPARE(families.merge(families.familyOf(1), 12345, &edit), 0);
    QVERIFY(families.members(12345).isEmpty());
    QVERIFY(!families.remove(999));
    QVERIFY(edit.isEmpty());
    QVERIFY(!families.revert(edit));
}

QTEST_GUILESS_MAIN(TstVariantFamilies)
#include "tst_variantfamilies.moc"
