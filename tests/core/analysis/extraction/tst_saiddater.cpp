#include "core/analysis/extraction/EventCalendar.h"
#include "core/analysis/extraction/ExtractionJson.h"
#include "core/analysis/extraction/Extractor.h"
#include "core/analysis/extraction/RelativeDateFinder.h"
#include "core/analysis/extraction/SaidDater.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QtTest>

// When statements were said: one data row per kind of evidence (explicit dates, weekdays, relative
// days, events, the article's date, terms of office), their conflicts, and the calendar itself. All
// sentences are invented.
class tst_saiddater : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windows_data();
    void windows();
    void evidenceIsExplained();
    void conflictIsReported();
    void transcriptUsesItsDateLine();
    void jsonPrintsDayRangeOrNothing();
    void relativeDays_data();
    void relativeDays();
    void calendarSeedIsSound();
    void calendarMentions_data();
    void calendarMentions();
    void analystCalendarIsUsed();
    void labels_data();
    void labels();
    void redatingFollowsTheArticleDate();
};

namespace {

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

ql::Extraction run(const QString& text, const QDate& published)
{
    ql::Article article;
    article.text = text;
    article.published = published;
    return ql::Extractor().extract(article);
}

const QString kQuote = u("“We will build ten new corvettes over the decade,” Minister Anna Kowal said");

} // namespace

void tst_saiddater::windows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");

    const QDate thu(2024, 3, 14); // a Thursday
    // Explicit dates.
    QTest::newRow("explicit date in the paragraph")
        << u("The conference was held in Gdansk on 12 March. ") + kQuote + u(".") << thu << QDate(2024, 3, 12)
        << QDate(2024, 3, 12);
    QTest::newRow("explicit date in the attribution")
        << kQuote + u(" on 11 March at the shipyard.") << thu << QDate(2024, 3, 11) << QDate(2024, 3, 11);
    // Weekdays relative to the article's date.
    QTest::newRow("weekday is the one before the article")
        << kQuote + u(" on Tuesday.") << thu << QDate(2024, 3, 12) << QDate(2024, 3, 12);
    QTest::newRow("weekday without on")
        << kQuote + u(" Monday in Gdynia.") << thu << QDate(2024, 3, 11) << QDate(2024, 3, 11);
    QTest::newRow("weekday of the article's own day")
        << kQuote + u(" on Thursday.") << thu << QDate(2024, 3, 14) << QDate(2024, 3, 14);
    QTest::newRow("weekday in the lead carries to later quotes")
        << u("Minister Anna Kowal spoke to reporters in Gdynia on Monday about the navy.\n\n")
            + u("“Ten corvettes is the minimum we need,” she said.")
        << thu << QDate(2024, 3, 11) << QDate(2024, 3, 11);
    // Relative days.
    QTest::newRow("yesterday") << kQuote + u(" yesterday.") << thu << QDate(2024, 3, 13)
                               << QDate(2024, 3, 13);
    QTest::newRow("last week") << kQuote + u(" last week.") << thu << QDate(2024, 3, 4) << QDate(2024, 3, 10);
    QTest::newRow("last weekend") << kQuote + u(" last weekend.") << thu << QDate(2024, 3, 9)
                                  << QDate(2024, 3, 10);
    QTest::newRow("earlier this month")
        << kQuote + u(" earlier this month.") << thu << QDate(2024, 3, 1) << QDate(2024, 3, 14);
    // Events the text names.
    QTest::newRow("summit named with its place")
        << u("Minister Anna Kowal spoke at the NATO summit in Vilnius. ") + kQuote + u(".")
        << QDate(2023, 7, 14) << QDate(2023, 7, 11) << QDate(2023, 7, 12);
    QTest::newRow("summit named by the place first")
        << u("Speaking at the Madrid NATO summit, Minister Anna Kowal was firm. ") + kQuote + u(".")
        << QDate(2022, 7, 2) << QDate(2022, 6, 28) << QDate(2022, 6, 30);
    QTest::newRow("forum in a capital named by its country, undated article, today's weekday")
        << u("Minister Anna Kowal called today, Thursday, for more orders during her speech at the NATO "
             "Industry Forum, which opened in the Romanian capital. ")
            + kQuote + u(".")
        << QDate() << QDate(2025, 11, 6) << QDate(2025, 11, 6);
    QTest::newRow("conference told directly, days after")
        << u("Anna Kowal told the Munich Security Conference that Europe must build ships.\n\n") + kQuote
            + u(".")
        << QDate(2024, 2, 20) << QDate(2024, 2, 16) << QDate(2024, 2, 18);
    QTest::newRow("event with last week narrows to the days of both")
        << u("Minister Anna Kowal spoke at the NATO-Industry Forum in Stockholm last week.\n\n") + kQuote
            + u(".")
        << QDate(2023, 10, 30) << QDate(2023, 10, 24) << QDate(2023, 10, 25);
    QTest::newRow("undated article: a day without year inside the event")
        << u("Minister Anna Kowal spoke at the NATO summit in Vilnius on 12 July. ") + kQuote + u(".")
        << QDate() << QDate(2023, 7, 12) << QDate(2023, 7, 12);
    QTest::newRow("undated article: a day without year outside the event is no evidence")
        << u("Minister Anna Kowal spoke at the NATO summit in Vilnius on 20 July. ") + kQuote + u(".")
        << QDate() << QDate(2023, 7, 11) << QDate(2023, 7, 12);
    // The article's own date.
    QTest::newRow("nothing closer: the week up to the article")
        << kQuote + u(".") << thu << QDate(2024, 3, 8) << QDate(2024, 3, 14);
    QTest::newRow("no date anywhere") << kQuote + u(".") << QDate() << QDate() << QDate();
    // What must not date a statement.
    QTest::newRow("a future weekday is not when it was said") << u("The ministers will meet on Tuesday. ")
            + kQuote + u(".") << thu << QDate(2024, 3, 8) << QDate(2024, 3, 14);
    QTest::newRow("next week is not when it was said")
        << kQuote + u(", adding that a tender opens next week.") << thu << QDate(2024, 3, 8)
        << QDate(2024, 3, 14);
    QTest::newRow("a day inside the quotation is what was said, not when")
        << u("“Yesterday our yard launched a ship, and on Monday another,” Minister Anna Kowal said.") << thu
        << QDate(2024, 3, 8) << QDate(2024, 3, 14);
    QTest::newRow("an event the speaker talks about is not where she spoke")
        << u("Minister Anna Kowal said that the decisions taken at the NATO summit in Vilnius were "
             "historic. ")
            + kQuote + u(".")
        << thu << QDate(2024, 3, 8) << QDate(2024, 3, 14);
    QTest::newRow("a weekday in what was said is not when it was said")
        << kQuote + u(", adding that the ministers meet on Friday.") << thu << QDate(2024, 3, 8)
        << QDate(2024, 3, 14);
    QTest::newRow("an event still to come is not where she spoke")
        << u("Minister Anna Kowal, who will speak at the Munich Security Conference, was firm. ") + kQuote
            + u(".")
        << QDate(2024, 2, 10) << QDate(2024, 2, 4) << QDate(2024, 2, 10);
    QTest::newRow("an event deep in the story dates only its own paragraph")
        << kQuote
            + u(".\n\nThe navy has asked for more ships for years.\n\nIts budget doubled since 2020.\n\n")
            + u("The fleet is ageing and needs replacing soon, officials say.\n\n")
            + u("Shipyards in the north have room for two more hulls a year.\n\n")
            + u("Unions there want the orders placed before the summer.\n\n")
            + u("Last year she spoke at the NATO summit in Vilnius about the same ships.")
        << QDate(2024, 3, 14) << QDate(2024, 3, 8) << QDate(2024, 3, 14);
    QTest::newRow("a summit city with several summits and no date stays undated")
        << u("Minister Anna Kowal spoke at the NATO summit in Brussels. ") + kQuote + u(".") << QDate()
        << QDate() << QDate();
    QTest::newRow("a series that always meets in one place needs a date")
        << u("Anna Kowal told the Munich Security Conference that Europe must build ships. ") + kQuote
            + u(".")
        << QDate() << QDate() << QDate();
    QTest::newRow("an edition the calendar does not know is no date")
        << u("Minister Anna Kowal spoke at the NATO summit in Ankara. ") + kQuote + u(".") << QDate()
        << QDate() << QDate();
}

void tst_saiddater::windows()
{
    QFETCH(QString, text);
    QFETCH(QDate, published);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const ql::Extraction e = run(text, published);
    QVERIFY(!e.statements.isEmpty());
    for (const ql::Statement& s : e.statements) {
        QVERIFY2(s.said.from == from && s.said.to == to,
            qPrintable(QStringLiteral("%1 – %2 (%3)")
                           .arg(s.said.from.toString(Qt::ISODate), s.said.to.toString(Qt::ISODate),
                               s.said.evidence)));
        QCOMPARE(s.saidOn, s.said.day());
        QCOMPARE(s.said.isNull(), s.said.evidence.isEmpty());
    }
}

void tst_saiddater::evidenceIsExplained()
{
    const ql::Extraction e
        = run(u("Minister Anna Kowal spoke at the NATO-Industry Forum in Stockholm last week.\n\n") + kQuote
                + u("."),
            QDate(2023, 10, 30));
    QCOMPARE(e.statements.size(), 1);
    const QString why = e.statements.first().said.evidence;
    QVERIFY2(why.contains(u("NATO-Industry Forum, Stockholm, 24–25 Oct 2023")), qPrintable(why));
    QVERIFY2(why.contains(u("'last week'")), qPrintable(why));
    QVERIFY2(!why.contains(u("conflicts")), qPrintable(why));
}

void tst_saiddater::conflictIsReported()
{
    // The text says yesterday; the event it names was a year before: the stronger evidence wins and
    // the window says why it disagrees.
    const ql::Extraction e
        = run(u("Anna Kowal spoke at the NATO summit in Vilnius yesterday. ") + kQuote + u("."),
            QDate(2024, 7, 20));
    QCOMPARE(e.statements.size(), 1);
    const ql::SaidWindow w = e.statements.first().said;
    QCOMPARE(w.from, QDate(2024, 7, 19));
    QCOMPARE(w.to, QDate(2024, 7, 19));
    QVERIFY2(w.evidence.contains(u("conflicts with")), qPrintable(w.evidence));
    QVERIFY2(w.evidence.contains(u("NATO Summit, Vilnius")), qPrintable(w.evidence));
}

void tst_saiddater::transcriptUsesItsDateLine()
{
    const QString speech = u("Speech by Minister Anna Kowal at the Baltic Shipbuilding Conference\n\n"
                             "12 Mar. 2024\n\n(As delivered)\n\nLadies and gentlemen,\n\n"
                             "Yesterday I visited the yard in Gdynia.\nWe will build ten new corvettes.\n");
    const ql::Extraction e = run(speech, QDate(2024, 3, 14));
    QVERIFY(e.isTranscript);
    QVERIFY(!e.statements.isEmpty());
    for (const ql::Statement& s : e.statements) {
        QCOMPARE(s.said.from, QDate(2024, 3, 12));
        QCOMPARE(s.said.to, QDate(2024, 3, 12));
        QVERIFY2(s.said.evidence.contains(u("date line")), qPrintable(s.said.evidence));
    }
}

void tst_saiddater::jsonPrintsDayRangeOrNothing()
{
    ql::Article article;
    article.published = QDate(2024, 3, 14);
    article.text = kQuote
        + u(" yesterday.\n\n“A second sentence of hers, long enough to count,” Kowal said last week.\n\n")
        + u("“A third sentence of hers, also long enough,” Kowal added.");
    ql::Extraction e = ql::Extractor().extract(article);
    QCOMPARE(e.statements.size(), 3);
    // An undated article's statement: neither field.
    ql::Article undated = article;
    undated.published = QDate();
    const ql::Extraction u2 = ql::Extractor().extract(undated);
    const QJsonObject o = ql::extractionToEvalJson(QStringLiteral("a.txt"), article, e);
    const QJsonArray st = o.value(QStringLiteral("statements")).toArray();
    QCOMPARE(st.at(0).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2024-03-13"));
    QVERIFY(!st.at(0).toObject().contains(QStringLiteral("date_range")));
    const QJsonArray range = st.at(1).toObject().value(QStringLiteral("date_range")).toArray();
    QCOMPARE(range.size(), 2);
    QCOMPARE(range.at(0).toString(), QStringLiteral("2024-03-04"));
    QCOMPARE(range.at(1).toString(), QStringLiteral("2024-03-10"));
    QVERIFY(!st.at(1).toObject().contains(QStringLiteral("date")));
    const QJsonObject uo = ql::extractionToEvalJson(QStringLiteral("b.txt"), undated, u2);
    for (const QJsonValue& v : uo.value(QStringLiteral("statements")).toArray()) {
        QVERIFY(!v.toObject().contains(QStringLiteral("date")));
        QVERIFY(!v.toObject().contains(QStringLiteral("date_range")));
    }
}

void tst_saiddater::relativeDays_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    // Against Monday 30 Oct 2023.
    QTest::newRow("the day before yesterday")
        << u("she said the day before yesterday") << QDate(2023, 10, 28) << QDate(2023, 10, 28);
    QTest::newRow("last night") << u("she told the radio last night") << QDate(2023, 10, 29)
                                << QDate(2023, 10, 30);
    QTest::newRow("this week on a Monday")
        << u("she said this week") << QDate(2023, 10, 30) << QDate(2023, 10, 30);
    QTest::newRow("over the weekend")
        << u("she said over the weekend") << QDate(2023, 10, 28) << QDate(2023, 10, 29);
    QTest::newRow("last month") << u("she said last month") << QDate(2023, 9, 1) << QDate(2023, 9, 30);
    QTest::newRow("three days ago") << u("she said three days ago") << QDate(2023, 10, 27)
                                    << QDate(2023, 10, 27);
    QTest::newRow("last Friday") << u("she said last Friday") << QDate(2023, 10, 20) << QDate(2023, 10, 27);
    QTest::newRow("Sunday evening") << u("she said on Sunday evening") << QDate(2023, 10, 29)
                                    << QDate(2023, 10, 29);
    QTest::newRow("until Friday is no day") << u("the talks run until Friday") << QDate() << QDate();
    QTest::newRow("since last week is no day") << u("talks have run since last week") << QDate() << QDate();
    QTest::newRow("later this week is ahead") << u("she will speak later this week") << QDate() << QDate();
}

void tst_saiddater::relativeDays()
{
    QFETCH(QString, sentence);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const QList<ql::RelativeDate> found = ql::RelativeDateFinder().find(
        sentence, ql::TextSpan { 0, int(sentence.size()) }, {}, QDate(2023, 10, 30));
    if (!from.isValid()) {
        QVERIFY(found.isEmpty());
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().from, from);
    QCOMPARE(found.first().to, to);
}

void tst_saiddater::calendarSeedIsSound()
{
    const ql::EventCalendar seed = ql::EventCalendar::seed();
    QVERIFY(seed.events().size() > 30);
    QStringList summits;
    for (const ql::CalendarEvent& e : seed.events()) {
        QVERIFY2(e.start.isValid() && e.end.isValid() && e.start <= e.end, qPrintable(e.name));
        QVERIFY2(e.start.daysTo(e.end) < 7, qPrintable(e.name));
        QVERIFY(!e.aliases.isEmpty());
        QVERIFY(!e.place.isEmpty());
        QVERIFY(!e.kind.isEmpty());
        if (e.kind == QLatin1String("summit"))
            summits << e.place + QLatin1Char(' ') + e.start.toString(Qt::ISODate);
    }
    for (const char* s : { "Newport 2014-09-04", "Warsaw 2016-07-08", "Brussels 2017-05-25",
             "Brussels 2018-07-11", "London 2019-12-03", "Brussels 2021-06-14", "Madrid 2022-06-28",
             "Vilnius 2023-07-11", "Washington 2024-07-09", "The Hague 2025-06-24" })
        QVERIFY2(summits.contains(QString::fromUtf8(s)), s);
}

void tst_saiddater::calendarMentions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QDate>("start"); // the edition meant; null: none can be told
    QTest::newRow("series and place")
        << u("at the NATO summit in Warsaw") << QDate(2016, 7, 12) << QDate(2016, 7, 8);
    QTest::newRow("dashes and case do not matter")
        << u("at the nato–industry   forum in Stockholm") << QDate() << QDate(2023, 10, 24);
    QTest::newRow("edition named by its own alias")
        << u("after the Vilnius Summit") << QDate() << QDate(2023, 7, 11);
    QTest::newRow("year before the name")
        << u("the 2018 NATO summit in Brussels") << QDate() << QDate(2018, 7, 11);
    QTest::newRow("last year's edition")
        << u("at last year's Munich Security Conference") << QDate(2024, 5, 2) << QDate(2023, 2, 17);
    QTest::newRow("series alone, just after it")
        << u("at the Munich Security Conference") << QDate(2025, 2, 17) << QDate(2025, 2, 14);
    QTest::newRow("series alone, months after it")
        << u("at the Munich Security Conference") << QDate(2025, 6, 1) << QDate();
    QTest::newRow("an event after the article is not it")
        << u("at the NATO summit in The Hague") << QDate(2025, 5, 1) << QDate();
    QTest::newRow("next year's summit") << u("at next year's NATO summit") << QDate(2024, 7, 12) << QDate();
}

void tst_saiddater::calendarMentions()
{
    QFETCH(QString, text);
    QFETCH(QDate, published);
    QFETCH(QDate, start);
    const ql::EventCalendar& calendar = ql::EventCalendar::seeded();
    const QList<ql::EventMention> mentions = calendar.mentionsIn(text, ql::TextSpan { 0, int(text.size()) });
    QCOMPARE(mentions.size(), 1);
    const int i = calendar.resolve(mentions.first(), published, QDate(), published);
    if (!start.isValid()) {
        QCOMPARE(i, -1);
        return;
    }
    QVERIFY(i >= 0);
    QCOMPARE(calendar.events().at(i).start, start);
}

void tst_saiddater::analystCalendarIsUsed()
{
    // An event the analyst adds dates the statements of an article that names it.
    QList<ql::CalendarEvent> events = ql::EventCalendar::seed().events();
    events.append({ 0, u("Baltic Shipbuilding Conference"), { u("Baltic Shipbuilding Conference") },
        u("Gdansk"), QDate(2024, 3, 5), QDate(2024, 3, 6), u("conference"), false });
    ql::Extractor extractor;
    extractor.setEvents(ql::EventCalendar(events));
    ql::Article article;
    article.published = QDate(2024, 3, 14);
    article.text
        = u("Minister Anna Kowal spoke at the Baltic Shipbuilding Conference in Gdansk. ") + kQuote + u(".");
    const ql::Extraction with = extractor.extract(article);
    QCOMPARE(with.statements.size(), 1);
    QCOMPARE(with.statements.first().said.from, QDate(2024, 3, 5));
    QCOMPARE(with.statements.first().said.to, QDate(2024, 3, 6));
    const ql::Extraction without = ql::Extractor().extract(article);
    QCOMPARE(without.statements.first().said.from, QDate(2024, 3, 8));
}

void tst_saiddater::labels_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("label");
    QTest::newRow("one day") << QDate(2023, 10, 25) << QDate(2023, 10, 25) << u("25 Oct 2023");
    QTest::newRow("days of a month") << QDate(2025, 11, 5) << QDate(2025, 11, 6) << u("5–6 Nov 2025");
    QTest::newRow("across months") << QDate(2025, 9, 30) << QDate(2025, 10, 2) << u("30 Sep – 2 Oct 2025");
    QTest::newRow("a month, roughly") << QDate(2024, 7, 1) << QDate(2024, 7, 31) << u("Jul 2024?");
    QTest::newRow("open towards the future") << QDate(2024, 10, 1) << QDate() << u("after 1 Oct 2024");
    QTest::newRow("undated") << QDate() << QDate() << QString();
}

void tst_saiddater::labels()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, label);
    ql::SaidWindow w;
    w.from = from;
    w.to = to;
    QCOMPARE(w.label(), label);
}

void tst_saiddater::redatingFollowsTheArticleDate()
{
    // The dater is a function of the article: given a date later, the stored statements get windows.
    ql::Article article;
    article.text = kQuote + u(" on Tuesday.");
    ql::Extraction e = ql::Extractor().extract(article);
    QCOMPARE(e.statements.size(), 1);
    QVERIFY(!e.statements.first().said.isBounded());
    article.published = QDate(2024, 3, 14);
    ql::SaidDater(ql::OfficeHolders::seed(), ql::EventCalendar::seeded()).date(article, e.statements);
    QCOMPARE(e.statements.first().said.from, QDate(2024, 3, 12));
    QCOMPARE(e.statements.first().saidOn, QDate(2024, 3, 12));
}

QTEST_GUILESS_MAIN(tst_saiddater)
#include "tst_saiddater.moc"
