#include "core/store/Store.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ql;

// Issue 17: the first page of a search is the best matches (bm25) among the 1,000 newest, so a
// word in every statement does not score every statement; and a search writes nothing, because
// rows are folded for search as they are stored.
class TestSearchOrder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageComesFromTheNewestMatches();
    void bestMatchFirstWithinTheWindow();
    void searchWritesNothing();
    void editedNoteIsFoundAgain();

private:
    QTemporaryDir m_dir;
    Store m_store;
    QString m_path;
    QList<qint64> m_ids; // statements in the order stored
};

void TestSearchOrder::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("order.qlstore"));
    QVERIFY(!m_store.open(m_path).isError());
    // 1,500 statements with "shipyard": more than the ranking window.
    for (int i = 0; i < 300; ++i) {
        Article a;
        a.title = QStringLiteral("Yard report %1").arg(i);
        a.format = QStringLiteral("text");
        a.text = QStringLiteral("Report %1 on naval production.").arg(i);
        a.original = a.text.toUtf8();
        a.contentHash = QCryptographicHash::hash(a.original, QCryptographicHash::Sha256).toHex();
        Extraction e;
        for (int k = 0; k < 5; ++k) {
            Statement s;
            // The statement stored 1,200th repeats the word: the best match, inside the newest 1,000.
            const int n = i * 5 + k;
            s.text = n == 1199 ? QStringLiteral("Shipyard, shipyard, shipyard: the shipyard works at night.")
                : n == 10
                ? QStringLiteral("Shipyard shipyard shipyard shipyard shipyard.")
                : QStringLiteral("The shipyard number %1 delivers hulls in year %2.").arg(n).arg(2000 + k);
            s.start = 0;
            s.end = 6;
            e.statements << s;
        }
        const auto outcome = m_store.importArticle(a, e);
        QVERIFY(!outcome.error.isError());
    }
    for (const StatementRow& r : m_store.statementRows(0, 0, 2000))
        m_ids << r.statement.id;
    std::sort(m_ids.begin(), m_ids.end());
    QCOMPARE(m_ids.size(), 1500);
}

void TestSearchOrder::pageComesFromTheNewestMatches()
{
    const QList<SearchHit> hits = m_store.search(QStringLiteral("shipyard"), 200);
    QList<qint64> statements;
    for (const SearchHit& h : hits)
        if (h.statementId > 0)
            statements << h.statementId;
    QCOMPARE(statements.size(), 200);
    const qint64 oldestInWindow = m_ids.at(m_ids.size() - 1000);
    for (const qint64 id : std::as_const(statements))
        QVERIFY2(id >= oldestInWindow, qPrintable(QString::number(id)));
    // Every hit has its snippet with the word highlighted.
    for (const SearchHit& h : hits) {
        QVERIFY(!h.snippet.isEmpty());
        QVERIFY(!h.highlights.isEmpty());
    }
}

void TestSearchOrder::bestMatchFirstWithinTheWindow()
{
    const QList<SearchHit> hits = m_store.search(QStringLiteral("shipyard"), 20);
    QVERIFY(!hits.isEmpty());
    // The statement that repeats the word most inside the window ranks first; the one outside the
    // window (stored 11th) is not on the page at all.
    QCOMPARE(hits.first().statementId, m_ids.at(1199));
    for (const SearchHit& h : hits)
        QVERIFY(h.statementId != m_ids.at(10));
    // A selective word ranks over all its matches (fewer than the window).
    const QList<SearchHit> night = m_store.search(QStringLiteral("night"));
    QCOMPARE(night.size(), 1);
    QCOMPARE(night.first().statementId, m_ids.at(1199));
}

void TestSearchOrder::searchWritesNothing()
{
    QVERIFY(!m_store.search(QStringLiteral("hulls")).isEmpty());
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    const QFileInfo file(m_path);
    const qint64 walSize = wal.exists() ? wal.size() : -1;
    const QDateTime walTime = wal.exists() ? wal.lastModified() : QDateTime();
    const QDateTime fileTime = file.lastModified();
    QTest::qWait(20);
    for (const QString& word : { QStringLiteral("hulls"), QStringLiteral("naval"), QStringLiteral("year") })
        QVERIFY(!m_store.search(word).isEmpty());
    const QFileInfo walAfter(m_path + QStringLiteral("-wal"));
    QCOMPARE(walAfter.exists() ? walAfter.size() : -1, walSize);
    QCOMPARE(walAfter.exists() ? walAfter.lastModified() : QDateTime(), walTime);
    QCOMPARE(QFileInfo(m_path).lastModified(), fileTime);
}

void TestSearchOrder::editedNoteIsFoundAgain()
{
    const qint64 id = m_ids.at(42);
    QVERIFY(
        !m_store.setNote(Store::NoteTarget::Statement, id, QStringLiteral("Check the tonnage.")).isError());
    const QList<SearchHit> hits = m_store.search(QStringLiteral("tonnage"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().statementId, id);
    QCOMPARE(hits.first().field, SearchHit::Field::Note);
    // The statement's own words are still found too, through the folded row made again.
    bool found = false;
    for (const SearchHit& h : m_store.search(QStringLiteral("\"shipyard number 42\"")))
        found = found || h.statementId == id;
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestSearchOrder)
#include "tst_searchorder.moc"
