// The quick tests that keep the extractor's costly patterns from running where they cannot match must
// never change an answer: the inline character classes agree with QChar on every UTF-16 code unit, and
// the finders give, on sentences made to sit on each test's edges, what they gave before the tests
// existed (the expected values below were read from the extractor without them).
#include "analysis/extraction/BoilerplateLineFinder.h"
#include "analysis/extraction/EventDateFinder.h"
#include "analysis/extraction/FigureActorFinder.h"
#include "analysis/extraction/TextRules.h"

#include <QSet>
#include <QTest>

using namespace ql;

class TestPatternPrefilters : public QObject
{
    Q_OBJECT

private slots:
    void characterClassesAgreeWithQChar();
    void containsFolded_data();
    void containsFolded();
    void containsAsciiCaseless_data();
    void containsAsciiCaseless();
    void figureActor_data();
    void figureActor();
    void boilerplateLine_data();
    void boilerplateLine();
    void onDate_data();
    void onDate();
};

void TestPatternPrefilters::characterClassesAgreeWithQChar()
{
    int checked = 0;
    for (int u = 0; u <= 0xFFFF; ++u) {
        const QChar c { char16_t(u) };
        QCOMPARE(textrules::isMark(c), c.isMark());
        QCOMPARE(textrules::toLower(c), c.toLower());
        ++checked;
    }
    QCOMPARE(checked, 0x10000);
}

void TestPatternPrefilters::containsFolded_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("expected");
    QTest::newRow("lower") << QStringLiteral("meanwhile") << true;
    QTest::newRow("capitalised") << QStringLiteral("Meanwhile") << true;
    QTest::newRow("typographic apostrophe") << QStringLiteral("o\u2019clock") << true;
    QTest::newRow("non-breaking hyphen") << QStringLiteral("front\u2011runner") << true;
    QTest::newRow("absent") << QStringLiteral("Kowal") << false;
    QTest::newRow("accented, found by full lower-casing") << QStringLiteral("CAF\u00C9") << true;
    // U+0130 lower-cases to two characters: "İt" is not "it".
    QTest::newRow("dotted capital I") << QStringLiteral("\u0130t") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPatternPrefilters::containsFolded()
{
    QFETCH(QString, word);
    QFETCH(bool, expected);
    const QSet<QString> set { QStringLiteral("meanwhile"), QStringLiteral("o'clock"),
        QStringLiteral("front-runner"), QStringLiteral("caf\u00E9"), QStringLiteral("it") };
    QCOMPARE(textrules::containsFolded(set, word), expected);
    QCOMPARE(textrules::containsFolded(set, word), set.contains(textrules::foldWord(word)));
}

void TestPatternPrefilters::containsAsciiCaseless_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("expected");
    QTest::newRow("lower") << QStringLiteral("twice a year") << QStringLiteral("year") << true;
    QTest::newRow("upper") << QStringLiteral("PER ANNUM") << QStringLiteral("annu") << true;
    QTest::newRow("at the end") << QStringLiteral("2 bn/yr") << QStringLiteral("yr") << true;
    QTest::newRow("cut short") << QStringLiteral("a yea") << QStringLiteral("year") << false;
    QTest::newRow("absent") << QStringLiteral("per month") << QStringLiteral("year") << false;
    QTest::newRow("empty text") << QString() << QStringLiteral("gdp") << false;
}

void TestPatternPrefilters::containsAsciiCaseless()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(bool, expected);
    const QByteArray latin = needle.toLatin1();
    QCOMPARE(
        textrules::containsAsciiCaseless(text, QLatin1String(latin.constData(), latin.size())), expected);
}

void TestPatternPrefilters::figureActor_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("reportedBy");
    QTest::addColumn<bool>("perYear");
    // A lone "The" before a listed verb ("plan") is a match both patterns drop.
    QTest::newRow("lone filler") << QStringLiteral("The plan is worth \u20AC2 billion.")
                                 << QStringLiteral("\u20AC2 billion") << QString() << QString() << false;
    QTest::newRow("name and verb") << QStringLiteral("Germany plans to spend \u20AC2 billion on tanks.")
                                   << QStringLiteral("\u20AC2 billion") << QStringLiteral("Germany")
                                   << QString() << false;
    QTest::newRow("filler before a name")
        << QStringLiteral("But Germany plans to spend \u20AC2 billion on tanks.")
        << QStringLiteral("\u20AC2 billion") << QStringLiteral("Germany") << QString() << false;
    QTest::newRow("collective noun") << QStringLiteral("The allies agreed to invest 5% of GDP by 2035.")
                                     << QStringLiteral("5%") << QStringLiteral("NATO allies") << QString()
                                     << false;
    QTest::newRow("adverb between") << QStringLiteral(
        "Bucharest also plans to raise spending to 3.5% of GDP.")
                                    << QStringLiteral("3.5%") << QStringLiteral("Romania") << QString()
                                    << false;
    QTest::newRow("fund") << QStringLiteral(
        "The joint procurement fund will pay \u20AC300 million for shells.")
                          << QStringLiteral("\u20AC300 million") << QStringLiteral("Joint procurement fund")
                          << QString() << false;
    QTest::newRow("name outside ASCII")
        << QStringLiteral("\u0141\u00F3d\u017A plans to spend \u20AC40 million on a depot.")
        << QStringLiteral("\u20AC40 million") << QStringLiteral("\u0141\u00F3d\u017A") << QString() << false;
    QTest::newRow("lower-case subject")
        << QStringLiteral("In Berlin, the government plans to spend \u20AC2 billion.")
        << QStringLiteral("\u20AC2 billion") << QString() << QString() << false;
    QTest::newRow("said before") << QStringLiteral("Kowal said the plan is worth \u20AC2 billion.")
                                 << QStringLiteral("\u20AC2 billion") << QString() << QStringLiteral("Kowal")
                                 << false;
    QTest::newRow("said after") << QStringLiteral("The plan is worth \u20AC2 billion, Kowal said.")
                                << QStringLiteral("\u20AC2 billion") << QString() << QStringLiteral("Kowal")
                                << false;
    QTest::newRow("according to") << QStringLiteral(
        "The plan is worth \u20AC2 billion, according to Anna Berg.")
                                  << QStringLiteral("\u20AC2 billion") << QString()
                                  << QStringLiteral("Anna Berg") << false;
    QTest::newRow("pronoun speaker") << QStringLiteral("He said the plan costs \u20AC2 billion.")
                                     << QStringLiteral("\u20AC2 billion") << QString() << QString() << false;
    QTest::newRow("titled speaker, adverb")
        << QStringLiteral("Minister Piotr Kowal also stressed that \u20AC2 billion is needed.")
        << QStringLiteral("\u20AC2 billion") << QString() << QStringLiteral("Piotr Kowal") << false;
    QTest::newRow("verb glued to a letter")
        << QStringLiteral("Allies said\u00E9 \u20AC2 billion.") << QStringLiteral("\u20AC2 billion")
        << QString() << QString() << false;
    QTest::newRow("per year") << QStringLiteral("The ministry spends \u20AC2 billion per year on fuel.")
                              << QStringLiteral("\u20AC2 billion") << QString() << QString() << true;
    QTest::newRow("a year ago") << QStringLiteral("The ministry spent \u20AC2 billion a year ago.")
                                << QStringLiteral("\u20AC2 billion") << QString() << QString() << false;
    QTest::newRow("annual before") << QStringLiteral("Its annual budget of \u20AC2 billion covers fuel.")
                                   << QStringLiteral("\u20AC2 billion") << QString() << QString() << true;
    QTest::newRow("per annum") << QStringLiteral("The fund pays \u20AC2 billion per annum.")
                               << QStringLiteral("\u20AC2 billion") << QStringLiteral("Fund") << QString()
                               << true;
    QTest::newRow("slash yr") << QStringLiteral("The fund pays \u20AC2 billion/yr.")
                              << QStringLiteral("\u20AC2 billion") << QStringLiteral("Fund") << QString()
                              << true;
    QTest::newRow("upper case") << QStringLiteral("The fund pays \u20AC2 billion ANNUALLY.")
                                << QStringLiteral("\u20AC2 billion") << QStringLiteral("Fund") << QString()
                                << true;
    QTest::newRow("Ukraine aid") << QStringLiteral("They said aid worth \u20AC2 billion goes to Ukraine.")
                                 << QStringLiteral("\u20AC2 billion") << QStringLiteral("Ukraine aid")
                                 << QString() << false;
    QTest::newRow("the Alliance") << QStringLiteral("The Alliance will spend \u20AC2 billion.")
                                  << QStringLiteral("\u20AC2 billion") << QStringLiteral("NATO") << QString()
                                  << false;
}

void TestPatternPrefilters::figureActor()
{
    QFETCH(QString, sentence);
    QFETCH(QString, figure);
    QFETCH(QString, actor);
    QFETCH(QString, reportedBy);
    QFETCH(bool, perYear);
    const int start = int(sentence.indexOf(figure));
    QVERIFY(start >= 0);
    const int end = start + int(figure.size());
    const FigureActorFinder finder(sentence);
    QCOMPARE(finder.actor(start, end), actor);
    QCOMPARE(finder.reportedBy(start, end), reportedBy);
    QCOMPARE(finder.perYear(start, end), perYear);
}

void TestPatternPrefilters::boilerplateLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("boilerplate");
    QTest::newRow("read also") << QStringLiteral("Read also: Navy orders shells") << true;
    QTest::newRow("related posts") << QStringLiteral("Related Posts") << true;
    QTest::newRow("bullet") << QStringLiteral("- Subscribe to our newsletter") << true;
    QTest::newRow("bullet and spaces") << QStringLiteral("\u2022   www.example.org") << true;
    QTest::newRow("copyright sign") << QStringLiteral("\u00A9 2024 Defence Daily") << true;
    QTest::newRow("long s") << QStringLiteral("\u017Fubscribe now") << true;
    QTest::newRow("Kelvin sign") << QStringLiteral("Clic\u212A here for more") << true;
    QTest::newRow("prose") << QStringLiteral("The minister said the plan would be ready in May.") << false;
    QTest::newRow("prose after a dash") << QStringLiteral("- The minister said so.") << false;
    QTest::newRow("prefix inside a word") << QStringLiteral("Readiness is the goal.") << false;
    QTest::newRow("no letters") << QStringLiteral("+49 2641 3703 - 0") << true;
    QTest::newRow("phone") << QStringLiteral("Call +49 2641 3703-0 today") << true;
}

void TestPatternPrefilters::boilerplateLine()
{
    QFETCH(QString, line);
    QFETCH(bool, boilerplate);
    QCOMPARE(BoilerplateLineFinder::isBoilerplateLine(line), boilerplate);
}

void TestPatternPrefilters::onDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    const QDate day(2024, 3, 12);
    QTest::newRow("on a date") << QStringLiteral("Kowal spoke on 12 March at the forum.") << day;
    QTest::newRow("On at the start") << QStringLiteral("On 12 March, Kowal spoke at the forum.") << day;
    QTest::newRow("month first") << QStringLiteral("Kowal spoke on March 12 at the forum.") << day;
    QTest::newRow("inside a word") << QStringLiteral("Kowal spoke Anon 12 March at the forum.") << QDate();
    QTest::newRow("no space") << QStringLiteral("Kowal spoke on12 March at the forum.") << QDate();
    QTest::newRow("capital N") << QStringLiteral("Kowal spoke ON 12 March at the forum.") << QDate();
    QTest::newRow("since") << QStringLiteral("Kowal has spoken since 12 March at the forum.") << QDate();
    QTest::newRow("at the very end") << QStringLiteral("Kowal spoke on") << QDate();
}

void TestPatternPrefilters::onDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(EventDateFinder().find(text, QDate(2024, 3, 14), {}), expected);
}

QTEST_GUILESS_MAIN(TestPatternPrefilters)
#include "tst_patternprefilters.moc"
