// BoilerplateFilter: the furniture of pasted web pages goes, article lines stay. Invented fixtures.
#include "core/ingest/BoilerplateFilter.h"
#include "core/ingest/PlainTextReader.h"

#include <QtTest>

using namespace ql;

class TestBoilerplateFilter : public QObject
{
    Q_OBJECT

private slots:
    void dropsFurnitureLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("phone numbers and e-mail")
            << QStringLiteral("+32 2 555 0134 \u2013 0 +32 2 555 0134 \u2013 77 desk@example-defence.eu");
        QTest::newRow("phone only") << QStringLiteral("Tel.: (0)30 1234 5678");
        QTest::newRow("related posts") << QStringLiteral("Related Posts");
        QTest::newRow("read also teaser")
            << QStringLiteral("Read also: Army orders 40 new howitzers for the northern brigade");
        QTest::newRow("see also teaser") << QStringLiteral("SEE ALSO | Frigate programme runs late again");
        QTest::newRow("newsletter prompt")
            << QStringLiteral("Sign up to our newsletter and never miss a briefing.");
        QTest::newRow("newsletter subscribe") << QStringLiteral("Subscribe to the Daily Shield newsletter");
        QTest::newRow("app promotion") << QStringLiteral("Download our free App.");
        QTest::newRow("app store") << QStringLiteral("Get it on Google Play or the App Store");
        QTest::newRow("follow us") << QStringLiteral("Follow us on Telegram and Facebook for live updates");
        QTest::newRow("follow publisher on") << QStringLiteral("Follow The Harbour Gazette on X");
        QTest::newRow("publisher self-description") << QStringLiteral(
            "The Harbour Gazette is the place where you will find independent reporting on the "
            "Baltic region. Support us and become a patron!");
        QTest::newRow("award promotion") << QStringLiteral(
            "Voted Consumer Choice for online news for the fifth year and product of the year 2025.");
        QTest::newRow("bullet date line") << QStringLiteral("\u2022 14 Feb. 2025 -");
        QTest::newRow("numeric date line") << QStringLiteral("03/11/2025");
        QTest::newRow("last updated") << QStringLiteral("\u2022 Last updated: 14 Feb. 2025 09:12");
        QTest::newRow("publish date label") << QStringLiteral("Publish date");
        QTest::newRow("delivery note") << QStringLiteral("(Check against delivery)");
        QTest::newRow("separator bullets") << QStringLiteral("\u2022 |");
        QTest::newRow("cookie notice")
            << QStringLiteral("We use cookies to improve your experience. Accept all cookies");
        QTest::newRow("copyright") << QStringLiteral("\u00A9 2025 Harbour Media Ltd. All rights reserved.");
        QTest::newRow("bare url") << QStringLiteral("https://news.example.org/world/2025/02/14/frigates/");
        QTest::newRow("source url") << QStringLiteral("Source: https://news.example.org/world/frigates-431");
        QTest::newRow("postcode and town") << QStringLiteral("10115 Berlin \u2013 Mitte");
        QTest::newRow("street address") << QStringLiteral("Hafenstra\u00DFe 12");
        QTest::newRow("footnote") << QStringLiteral("* Survey by Polldata, Jan. 2025 example.com");
        QTest::newRow("share bar") << QStringLiteral("Share this article");
        QTest::newRow("german teaser")
            << QStringLiteral("Lesen Sie auch: Bundeswehr bestellt neue Fregatten");
        QTest::newRow("portuguese teaser") << QStringLiteral("Leia também: Marinha recebe navio");
        QTest::newRow("french follow") << QStringLiteral("Suivez-nous sur Facebook et Instagram");
        QTest::newRow("spanish follow") << QStringLiteral("S\u00EDguenos en X");
    }

    void dropsFurnitureLine()
    {
        QFETCH(QString, line);
        QVERIFY2(BoilerplateFilter::classify(line) != BoilerplateFilter::Verdict::Keep, qPrintable(line));
    }

    void keepsArticleLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("headline") << QStringLiteral("Navy chief warns of shortfall in frigate crews");
        QTest::newRow("speech salutation") << QStringLiteral("Ladies and gentlemen,");
        QTest::newRow("short speech sentence") << QStringLiteral("High readiness.");
        QTest::newRow("source naming a person")
            << QStringLiteral("Source: Admiral Jane Holt in a briefing to the defence committee");
        QTest::newRow("quote mentioning support") << QStringLiteral(
            "\u201CWe will support our partners for as long as it takes,\u201D the minister said.");
        QTest::newRow("prose with a date")
            << QStringLiteral("On 14 February 2025 the ministers agreed to double the order for shells.");
        QTest::newRow("figure with digits") << QStringLiteral(
            "The contract is worth \u20AC1.2 billion over 2025 2026 and 2027, officials said.");
        QTest::newRow("section heading") << QStringLiteral("Background");
    }

    void keepsArticleLine()
    {
        QFETCH(QString, line);
        QCOMPARE(BoilerplateFilter::classify(line), BoilerplateFilter::Verdict::Keep);
    }

    void filtersPastedPage()
    {
        const QString pasted = QStringLiteral(
            "+44 20 7946 0000 \u2013 0 press@gazette.example\n\n"
            "Shipyards promise faster frigates\n\n"
            "The minister visited the northern yard on Monday.\n\n"
            "\u201CWe cannot wait another decade for these ships,\u201D Minister Ada Lind said during the "
            "visit, "
            "adding that the yard would add a second shift before the summer.\n\n"
            "Read also: Coast guard gets new patrol boats\n\n"
            "The navy expects the first hull to be delivered in two years, according to the programme "
            "office, "
            "which oversees the order.\n\n"
            "Related Posts\n\nPublish date\n\n04/02/2025\n\nSign up to our newsletter\n\n"
            "News\n\nAir\n\nLand\n\nNaval\n\nCyber\n\nContact Us\n\nGazette Media GmbH\nHafenstra\u00DFe 12\n"
            "20457 Hamburg\n\n+49 40 5555 1234\n\nFollow On\n\nX\n");
        const QString text
            = PlainTextReader::assemble(BoilerplateFilter().filter(PlainTextReader().lines(pasted)));
        const QStringList expected = { QStringLiteral("Shipyards promise faster frigates"),
            QStringLiteral("The minister visited the northern yard on Monday."),
            QStringLiteral(
                "\u201CWe cannot wait another decade for these ships,\u201D Minister Ada Lind said during "
                "the visit, adding that the yard would add a second shift before the summer."),
            QStringLiteral(
                "The navy expects the first hull to be delivered in two years, according to the programme "
                "office, which oversees the order.") };
        QCOMPARE(text.split(QStringLiteral("\n\n")), expected);
    }

    void dropsMenuRunButKeepsSpeechLines()
    {
        const QStringList lines = { QStringLiteral("Home"), QStringLiteral("World"),
            QStringLiteral("Defence Business"), QStringLiteral("Latin America (Spanish)"),
            QStringLiteral("Opinion"), QString(), QStringLiteral("Thank you, Madam Chair,"),
            QStringLiteral("Excellencies,"), QString(), QStringLiteral("Our readiness has improved."),
            QStringLiteral("Stocks are growing."), QStringLiteral("And quickly.") };
        const QStringList expected = { QStringLiteral("Thank you, Madam Chair,"),
            QStringLiteral("Excellencies,"), QString(), QStringLiteral("Our readiness has improved."),
            QStringLiteral("Stocks are growing."), QStringLiteral("And quickly.") };
        QCOMPARE(BoilerplateFilter().filter(lines), expected);
    }

    void keepsRunOfAmounts()
    {
        // A list of figures looks like a menu (short capitalised lines) but holds the article's numbers.
        const QStringList lines = { QStringLiteral("Air defence | \u20AC2.1 bn"),
            QStringLiteral("Shells | EUR 1.6 bn"), QStringLiteral("Radars | $900m"),
            QStringLiteral("Trucks | 4% more"), QStringLiteral("Boats | \u00A340m") };
        QCOMPARE(BoilerplateFilter().filter(lines), lines);
    }

    void keepsArticleHeader()
    {
        const QStringList lines = { QStringLiteral("Frigate order doubles"), QString(),
            QStringLiteral("By Jane Doe"), QString(), QStringLiteral("Reuters"), QString(),
            QStringLiteral("12 March 2025"), QString(), QStringLiteral("Copenhagen"), QString(),
            QStringLiteral(
                "The navy doubled its frigate order on Wednesday, citing faster delivery promises.") };
        const QStringList out = BoilerplateFilter().filter(lines);
        QCOMPARE(out.first(), QStringLiteral("Frigate order doubles"));
        QVERIFY(out.contains(QStringLiteral("By Jane Doe")));
        QVERIFY(!out.contains(QStringLiteral("12 March 2025")));
        QCOMPARE(out.last(), lines.last());
    }

    void keepsArticleAfterTeaserWhenProseFollows()
    {
        const QStringList lines = { QStringLiteral("Follow us on Telegram"), QString(),
            QStringLiteral(
                "The defence committee will publish its report next week, after hearing evidence from "
                "three former commanders and the procurement agency."),
            QString(), QStringLiteral("It ends the review.") };
        const QStringList out = BoilerplateFilter().filter(lines);
        QCOMPARE(out.size(), 3);
        QCOMPARE(out.last(), QStringLiteral("It ends the review."));
    }

    // A transcript of short spoken lines: its delivery marker goes, the speech after it stays.
    void deliveryMarkerKeepsTheSpeech_data()
    {
        QTest::addColumn<QString>("marker");
        QTest::newRow("as delivered") << QStringLiteral("(As delivered)");
        QTest::newRow("check against delivery") << QStringLiteral("Check against delivery");
        QTest::newRow("as prepared for delivery") << QStringLiteral("AS PREPARED FOR DELIVERY");
    }

    void deliveryMarkerKeepsTheSpeech()
    {
        QFETCH(QString, marker);
        const QStringList lines = { QStringLiteral("Remarks by Minister Ola Vik at the Harbour Forum"),
            QString(), marker, QString(), QStringLiteral("Dear colleagues,"), QString(),
            QStringLiteral("Thank you for coming."), QString(),
            QStringLiteral("Our shipyards are busy again."), QString(), QStringLiteral("Thank you.") };
        const QStringList out = BoilerplateFilter().filter(lines);
        QVERIFY(!out.contains(marker));
        QVERIFY(out.contains(QStringLiteral("Our shipyards are busy again.")));
        QCOMPARE(out.last(), QStringLiteral("Thank you."));
    }
};

QTEST_GUILESS_MAIN(TestBoilerplateFilter)
#include "tst_boilerplatefilter.moc"
