// ArticleTokens is the one word table of an article that the extractor's whole-text passes read
// instead of scanning the characters again. Its runs, classes and hashes are checked on sentences
// written for the test, and every consumer that reads it must answer exactly as its own character scan
// does (the scan runs when the table describes another string: a deep copy of the same text).
#include "core/analysis/extraction/ArticleLexicon.h"
#include "core/analysis/extraction/ArticleTokens.h"
#include "core/analysis/extraction/EventCalendar.h"
#include "core/analysis/extraction/OfficeHolders.h"
#include "core/analysis/extraction/PronounResolver.h"
#include "core/analysis/extraction/RelativeDateFinder.h"
#include "core/analysis/extraction/SpeakerRegistry.h"

#include <QDate>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

#include <initializer_list>
#include <utility>

using namespace ql;

namespace {

// A copy with its own data: the table does not describe it, so consumers scan it themselves.
QString deepCopy(const QString& s)
{
    return QString(s.constData(), s.size());
}

// "start-end:flags" with the flags as letters: L all letters, F first is a letter, U upper, W lower,
// M after a combining mark, A ASCII only.
QString describe(const ArticleTokens::Run& r)
{
    QString f;
    if (r.has(ArticleTokens::AllLetters))
        f += QLatin1Char('L');
    if (r.has(ArticleTokens::FirstLetter))
        f += QLatin1Char('F');
    if (r.has(ArticleTokens::FirstUpper))
        f += QLatin1Char('U');
    if (r.has(ArticleTokens::FirstLower))
        f += QLatin1Char('W');
    if (r.has(ArticleTokens::AfterMark))
        f += QLatin1Char('M');
    if (r.has(ArticleTokens::AsciiOnly))
        f += QLatin1Char('A');
    return QStringLiteral("%1-%2:%3").arg(r.start).arg(r.end).arg(f);
}

const QStringList& consumerTexts()
{
    static const QStringList texts = {
        QStringLiteral(
            "Defence Minister Ola Brekke said on Tuesday that the yards were full. He added, "
            "\u201CWe need welders,\u201D and she agreed last week. Brekke said so again yesterday."),
        QStringLiteral("Ms. Ilse Varga, the agency's head, spoke at the NATO summit in Vilnius. She said "
                       "the 155mm line opens in 2026; \u201Che said nothing\u201D was the reply. Varga "
                       "met reporters this morning."),
        QStringLiteral("na\u00EFve caf\u00E9 owners said it\u02BCs late. The Kelvin \u212Aing spoke "
                       "\u017Funday. e\u0301Tomas Dahl said don't; Dahl's plan, the U.S. envoy said, "
                       "works. He-she said 3rd Monday."),
        QStringLiteral("THE PRESIDENT: Thank you. Q: Mr Kowal, when? MR KOWAL: On Friday morning, as "
                       "the minister said two days ago at the Munich Security Conference."),
    };
    return texts;
}

} // namespace

class TestArticleTokens : public QObject
{
    Q_OBJECT

private slots:
    void runs_data();
    void runs();
    void hashFoldsCase_data();
    void hashFoldsCase();
    void letterRuns();
    void firstStartingAt();
    void relativeDatesSameAsScan_data();
    void relativeDatesSameAsScan();
    void lexiconSameAsScan_data();
    void lexiconSameAsScan();
    void mentionsSameAsScan_data();
    void mentionsSameAsScan();
    void pronounsSameAsScan_data();
    void pronounsSameAsScan();
    void eventAliasesSameAsScan_data();
    void eventAliasesSameAsScan();
};

void TestArticleTokens::runs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("punctuation only") << QStringLiteral(" .,;\u201C\u201D ") << QStringList();
    QTest::newRow("words") << QStringLiteral("Mr. Kowal said")
                           << QStringList { QStringLiteral("0-2:LFUA"), QStringLiteral("4-9:LFUA"),
                                  QStringLiteral("10-14:LFWA") };
    QTest::newRow("digits") << QStringLiteral("155mm in 2030, F-35s")
                            << QStringList { QStringLiteral("0-5:A"), QStringLiteral("6-8:LFWA"),
                                   QStringLiteral("9-13:A"), QStringLiteral("15-16:LFUA"),
                                   QStringLiteral("17-20:A") };
    QTest::newRow("apostrophe splits")
        << QStringLiteral("don't") << QStringList { QStringLiteral("0-3:LFWA"), QStringLiteral("4-5:LFWA") };
    QTest::newRow("accented letters") << QStringLiteral(
        "caf\u00E9 \u00C9mile") << QStringList { QStringLiteral("0-4:LFW"), QStringLiteral("5-10:LFU") };
    // A combining mark is no letter: it ends the run, and the next run comes after a mark.
    QTest::newRow("combining mark") << QStringLiteral(
        "e\u0301Tomas") << QStringList { QStringLiteral("0-1:LFWA"), QStringLiteral("2-7:LFUMA") };
    QTest::newRow("other digits") << QStringLiteral("\u0663\u0664x")
                                  << QStringList { QStringLiteral("0-3:") };
    QTest::newRow("modifier apostrophe is a letter")
        << QStringLiteral("it\u02BCs") << QStringList { QStringLiteral("0-4:LFW") };
}

void TestArticleTokens::runs()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const ArticleTokens tokens(text);
    QVERIFY(tokens.describes(text));
    QVERIFY(!tokens.describes(deepCopy(text)) || text.isEmpty());
    QStringList got;
    for (const ArticleTokens::Run& r : tokens.runs())
        got << describe(r);
    QCOMPARE(got, expected);
    // Every run is a maximal run of letters and digits, as QChar classifies them.
    for (const ArticleTokens::Run& r : tokens.runs()) {
        QVERIFY(r.start == 0 || !text.at(r.start - 1).isLetterOrNumber());
        QVERIFY(r.end == text.size() || !text.at(r.end).isLetterOrNumber());
        QCOMPARE(r.hash, ArticleTokens::foldedHash(QStringView(text).mid(r.start, r.length())));
    }
}

void TestArticleTokens::hashFoldsCase_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("ascii case") << QStringLiteral("Said") << QStringLiteral("sAID") << true;
    QTest::newRow("other case") << QStringLiteral("\u00C9MILE") << QStringLiteral("\u00E9mile") << true;
    QTest::newRow("modifier apostrophe as ascii")
        << QStringLiteral("it\u02BCs") << QStringLiteral("it's") << true;
    QTest::newRow("different words") << QStringLiteral("he") << QStringLiteral("she") << false;
    // toLower(), not case folding: the long s stays itself.
    QTest::newRow("long s is no s") << QStringLiteral("\u017Faid") << QStringLiteral("said") << false;
}

void TestArticleTokens::hashFoldsCase()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, equal);
    QCOMPARE(ArticleTokens::foldedHash(a) == ArticleTokens::foldedHash(b), equal);
}

void TestArticleTokens::letterRuns()
{
    const QString text = QStringLiteral("155mm3x F35 2030");
    const ArticleTokens tokens(text);
    QStringList got;
    for (const ArticleTokens::Run& r : tokens.runs())
        tokens.forEachLetterRun(r, [&](int s, int e) { got << text.mid(s, e - s); });
    QCOMPARE(got, (QStringList { QStringLiteral("mm"), QStringLiteral("x"), QStringLiteral("F") }));
}

void TestArticleTokens::firstStartingAt()
{
    const QString text = QStringLiteral("ab cd  ef");
    const ArticleTokens tokens(text);
    QCOMPARE(tokens.firstStartingAt(0), std::size_t(0));
    QCOMPARE(tokens.firstStartingAt(1), std::size_t(1));
    QCOMPARE(tokens.firstStartingAt(3), std::size_t(1));
    QCOMPARE(tokens.firstStartingAt(4), std::size_t(2));
    QCOMPARE(tokens.firstStartingAt(9), std::size_t(3));
}

void TestArticleTokens::relativeDatesSameAsScan_data()
{
    QTest::addColumn<QString>("text");
    for (int i = 0; i < consumerTexts().size(); ++i)
        QTest::newRow(qPrintable(QStringLiteral("text %1").arg(i))) << consumerTexts().at(i);
}

void TestArticleTokens::relativeDatesSameAsScan()
{
    QFETCH(QString, text);
    const ArticleTokens tokens(text);
    const QDate published(2024, 3, 14);
    const TextSpan whole { 0, int(text.size()) };
    const QList<RelativeDate> scanned = RelativeDateFinder(text).find(text, whole, {}, published);
    const QList<RelativeDate> read = RelativeDateFinder(text, &tokens).find(text, whole, {}, published);
    QCOMPARE(read.size(), scanned.size());
    for (int k = 0; k < read.size(); ++k) {
        QCOMPARE(read.at(k).span.start, scanned.at(k).span.start);
        QCOMPARE(read.at(k).span.end, scanned.at(k).span.end);
        QCOMPARE(read.at(k).phrase, scanned.at(k).phrase);
        QCOMPARE(read.at(k).from, scanned.at(k).from);
    }
}

void TestArticleTokens::lexiconSameAsScan_data()
{
    relativeDatesSameAsScan_data();
}

void TestArticleTokens::lexiconSameAsScan()
{
    QFETCH(QString, text);
    const ArticleTokens tokens(text);
    ArticleLexicon scanned;
    scanned.learn(text);
    ArticleLexicon read;
    read.learn(text, &tokens);
    static const QRegularExpression word(QStringLiteral("[\\w'\u2019\u02BC]+"));
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QStringView w = QStringView(text).mid(m.capturedStart(), m.capturedLength());
        QCOMPARE(read.writesLowerCase(w), scanned.writesLowerCase(w));
        QCOMPARE(read.isCommonWord(text, int(m.capturedStart()), w),
            scanned.isCommonWord(text, int(m.capturedStart()), w));
    }
}

void TestArticleTokens::mentionsSameAsScan_data()
{
    relativeDatesSameAsScan_data();
}

void TestArticleTokens::mentionsSameAsScan()
{
    QFETCH(QString, text);
    const OfficeHolders offices = OfficeHolders::seed();
    SpeakerRegistry registry(offices, QDate(2024, 3, 14));
    registry.learn(text);
    QVERIFY(registry.tokens().describes(text));
    const QString copy = deepCopy(text);
    const int n = int(text.size());
    // Whole text, with a quotation left out, and from and to the middle of words.
    const QList<TextSpan> quote { TextSpan { n / 3, n / 2 } };
    const std::initializer_list<std::pair<int, int>> ranges { { 0, n }, { 1, n - 1 }, { n / 4, n / 2 + 3 } };
    QVERIFY(!registry.mentionsIn(text, 0, n, {}).isEmpty());
    for (const std::pair<int, int>& range : ranges) {
        for (const QList<TextSpan>& excluded : { QList<TextSpan> {}, quote }) {
            const QList<Mention> read = registry.mentionsIn(text, range.first, range.second, excluded);
            const QList<Mention> scanned = registry.mentionsIn(copy, range.first, range.second, excluded);
            QCOMPARE(read.size(), scanned.size());
            for (int k = 0; k < read.size(); ++k) {
                QCOMPARE(read.at(k).start, scanned.at(k).start);
                QCOMPARE(read.at(k).end, scanned.at(k).end);
                QCOMPARE(int(read.at(k).kind), int(scanned.at(k).kind));
                QCOMPARE(read.at(k).raw, scanned.at(k).raw);
                QCOMPARE(read.at(k).canonical, scanned.at(k).canonical);
            }
        }
    }
}

void TestArticleTokens::pronounsSameAsScan_data()
{
    relativeDatesSameAsScan_data();
}

void TestArticleTokens::pronounsSameAsScan()
{
    QFETCH(QString, text);
    const OfficeHolders offices = OfficeHolders::seed();
    SpeakerRegistry registry(offices, QDate(2024, 3, 14));
    registry.learn(text);
    const QString copy = deepCopy(text);
    QList<TextSpan> quotes;
    const int open = int(text.indexOf(QChar(0x201C)));
    const int close = int(text.indexOf(QChar(0x201D)));
    if (open >= 0 && close > open)
        quotes.append(TextSpan { open, close + 1 });
    const PronounResolver read(text, registry, quotes);
    const PronounResolver scanned(copy, registry, quotes);
    for (const QString& person : registry.people())
        QCOMPARE(read.genderOf(person), scanned.genderOf(person));
    static const QRegularExpression pronoun(QStringLiteral("\\b(?:he|she|He|She)\\b"));
    auto it = pronoun.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QCOMPARE(read.resolve(int(m.capturedStart()), m.capturedView()),
            scanned.resolve(int(m.capturedStart()), m.capturedView()));
    }
}

void TestArticleTokens::eventAliasesSameAsScan_data()
{
    relativeDatesSameAsScan_data();
}

void TestArticleTokens::eventAliasesSameAsScan()
{
    QFETCH(QString, text);
    const EventCalendar calendar = EventCalendar::seeded();
    const ArticleTokens tokens(text);
    const TextSpan whole { 0, int(text.size()) };
    const QList<EventMention> read = calendar.mentionsIn(text, whole, &tokens);
    const QList<EventMention> scanned = calendar.mentionsIn(text, whole);
    QCOMPARE(read.size(), scanned.size());
    for (int k = 0; k < read.size(); ++k) {
        QCOMPARE(read.at(k).span.start, scanned.at(k).span.start);
        QCOMPARE(read.at(k).span.end, scanned.at(k).span.end);
        QCOMPARE(read.at(k).candidates, scanned.at(k).candidates);
        QCOMPARE(read.at(k).year, scanned.at(k).year);
    }
}

QTEST_GUILESS_MAIN(TestArticleTokens)
#include "tst_articletokens.moc"
