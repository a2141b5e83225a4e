#include "core/analysis/comparison/TextNormalizer.h"
#include "core/analysis/comparison/VariantFamilies.h"
#include "core/families/FamilyIndex.h"
#include "core/store/ChangeNotifier.h"
#include "core/store/Store.h"
#include "core/store/testing/StoreDump.h"
#include "core/store/testing/StoreFixtureFile.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ql;

// Issue 17: the variant-family index is persisted (schema 8). Each statement's signature is written
// with the statement, so restoring the families hashes nothing, `similar` is a look-up by band in the
// store, and the keys follow imports, deletions, edits and undo in the same transactions.
class TestVariantKeys : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void openHashesNothing();
    void keysMatchTheTexts_data();
    void keysMatchTheTexts();
    void undoRestoresKeysExactly();
    void editedTextIsHashedAgain();
    void olderStoreIsHashedOnce();
    void similarIsALookUp();

private:
    qint64 importLines(const QStringList& lines, int n);
    // Fails the test when the stored signatures are not exactly those of the stored texts.
    void verifyInSync();
    std::unique_ptr<QTemporaryDir> m_dir;
    Store m_store;
    QString m_path;
};

namespace {

const QStringList kLines = {
    QStringLiteral("There is no defence without industry."),
    QStringLiteral("Our budget for bridges and schools grows next year."),
    QStringLiteral("there is no strong defense without a strong defense industry"),
    QStringLiteral("Ammunition output must double by the end of the year."),
    QStringLiteral("Ammunition output must triple by the end of the year."),
    QStringLiteral("Without industry there is no defence."),
};

VariantSignature hashed(const Statement& s)
{
    const MinHashLshIndex index;
    const auto tokens = TextNormalizer().tokenize(s.text);
    MinHashLshIndex::Prepared p = index.prepare(s.id, tokens);
    VariantSignature out;
    out.statementId = s.id;
    out.textKey = TextNormalizer::fingerprint(tokens);
    out.tokens = p.tokens;
    out.bandKeys = p.bandKeys;
    return out;
}

bool sameSignature(const VariantSignature& a, const VariantSignature& b)
{
    return a.statementId == b.statementId && a.textKey == b.textKey && a.tokens == b.tokens
        && a.bandKeys == b.bandKeys;
}

} // namespace

void TestVariantKeys::init()
{
    m_store.close();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("keys.qlstore"));
    QVERIFY(!m_store.open(m_path).isError());
}

qint64 TestVariantKeys::importLines(const QStringList& lines, int n)
{
    Article a;
    a.title = QStringLiteral("Lines %1").arg(n);
    a.format = QStringLiteral("text");
    a.published = QDate(2020, 1, 1).addDays(n);
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

void TestVariantKeys::verifyInSync()
{
    const QList<Statement> statements = m_store.allStatements();
    const QList<VariantSignature> stored = m_store.variantSignatures();
    QCOMPARE(stored.size(), statements.size());
    for (qsizetype i = 0; i < statements.size(); ++i)
        QVERIFY2(sameSignature(stored.at(i), hashed(statements.at(i))),
            qPrintable(QStringLiteral("statement %1").arg(statements.at(i).id)));
    QVERIFY(m_store.variantKeysCurrent());
}

// Keys are written with the statements: loading the families (and loading them again after a
// reopen) hashes no statement, and gives exactly the grouping of hashing every text in memory.
void TestVariantKeys::openHashesNothing()
{
    for (int i = 0; i < 20; ++i)
        importLines({ kLines.at(i % kLines.size()) + QStringLiteral(" Report %1.").arg(i / kLines.size()),
                        QStringLiteral("Unrelated line number %1 about harbours.").arg(i) },
            i);
    FamilyIndex index(m_store);
    QVERIFY(!index.load().isError());
    QCOMPARE(index.lastHashed(), 0);
    QCOMPARE(index.families().statementCount(), 40);

    VariantFamilies fromTexts;
    fromTexts.restore(m_store.allStatements(), FamilyState());
    QCOMPARE(index.families().exportState().familyOfStatement, fromTexts.exportState().familyOfStatement);

    m_store.close();
    QVERIFY(!m_store.open(m_path).isError());
    FamilyIndex again(m_store);
    QSignalSpy saved(m_store.notifier(), &ChangeNotifier::familiesChanged);
    QVERIFY(!again.load().isError());
    QCOMPARE(again.lastHashed(), 0);
    QCOMPARE(saved.count(), 0); // nothing to place, nothing written
    QCOMPARE(
        again.families().exportState().familyOfStatement, index.families().exportState().familyOfStatement);
    verifyInSync();
}

void TestVariantKeys::keysMatchTheTexts_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("import") << QStringLiteral("import");
    QTest::newRow("delete statement") << QStringLiteral("delete statement");
    QTest::newRow("delete article") << QStringLiteral("delete article");
    QTest::newRow("add statement") << QStringLiteral("add statement");
}

void TestVariantKeys::keysMatchTheTexts()
{
    QFETCH(QString, change);
    const qint64 first = importLines(kLines.mid(0, 3), 1);
    importLines(kLines.mid(3), 2);
    verifyInSync();
    const QList<Statement> before = m_store.allStatements();
    if (change == QLatin1String("import")) {
        importLines({ QStringLiteral("No defence without a defence industry, she said.") }, 3);
    } else if (change == QLatin1String("delete statement")) {
        QVERIFY(m_store.removeStatement(before.at(1).id));
    } else if (change == QLatin1String("delete article")) {
        QVERIFY(m_store.removeArticle(first));
    } else {
        const auto article = m_store.article(first);
        QVERIFY(article);
        Statement s;
        s.articleId = first;
        s.start = 0;
        s.end = 8;
        s.speaker = QStringLiteral("Analyst");
        QVERIFY(!m_store.addStatement(s, {}).isError());
    }
    verifyInSync();
    FamilyIndex index(m_store);
    QVERIFY(!index.load().isError());
    QCOMPARE(index.lastHashed(), 0);
}

// Undo of a deletion puts back the very same keys: the dump and the signatures equal the ones
// before the deletion. (Family ids are not part of it: a statement that leaves and comes back
// joins a family under a new id, as it always did; ids are never reused.)
void TestVariantKeys::undoRestoresKeysExactly()
{
    const qint64 first = importLines(kLines.mid(0, 3), 1);
    importLines(kLines.mid(3), 2);
    FamilyIndex index(m_store);
    QVERIFY(!index.load().isError());
    const auto dump = [this] {
        QStringList rows = test::dumpStore(m_path);
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                       [](const QString& r) {
                           return r.startsWith(QLatin1String("statement_families|"))
                               || r.contains(QLatin1String("next_family_id"));
                       }),
            rows.end());
        return rows;
    };
    const QStringList dumpBefore = dump();
    const QList<VariantSignature> keysBefore = m_store.variantSignatures();

    const auto snapshot = m_store.removeArticle(first);
    QVERIFY(snapshot);
    QVERIFY(!index.sync().isError());
    QCOMPARE(m_store.variantSignatures().size(), keysBefore.size() - 3);
    QVERIFY(!m_store.restoreArticle(*snapshot).isError());
    QVERIFY(!index.sync().isError());
    QCOMPARE(index.lastHashed(), 0); // restored with its keys, not hashed afterwards

    QCOMPARE(dump(), dumpBefore);
    const QList<VariantSignature> keysAfter = m_store.variantSignatures();
    QCOMPARE(keysAfter.size(), keysBefore.size());
    for (qsizetype i = 0; i < keysAfter.size(); ++i)
        QVERIFY(sameSignature(keysAfter.at(i), keysBefore.at(i)));
}

void TestVariantKeys::editedTextIsHashedAgain()
{
    importLines(kLines, 1);
    FamilyIndex index(m_store);
    QVERIFY(!index.load().isError());
    const QList<Statement> all = m_store.allStatements();
    const auto row = m_store.statementRow(all.at(2).id);
    QVERIFY(row);
    QVERIFY(
        !m_store.setStatementSpan(all.at(2).id, row->statement.start, row->statement.start + 12).isError());
    QVERIFY(!index.sync().isError());
    QCOMPARE(index.lastHashed(), 1); // the edited statement only
    verifyInSync();
    QVERIFY(!index.sync().isError());
    QCOMPARE(index.lastHashed(), 0);
}

// A store written before schema 8 has no keys: they are made once, at the first load.
void TestVariantKeys::olderStoreIsHashedOnce()
{
    m_store.close();
    const QString old = m_dir->filePath(QStringLiteral("old.qlstore"));
    QStringList sql;
    sql << QStringLiteral("INSERT INTO articles(id, title, format, original, text, content_hash, imported_at)"
                          " VALUES (1, 'Old', 'text', x'00', 'text', 'h1', '2024-01-01')");
    for (int i = 0; i < kLines.size(); ++i) {
        QString text = kLines.at(i);
        text.replace(QLatin1Char('\''), QStringLiteral("''"));
        sql << QStringLiteral(
            "INSERT INTO statements(id, article_id, text, kind) VALUES (%1, 1, '%2', 'quote')")
                   .arg(i + 1)
                   .arg(text);
    }
    QCOMPARE(test::StoreFixtureFile::create(old, 7, sql), QString());
    QVERIFY(!m_store.open(old).isError());
    QVERIFY(!m_store.variantKeysCurrent());
    FamilyIndex index(m_store);
    QVERIFY(!index.load().isError());
    QCOMPARE(index.lastHashed(), int(kLines.size()));
    verifyInSync();
    FamilyIndex again(m_store);
    QVERIFY(!again.load().isError());
    QCOMPARE(again.lastHashed(), 0);
    QCOMPARE(again.familyOf(1), again.familyOf(3)); // defence / defense industry
}

// similar() needs no load(): the store's band look-up finds what the in-memory index finds.
void TestVariantKeys::similarIsALookUp()
{
    for (int i = 0; i < 30; ++i)
        importLines({ kLines.at(i % kLines.size()) + QStringLiteral(" Said on day %1.").arg(i) }, i);
    const FamilyIndex lookup(m_store);
    QCOMPARE(lookup.families().statementCount(), 0);
    const QString probe = QStringLiteral("There is no defense without industry");
    const auto hits = lookup.similar(probe, 5);
    QVERIFY(!hits.isEmpty());
    QVERIFY(hits.first().second.statement.text.startsWith(kLines.at(0)));

    VariantFamilies memory;
    memory.restore(m_store.allStatements(), FamilyState());
    const QList<SimilarHit> expected = memory.similar(probe, 5);
    QCOMPARE(hits.size(), expected.size());
    for (qsizetype i = 0; i < hits.size(); ++i) {
        QCOMPARE(hits.at(i).second.statement.id, expected.at(i).id);
        QCOMPARE(hits.at(i).first, expected.at(i).similarity);
    }
    QVERIFY(lookup.similar(QStringLiteral("completely different words about harbours"), 5).isEmpty());
}

QTEST_GUILESS_MAIN(TestVariantKeys)
#include "tst_variantkeys.moc"
