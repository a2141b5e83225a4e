// The speaker ids an import batch caches (issue 17: each statement asked the store for its speaker
// by name): a speaker added by an article that then fails is gone with that article's savepoint,
// and the next article naming the same speaker must get a real row, not the cached id of the row
// that was rolled back. Compared with what the same imports give without a batch.
#include "core/store/ImportBatch.h"
#include "core/store/Store.h"
#include "core/store/testing/StoreDump.h"
#include "tests/common/TestStores.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace ql;

class TestImportSpeakerCache : public QObject
{
    Q_OBJECT

private slots:
    void failedArticleDoesNotLeaveItsSpeakerCached_data();
    void failedArticleDoesNotLeaveItsSpeakerCached();

private:
    QTemporaryDir m_dir;
};

namespace {

Extraction spokenBy(const Article& a, const QString& speaker)
{
    Extraction e = test::sampleExtraction(a);
    for (Statement& s : e.statements)
        s.speaker = speaker;
    return e;
}

// Imports b (fails after its first statement, which names a new speaker), then c and d by the same
// new speaker; returns the store's dump and how many statements name a speaker that exists.
QStringList importSequence(Store& store, bool batched, int* resolved)
{
    const Article a = test::sampleArticle(1);
    if (store.importArticle(a, test::sampleExtraction(a)).error.isError())
        return { QStringLiteral("first import failed") };
    const qint64 takenId = store.statementRows(0, 0, 1).first().statement.id;
    const QString newcomer = QStringLiteral("Ilse Newcomer");
    const Article b = test::sampleArticle(2);
    Extraction broken = spokenBy(b, newcomer);
    broken.statements[1].id = takenId; // fails after the new speaker and one statement are written
    const Article c = test::sampleArticle(3);
    const Article d = test::sampleArticle(4);
    std::optional<ImportBatch> batch;
    if (batched)
        batch.emplace(store);
    const bool failed = store.importArticle(b, broken).error.isError();
    const bool cStored = !store.importArticle(c, spokenBy(c, newcomer)).error.isError();
    const bool dStored = !store.importArticle(d, spokenBy(d, newcomer)).error.isError();
    if (batch && batch->commit().isError())
        return { QStringLiteral("batch did not commit") };
    if (!failed || !cStored || !dStored)
        return { QStringLiteral("unexpected outcome") };
    const QStringList speakers = store.speakers();
    *resolved = 0;
    for (const StatementRow& row : store.statementRows(0, 0, store.statementCount()))
        *resolved += speakers.contains(row.statement.speaker) && !row.statement.speaker.isEmpty();
    return test::dumpStore(store.path());
}

} // namespace

void TestImportSpeakerCache::failedArticleDoesNotLeaveItsSpeakerCached_data()
{
    QTest::addColumn<bool>("batched");
    QTest::newRow("one transaction per article") << false;
    QTest::newRow("in an import batch") << true;
}

void TestImportSpeakerCache::failedArticleDoesNotLeaveItsSpeakerCached()
{
    QFETCH(bool, batched);
    QVERIFY(m_dir.isValid());
    Store store;
    QVERIFY(!store.open(m_dir.filePath(QStringLiteral("cache-%1.qlstore").arg(batched))).isError());
    int resolved = -1;
    const QStringList dump = importSequence(store, batched, &resolved);
    QVERIFY2(dump.size() > 1, qPrintable(dump.join(QLatin1Char('\n'))));
    // a, c and d stored; every statement's speaker is a row of the speakers table.
    QCOMPARE(store.articleCount(), 3);
    QCOMPARE(resolved, store.statementCount());
    QVERIFY(store.speakers().contains(QStringLiteral("Ilse Newcomer")));

    // The batch leaves the store exactly as separate imports do (ids included).
    Store plain;
    QVERIFY(!plain.open(m_dir.filePath(QStringLiteral("plain-%1.qlstore").arg(batched))).isError());
    int plainResolved = -1;
    QCOMPARE(importSequence(plain, false, &plainResolved), dump);
    QCOMPARE(plainResolved, resolved);
}

QTEST_GUILESS_MAIN(TestImportSpeakerCache)
#include "tst_importspeakercache.moc"
