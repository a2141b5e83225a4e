#include "core/store/Store.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace ql;

namespace {

// Texts written for this test.
const QString kBritish
    = QStringLiteral("\"We must organise the defence industry for a long war,\" said Vera Kolar.");
const QString kAmerican = QStringLiteral("\"The defense industry is ready to mobilize,\" said Ivo Marek.");
const QString kReversed
    = QStringLiteral("\"An industry of defence is not built in a year,\" said Lena Hart.");

Article makeArticle(int n, const QString& title, const QString& text)
{
    Article a;
    a.title = title;
    a.publisher = QStringLiteral("Test Wire");
    a.published = QDate(2024, 5, n);
    a.format = QStringLiteral("text");
    a.text = text;
    a.original = text.toUtf8();
    a.contentHash = QByteArray::number(n).toHex().rightJustified(64, '0');
    return a;
}

Extraction quoteOf(const Article& a, const QString& speaker)
{
    Extraction e;
    Statement s;
    const int open = int(a.text.indexOf(QLatin1Char('"')));
    const int close = int(a.text.indexOf(QLatin1Char('"'), open + 1));
    s.text = a.text.mid(open + 1, close - open - 1);
    s.start = open + 1;
    s.end = close;
    s.speaker = speaker;
    e.statements << s;
    return e;
}

QString marked(const SearchHit& h)
{
    return h.bracketed();
}

} // namespace

class TestStoreSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void folding_data();
    void folding();
    void phraseIsExact();
    void highlightsAreOnTheText();
    void snippetOfLongArticle();
    void notesAreSearchable();
    void editsAndDeletesFollow();
    void repeatedWordsStayFast();
    void emptyAndOddQueries_data();
    void emptyAndOddQueries();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_britishStatement = 0;
    qint64 m_longArticle = 0;
};

void TestStoreSearch::init()
{
    m_store = std::make_unique<Store>();
    QVERIFY(!m_store->open(m_dir.filePath(QStringLiteral("search.qlstore"))).isError());
    const Article british = makeArticle(1, QStringLiteral("Ministers meet"), kBritish);
    const auto o1 = m_store->importArticle(british, quoteOf(british, QStringLiteral("Vera Kolar")));
    QVERIFY(!o1.error.isError());
    m_britishStatement = m_store->statementRows(o1.articleId, 0, 1).value(0).statement.id;
    const Article american = makeArticle(2, QStringLiteral("Plants expand"), kAmerican);
    QVERIFY(
        !m_store->importArticle(american, quoteOf(american, QStringLiteral("Ivo Marek"))).error.isError());
    const Article reversed = makeArticle(3, QStringLiteral("A long road"), kReversed);
    QVERIFY(
        !m_store->importArticle(reversed, quoteOf(reversed, QStringLiteral("Lena Hart"))).error.isError());
    QString filler;
    for (int i = 0; i < 400; ++i)
        filler += QStringLiteral("Line %1 of the minutes says nothing at all. ").arg(i);
    const Article longOne = makeArticle(4, QStringLiteral("Minutes"),
        filler + QStringLiteral("Then the colour guard entered the hall. ") + filler);
    const auto o4 = m_store->importArticle(longOne, Extraction());
    QVERIFY(!o4.error.isError());
    m_longArticle = o4.articleId;
}

void TestStoreSearch::cleanup()
{
    m_store.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("search.qlstore")));
}

void TestStoreSearch::folding_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("speakers");
    const QString vera = QStringLiteral("Vera Kolar");
    const QString ivo = QStringLiteral("Ivo Marek");
    const QString lena = QStringLiteral("Lena Hart");
    QTest::newRow("defence finds defense")
        << QStringLiteral("defence industry") << QStringList { ivo, lena, vera };
    QTest::newRow("defense finds defence")
        << QStringLiteral("defense industry") << QStringList { ivo, lena, vera };
    QTest::newRow("-ize finds -ise") << QStringLiteral("organize") << QStringList { vera };
    QTest::newRow("-ise finds -ize") << QStringLiteral("mobilise") << QStringList { ivo };
    QTest::newRow("case and accents") << QStringLiteral("DÉFENSE") << QStringList { ivo, lena, vera };
    QTest::newRow("prefix") << QStringLiteral("indus") << QStringList { ivo, lena, vera };
    QTest::newRow("explicit prefix") << QStringLiteral("mobil*") << QStringList { ivo };
    QTest::newRow("phrase, both spellings")
        << QStringLiteral("\"defense industry\"") << QStringList { ivo, vera };
    QTest::newRow("phrase, curly quotes")
        << QStringLiteral("“defence industry”") << QStringList { ivo, vera };
    QTest::newRow("phrase prefix") << QStringLiteral("\"long wa\"*") << QStringList { vera };
    QTest::newRow("nothing") << QStringLiteral("submarine") << QStringList {};
}

void TestStoreSearch::folding()
{
    QFETCH(QString, query);
    QFETCH(QStringList, speakers);
    QStringList found;
    for (const SearchHit& h : m_store->search(query)) {
        if (h.statementId > 0)
            found << h.speaker;
        QVERIFY2(!h.snippet.contains(QLatin1Char('[')), qPrintable(h.snippet));
    }
    found.sort();
    QCOMPARE(found, speakers);
    // The timeline's filter uses the same query.
    QCOMPARE(m_store->searchStatementIds(query).size(), speakers.size());
}

void TestStoreSearch::phraseIsExact()
{
    const auto hits = m_store->search(QStringLiteral("\"industry of defense\""));
    QCOMPARE(hits.size(), 2); // Lena Hart's statement and its article
    QCOMPARE(hits.at(0).speaker, QStringLiteral("Lena Hart"));
    QCOMPARE(marked(hits.at(0)), QStringLiteral("An [industry] [of] [defence] is not built in a year,"));
}

void TestStoreSearch::highlightsAreOnTheText()
{
    const auto hits = m_store->search(QStringLiteral("defense organize"));
    QCOMPARE(hits.size(), 2);
    const SearchHit& statement = hits.at(0);
    QCOMPARE(statement.statementId, m_britishStatement);
    QCOMPARE(statement.field, SearchHit::Field::Text);
    QCOMPARE(marked(statement), QStringLiteral("We must [organise] the [defence] industry for a long war,"));
    const SearchHit& article = hits.at(1);
    QCOMPARE(article.statementId, 0);
    QCOMPARE(article.snippet.mid(article.highlights.at(0).start, article.highlights.at(0).length),
        QStringLiteral("organise"));
    // The article hit says where in the text the match is, for the reader to scroll to.
    QCOMPARE(
        kBritish.mid(article.textStart, article.textEnd - article.textStart), QStringLiteral("organise"));
}

void TestStoreSearch::snippetOfLongArticle()
{
    const auto hits = m_store->search(QStringLiteral("color guard"));
    QCOMPARE(hits.size(), 1);
    const SearchHit& h = hits.at(0);
    QCOMPARE(h.articleId, m_longArticle);
    QVERIFY(h.snippet.startsWith(QStringLiteral("…")));
    QVERIFY(h.snippet.endsWith(QStringLiteral("…")));
    QVERIFY(h.snippet.size() < 320);
    QVERIFY2(marked(h).contains(QStringLiteral("the [colour] [guard] entered")), qPrintable(marked(h)));
    const auto article = m_store->article(m_longArticle);
    QVERIFY(article.has_value());
    QCOMPARE(article->text.mid(h.textStart, h.textEnd - h.textStart), QStringLiteral("colour"));
}

void TestStoreSearch::notesAreSearchable()
{
    QVERIFY(m_store->search(QStringLiteral("shipyard")).isEmpty());
    QVERIFY(!m_store
                 ->setNote(Store::NoteTarget::Statement, m_britishStatement,
                     QStringLiteral("Compare with the shipyard figures.\nCheck the date."))
                 .isError());
    auto hits = m_store->search(QStringLiteral("shipyard"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).statementId, m_britishStatement);
    QCOMPARE(hits.at(0).field, SearchHit::Field::Note);
    QCOMPARE(marked(hits.at(0)), QStringLiteral("Compare with the [shipyard] figures. Check the date."));
    QVERIFY(!m_store->setNote(Store::NoteTarget::Article, m_longArticle, QStringLiteral("Ask the clerk"))
                 .isError());
    hits = m_store->search(QStringLiteral("clerk"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).articleId, m_longArticle);
    QCOMPARE(hits.at(0).field, SearchHit::Field::Note);
    // A note cleared is no longer found.
    QVERIFY(!m_store->setNote(Store::NoteTarget::Statement, m_britishStatement, QString()).isError());
    QVERIFY(m_store->search(QStringLiteral("shipyard")).isEmpty());
}

void TestStoreSearch::editsAndDeletesFollow()
{
    QCOMPARE(m_store->searchStatementIds(QStringLiteral("\"long war\"")).size(), 1);
    // The span shrinks to "We must organise the defence industry": "long war" leaves the statement.
    const auto row = m_store->statementRow(m_britishStatement);
    QVERIFY(row.has_value());
    const int start = row->statement.start;
    QVERIFY(!m_store->setStatementSpan(m_britishStatement, start, start + 37).isError());
    QCOMPARE(m_store->searchStatementIds(QStringLiteral("\"long war\"")).size(), 0);
    QCOMPARE(m_store->searchStatementIds(QStringLiteral("\"defense industry\"")).size(), 2);
    StoreError error;
    const auto removed = m_store->removeStatement(m_britishStatement, &error);
    QVERIFY2(removed.has_value(), qPrintable(error.message));
    QCOMPARE(m_store->searchStatementIds(QStringLiteral("organize")).size(), 0);
    QVERIFY(!m_store->restoreStatement(*removed).isError());
    QCOMPARE(m_store->searchStatementIds(QStringLiteral("organize")), QList<qint64> { m_britishStatement });
}

void TestStoreSearch::repeatedWordsStayFast()
{
    QStringList words;
    for (int i = 0; i < 160; ++i)
        words << QStringLiteral("minutes");
    QElapsedTimer timer;
    timer.start();
    const auto hits = m_store->search(words.join(QLatin1Char(' ')));
    const qint64 repeated = timer.elapsed();
    QCOMPARE(hits.size(), m_store->search(QStringLiteral("minutes")).size());
    QVERIFY(!hits.isEmpty());
    // 160 different words: only the first ones count, the query stays small.
    words.clear();
    for (int i = 0; i < 160; ++i)
        words << QStringLiteral("w%1").arg(i);
    timer.restart();
    m_store->search(words.join(QLatin1Char(' ')));
    const qint64 distinct = timer.elapsed();
    qInfo("160 repeated words: %lld ms, 160 distinct words: %lld ms", repeated, distinct);
    QVERIFY2(repeated < 2000, qPrintable(QString::number(repeated)));
    QVERIFY2(distinct < 2000, qPrintable(QString::number(distinct)));
}

void TestStoreSearch::emptyAndOddQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("empty") << QString();
    QTest::newRow("punctuation") << QStringLiteral("!!! ,,, ---");
    QTest::newRow("lone quote") << QStringLiteral("\"");
    QTest::newRow("fts syntax") << QStringLiteral("NEAR( OR AND * ^ :");
    QTest::newRow("star") << QStringLiteral("*");
}

void TestStoreSearch::emptyAndOddQueries()
{
    QFETCH(QString, query);
    // Nothing typed is FTS5 syntax: an odd query finds nothing here, and never fails.
    QVERIFY(m_store->search(query).isEmpty());
    QVERIFY(m_store->searchStatementIds(query).isEmpty());
}

QTEST_GUILESS_MAIN(TestStoreSearch)
#include "tst_storesearch.moc"
