// Issue 16: an edit made while an import batch holds the transaction (the window lets the analyst
// tag or annotate during an import) fails on a full disk. SQLite then rolls the whole batch back by
// itself; the edit's savepoint finds its transaction gone. Before, nobody noticed: the next
// article's savepoint opened a transaction of its own, and the batch's commit indexed articles
// outside any transaction. Now the batch is lost with one message, and the store keeps exactly what
// was committed before it. The full disk is a file size limit on this process (SIGXFSZ ignored, so
// the write fails with EFBIG as it would on a full disk).
#include "core/store/ImportBatch.h"
#include "core/store/Store.h"
#include "core/store/testing/StoreIntegrity.h"
#include "tests/common/TestStores.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace ql;

class TestBatchLost : public QObject
{
    Q_OBJECT

private slots:
    void editOnFullDiskLosesTheBatchCleanly();
};

namespace {

// Limits the size of any file this process writes, for the life of the object.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limited = m_saved;
        limited.rlim_cur = rlim_t(bytes);
        m_ok = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    bool ok() const { return m_ok; }

private:
    rlimit m_saved {};
    bool m_ok = false;
};

} // namespace

void TestBatchLost::editOnFullDiskLosesTheBatchCleanly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lost.qlstore"));
    Store store;
    QVERIFY(!store.open(path).isError());
    const Article first = test::sampleArticle(1);
    QVERIFY(!store.importArticle(first, test::sampleExtraction(first)).error.isError());
    const qint64 statementId = store.statementRows(0, 0, 1).first().statement.id;
    const QString noteBefore = store.note(Store::NoteTarget::Statement, statementId);

    StoreError editError;
    StoreError afterEdit;
    StoreError commitError;
    {
        ImportBatch batch(store);
        QVERIFY(!batch.startError().isError());
        for (int n = 2; n <= 6; ++n) {
            const Article a = test::sampleArticle(n);
            QVERIFY(!store.importArticle(a, test::sampleExtraction(a)).error.isError());
        }
        {
            // Room for a few pages more than the files hold now, not for an 8 MB note.
            const qint64 largest
                = qMax(QFileInfo(path).size(), QFileInfo(path + QStringLiteral("-wal")).size());
            FileSizeLimit limit(largest + 16 * 1024);
            QVERIFY(limit.ok());
            editError = store.setNote(
                Store::NoteTarget::Statement, statementId, QString(8 << 20, QLatin1Char('n')));
        }
        QVERIFY2(editError.isError(), "the file size limit did not stop the edit");
        QVERIFY2(editError.message.contains(QLatin1String("disk")), qPrintable(editError.message));
        const Article late = test::sampleArticle(7);
        afterEdit = store.importArticle(late, test::sampleExtraction(late)).error;
        commitError = batch.commit();
    }
    // The batch is lost, said once and plainly; nothing of it was written outside a transaction.
    QVERIFY(afterEdit.isError());
    QVERIFY(commitError.isError());
    QVERIFY2(commitError.message.contains(QLatin1String("none of its articles were stored")),
        qPrintable(commitError.message));
    QVERIFY2(!commitError.message.contains(QLatin1String("no transaction is active")),
        qPrintable(commitError.message));
    QCOMPARE(store.articleCount(), 1);
    QCOMPARE(store.note(Store::NoteTarget::Statement, statementId), noteBefore);
    store.close();
    const test::StoreIntegrity now = test::checkStoreIntegrity(path);
    QVERIFY2(now.ok(), qPrintable(now.problems.join(QLatin1Char('\n'))));
    QCOMPARE(now.articles, 1);

    // With room again the same articles import, and the store stays sound.
    QVERIFY(!store.open(path).isError());
    {
        ImportBatch batch(store);
        for (int n = 2; n <= 7; ++n) {
            const Article a = test::sampleArticle(n);
            QVERIFY(!store.importArticle(a, test::sampleExtraction(a)).error.isError());
        }
        QVERIFY(!batch.commit().isError());
    }
    QCOMPARE(store.articleCount(), 7);
    store.close();
    const test::StoreIntegrity done = test::checkStoreIntegrity(path);
    QVERIFY2(done.ok(), qPrintable(done.problems.join(QLatin1Char('\n'))));
    QCOMPARE(done.articles, 7);
}

QTEST_GUILESS_MAIN(TestBatchLost)
#include "tst_batchlost.moc"
