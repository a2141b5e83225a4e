#include "core/families/FamilyIndex.h"
#include "core/store/ChangeNotifier.h"
#include "core/store/Store.h"
#include "tests/common/TestStores.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ql;

// Families live in the store: they come back after reopening, follow imports and deletions,
// and the analyst's merges and splits survive a re-import of the same article.
class TestFamilyIndex : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void familiesPersistAndFollowChanges();
    void manualSplitSurvivesReimport();
    void storedStateFollowsEveryChange();

private:
    qint64 importLines(const QStringList& lines, int n);
    std::unique_ptr<QTemporaryDir> m_dir;
    Store m_store;
};

void TestFamilyIndex::init()
{
    m_store.close();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(!m_store.open(m_dir->filePath(QStringLiteral("families.qlstore"))).isError());
}

// One article whose statements are exactly `lines`.
qint64 TestFamilyIndex::importLines(const QStringList& lines, int n)
{
    Article a;
    a.title = QStringLiteral("Lines %1").arg(n);
    a.format = QStringLiteral("text");
    a.published = QDate(2020 + n, 1, 1);
    a.text = lines.join(QLatin1Char('\n'));
    a.original = a.text.toUtf8();
    a.contentHash = QCryptographicHash::hash(a.original, QCryptographicHash::Sha256).toHex();
    Extraction e;
    for (const QString& line : lines) {
        Statement s;
        s.text = line;
        s.speaker = QStringLiteral("Speaker %1").arg(n);
        s.start = int(a.text.indexOf(line));
        s.end = s.start + int(line.size());
        s.saidOn = a.published;
        e.statements << s;
    }
    return m_store.importArticle(a, e).articleId;
}

void TestFamilyIndex::familiesPersistAndFollowChanges()
{
    importLines({ QStringLiteral("There is no defence without industry."),
                    QStringLiteral("Our budget for bridges and schools grows next year.") },
        3);
    importLines({ QStringLiteral("there is no strong defense without a strong defense industry") }, 5);

    FamilyIndex index(m_store);
    QSignalSpy changed(m_store.notifier(), &ChangeNotifier::familiesChanged);
    QVERIFY(!index.load().isError());
    QCOMPARE(changed.count(), 1); // new statements were grouped and saved
    const QList<Statement> all = m_store.allStatements();
    QCOMPARE(all.size(), 3);
    const qint64 family = index.familyOf(all.at(0).id);
    QVERIFY(family > 0);
    QCOMPARE(index.familyOf(all.at(2).id), family);
    QVERIFY(index.familyOf(all.at(1).id) != family);
    const QList<StatementRow> members = index.members(family);
    QCOMPARE(members.size(), 2);
    QVERIFY(members.first().statement.saidOn <= members.last().statement.saidOn);

    // A second index over the same store restores the same grouping without regrouping.
    FamilyIndex again(m_store);
    QVERIFY(!again.load().isError());
    QCOMPARE(again.familyOf(all.at(2).id), family);

    // Import and delete: sync follows.
    importLines({ QStringLiteral("Without industry there is no defence.") }, 6);
    QVERIFY(!again.sync().isError());
    const qint64 newest = m_store.allStatements().last().id;
    QCOMPARE(again.familyOf(newest), family);
    QVERIFY(m_store.removeStatement(newest));
    QVERIFY(!again.sync().isError());
    QCOMPARE(again.familyOf(newest), 0);
    QCOMPARE(m_store.familyState().familyOfStatement.size(), 3);

    // Similar statements rank the exact line first.
    const auto hits = again.similar(QStringLiteral("There is no defense without industry"), 3);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().second.statement.id, all.at(0).id);
    QVERIFY(hits.first().first > 0.99);
}

void TestFamilyIndex::manualSplitSurvivesReimport()
{
    const qint64 articleId
        = importLines({ QStringLiteral("There is no defence without industry."),
                          QStringLiteral("There is no defence without a strong industry.") },
            1);
    FamilyIndex index(m_store);
    QVERIFY(!index.load().isError());
    QList<Statement> all = m_store.allStatements();
    QCOMPARE(index.familyOf(all.at(0).id), index.familyOf(all.at(1).id));
    FamilyEdit edit;
    QVERIFY(index.split(all.at(1).id, &edit) > 0);
    QVERIFY(index.familyOf(all.at(0).id) != index.familyOf(all.at(1).id));

    // Re-import: the article goes, comes back with new statement ids, and the split still holds.
    const auto snapshot = m_store.removeArticle(articleId);
    QVERIFY(snapshot);
    QVERIFY(!index.sync().isError());
    importLines({ QStringLiteral("There is no defence without industry."),
                    QStringLiteral("There is no defence without a strong industry.") },
        1);
    FamilyIndex fresh(m_store);
    QVERIFY(!fresh.load().isError());
    all = m_store.allStatements();
    QCOMPARE(all.size(), 2);
    QVERIFY(fresh.familyOf(all.at(0).id) != fresh.familyOf(all.at(1).id));

    // Undo of the manual split replays its recorded edit, persisted too.
    QVERIFY(!index.revert(edit).isError());
}

namespace {
void compareStates(const FamilyState& stored, const FamilyState& memory)
{
    QCOMPARE(stored.familyOfStatement, memory.familyOfStatement);
    QCOMPARE(stored.nextFamilyId, memory.nextFamilyId);
    QCOMPARE(stored.constraints.size(), memory.constraints.size());
    for (const FamilyConstraint& c : memory.constraints)
        QVERIFY(stored.constraints.contains(c));
}
} // namespace

// save() writes only what changed since the last save; the store must still end up holding
// exactly the grouping in memory after imports, edits, deletions, merges, splits and undo.
void TestFamilyIndex::storedStateFollowsEveryChange()
{
    importLines({ QStringLiteral("There is no defence without industry."),
                    QStringLiteral("Our budget for bridges and schools grows next year."),
                    QStringLiteral("Ammunition output must double by the end of the year.") },
        1);
    FamilyIndex index(m_store);
    QVERIFY(!index.load().isError());
    compareStates(m_store.familyState(), index.families().exportState());

    importLines({ QStringLiteral("there is no strong defense without a strong defense industry"),
                    QStringLiteral("Ammunition output must triple by the end of the year.") },
        2);
    QVERIFY(!index.sync().isError());
    compareStates(m_store.familyState(), index.families().exportState());

    QList<Statement> all = m_store.allStatements();
    // An edit that moves a statement out of its family, then a deletion.
    const auto edited = m_store.statementRow(all.at(4).id);
    QVERIFY(edited);
    const int start = edited->statement.start;
    QVERIFY(!m_store.setStatementSpan(all.at(4).id, start, start + 10).isError());
    QVERIFY(!index.sync().isError());
    compareStates(m_store.familyState(), index.families().exportState());
    QVERIFY(m_store.removeStatement(all.at(1).id));
    QVERIFY(!index.sync().isError());
    compareStates(m_store.familyState(), index.families().exportState());

    FamilyEdit merge;
    const qint64 merged = index.merge(index.familyOf(all.at(0).id), index.familyOf(all.at(2).id), &merge);
    QVERIFY(merged > 0);
    compareStates(m_store.familyState(), index.families().exportState());
    FamilyEdit split;
    QVERIFY(index.split(all.at(3).id, &split) > 0);
    compareStates(m_store.familyState(), index.families().exportState());
    QVERIFY(!index.revert(split).isError());
    QVERIFY(!index.revert(merge).isError());
    compareStates(m_store.familyState(), index.families().exportState());

    // A second index reads back the same grouping.
    FamilyIndex again(m_store);
    QVERIFY(!again.load().isError());
    for (const Statement& s : m_store.allStatements())
        QCOMPARE(again.familyOf(s.id), index.familyOf(s.id));
}

QTEST_GUILESS_MAIN(TestFamilyIndex)
#include "tst_familyindex.moc"
