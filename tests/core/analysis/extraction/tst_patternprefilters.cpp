// The quick tests that keep the extractor's costly patterns from running where they cannot match must
// never change an answer: the inline character classes agree with QChar on every UTF-16 code unit, and
// the finders give, on sentences made to sit on each test's edges, what they gave before the tests
// existed (the expected values below were read from the extractor without them).
#include "core/analysis/extraction/BoilerplateLineFinder.h"
#include "core/analysis/extraction/EventDateFinder.h"
#include "core/analysis/extraction/FigureActorFinder.h"
#include "core/analysis/extraction/RelativeDateFinder.h"
#include "core/analysis/extraction/TextRules.h"
#include "core/analysis/extraction/TranscriptDetector.h"

#include <QSet>
#include <QStringList>
#include <QTest>

#include <vector>

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
    void containsAnyAsciiCaseless_data();
    void containsAnyAsciiCaseless();
    void wordLists_data();
    void wordLists();
    void figureActor_data();
    void figureActor();
    void boilerplateLine_data();
    void boilerplateLine();
    void onDate_data();
    void onDate();
    void salutation_data();
    void salutation();
    void transcriptMarker_data();
    void transcriptMarker();
    void relativeDateAnchors_data();
    void relativeDateAnchors();
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

void TestPatternPrefilters::containsAnyAsciiCaseless_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("needles");
    QTest::addColumn<bool>("expected");
    const QStringList yearly { QStringLiteral("year"), QStringLiteral("annu"), QStringLiteral("yr") };
    QTest::newRow("first needle") << QStringLiteral("twice a year") << yearly << true;
    QTest::newRow("second needle, upper case") << QStringLiteral("PER ANNUM") << yearly << true;
    QTest::newRow("last needle at the end") << QStringLiteral("2 bn/yr") << yearly << true;
    QTest::newRow("cut short") << QStringLiteral("a yea") << yearly << false;
    QTest::newRow("none") << QStringLiteral("per month") << yearly << false;
    QTest::newRow("empty text") << QString() << yearly << false;
    QTest::newRow("no needles") << QStringLiteral("a year") << QStringList() << false;
    QTest::newRow("empty needle") << QStringLiteral("abc") << QStringList { QString() } << true;
    QTest::newRow("needle not opening with a letter")
        << QStringLiteral("costs 2/yr") << QStringList { QStringLiteral("/yr"), QStringLiteral("year") }
        << true;
    QTest::newRow("overlapping leads")
        << QStringLiteral("grossgdp")
        << QStringList { QStringLiteral("gnp"), QStringLiteral("gdp"), QStringLiteral("product") } << true;
}

void TestPatternPrefilters::containsAnyAsciiCaseless()
{
    QFETCH(QString, text);
    QFETCH(QStringList, needles);
    QFETCH(bool, expected);
    std::vector<QByteArray> latin;
    for (const QString& n : std::as_const(needles))
        latin.push_back(n.toLatin1());
    bool any = false;
    for (const QByteArray& l : latin)
        any = any || textrules::containsAsciiCaseless(text, QLatin1String(l.constData(), l.size()));
    // Up to three needles: initializer lists are built at the call.
    auto needle = [&latin](size_t i) {
        return i < latin.size() ? QLatin1String(latin[i].constData(), latin[i].size()) : QLatin1String("");
    };
    bool found = false;
    switch (latin.size()) {
    case 0:
        found = textrules::containsAnyAsciiCaseless(text, {});
        break;
    case 1:
        found = textrules::containsAnyAsciiCaseless(text, { needle(0) });
        break;
    case 2:
        found = textrules::containsAnyAsciiCaseless(text, { needle(0), needle(1) });
        break;
    default:
        QVERIFY(latin.size() == 3);
        found = textrules::containsAnyAsciiCaseless(text, { needle(0), needle(1), needle(2) });
        break;
    }
    QCOMPARE(found, expected);
    QCOMPARE(found, any);
}

void TestPatternPrefilters::wordLists_data()
{
    // The word lists reject by length, first and last letter before hashing: words on those edges.
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("title");
    QTest::addColumn<bool>("pronoun");
    QTest::addColumn<bool>("speechVerb");
    QTest::newRow("title") << QStringLiteral("Secretary") << true << false << false;
    QTest::newRow("upper case") << QStringLiteral("SECRETARY-GENERAL") << true << false << false;
    QTest::newRow("last letter missing") << QStringLiteral("Secretar") << false << false << false;
    QTest::newRow("last letter wrong") << QStringLiteral("Secretarz") << false << false << false;
    QTest::newRow("abbreviation") << QStringLiteral("Gen.") << true << false << false;
    QTest::newRow("Kelvin sign first") << QStringLiteral("\u212Aing") << true << false << false;
    QTest::newRow("typographic hyphen") << QStringLiteral("Secretary\u2010General") << true << false << false;
    QTest::newRow("pronoun") << QStringLiteral("She") << false << true << false;
    QTest::newRow("pronoun prefix") << QStringLiteral("Shed") << false << false << false;
    QTest::newRow("speech verb") << QStringLiteral("SAID") << false << false << true;
    // Lower-casing, not case folding: the long s stays itself.
    QTest::newRow("long s is no s") << QStringLiteral("\u017Faid") << false << false << false;
    QTest::newRow("too long for any list") << QString(50, QLatin1Char('a')) << false << false << false;
    QTest::newRow("one letter") << QStringLiteral("s") << false << false << false;
}

void TestPatternPrefilters::wordLists()
{
    QFETCH(QString, word);
    QFETCH(bool, title);
    QFETCH(bool, pronoun);
    QFETCH(bool, speechVerb);
    QCOMPARE(textrules::isTitleWord(word), title);
    QCOMPARE(textrules::isPronoun(word), pronoun);
    QCOMPARE(textrules::isSpeechVerb(word), speechVerb);
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

void TestPatternPrefilters::salutation_data()
{
    // The pattern is tried only on lines opening with the first letter of one of its phrases.
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("salutation");
    QTest::newRow("ladies") << QStringLiteral("Ladies and gentlemen,") << true;
    QTest::newRow("honoured guests") << QStringLiteral("Honoured guests!") << true;
    QTest::newRow("friends") << QStringLiteral("Dear friends,") << true;
    QTest::newRow("title and name") << QStringLiteral("Secretary Blinken,") << true;
    QTest::newRow("long s") << QStringLiteral("\u017Fecretary Blinken,") << true;
    QTest::newRow("indented") << QStringLiteral("   Good morning") << true;
    QTest::newRow("other first letter") << QStringLiteral("Thank you, everyone,") << false;
    QTest::newRow("punctuation first") << QStringLiteral("- Good morning,") << false;
    QTest::newRow("prose") << QStringLiteral("Members of the committee met on Tuesday to discuss it.")
                           << false;
}

void TestPatternPrefilters::salutation()
{
    QFETCH(QString, line);
    QFETCH(bool, salutation);
    QCOMPARE(TranscriptDetector::isSalutation(line), salutation);
}

void TestPatternPrefilters::transcriptMarker_data()
{
    // The marker opens with "a", "c", "d", "s" or "v" after spaces and a bracket.
    QTest::addColumn<QString>("firstLine");
    QTest::addColumn<bool>("transcript");
    QTest::newRow("as delivered") << QStringLiteral("(As delivered)") << true;
    QTest::newRow("indented, no bracket") << QStringLiteral("  check against delivery") << true;
    QTest::newRow("delivered version") << QStringLiteral("DELIVERED VERSION.") << true;
    QTest::newRow("speech transcript") << QStringLiteral("( speech transcript )") << true;
    QTest::newRow("verbatim") << QStringLiteral("Verbatim transcript") << true;
    QTest::newRow("long s") << QStringLiteral("(\u017Fpeech transcript)") << true;
    QTest::newRow("other first letter") << QStringLiteral("(Transcript as delivered)") << false;
    QTest::newRow("prose") << QStringLiteral("As delivered by the minister, the plan is late.") << false;
}

void TestPatternPrefilters::transcriptMarker()
{
    QFETCH(QString, firstLine);
    QFETCH(bool, transcript);
    const QString text = firstLine
        + QStringLiteral(
            "\n\nThe alliance will spend more on air defence, and industry must deliver faster.\n");
    QCOMPARE(TranscriptDetector().detect(text).isTranscript, transcript);
}

void TestPatternPrefilters::relativeDateAnchors_data()
{
    // The indexed finder runs the pattern only around anchor words; it must find what the pattern
    // finds over the whole text.
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("found");
    QTest::newRow("weekday") << QStringLiteral("Kowal spoke on Tuesday in Riga.") << 1;
    QTest::newRow("upper case") << QStringLiteral("YESTERDAY Kowal spoke in Riga.") << 1;
    QTest::newRow("Kelvin sign") << QStringLiteral("Kowal spoke last wee\u212A in Riga.") << 1;
    QTest::newRow("days ago") << QStringLiteral("Kowal spoke two days ago and 12 days ago.") << 2;
    QTest::newRow("day before yesterday") << QStringLiteral("Kowal spoke the day before yesterday.") << 1;
    QTest::newRow("plural") << QStringLiteral("Kowal speaks on Tuesdays.") << 0;
    QTest::newRow("possessive") << QStringLiteral("Kowal read Tuesday\u2019s report.") << 0;
    QTest::newRow("none") << QStringLiteral("Kowal spoke in Riga.") << 0;
}

void TestPatternPrefilters::relativeDateAnchors()
{
    QFETCH(QString, text);
    QFETCH(int, found);
    const QDate published(2024, 3, 14);
    const TextSpan all { 0, int(text.size()) };
    const QList<RelativeDate> indexed = RelativeDateFinder(text).find(text, all, {}, published);
    const QList<RelativeDate> whole = RelativeDateFinder().find(text, all, {}, published);
    QCOMPARE(int(indexed.size()), found);
    QCOMPARE(indexed.size(), whole.size());
    for (qsizetype i = 0; i < indexed.size(); ++i) {
        QCOMPARE(indexed.at(i).span.start, whole.at(i).span.start);
        QCOMPARE(indexed.at(i).span.end, whole.at(i).span.end);
        QCOMPARE(indexed.at(i).phrase, whole.at(i).phrase);
        QCOMPARE(indexed.at(i).from, whole.at(i).from);
    }
}

QTEST_GUILESS_MAIN(TestPatternPrefilters)
#include "tst_patternprefilters.moc"
