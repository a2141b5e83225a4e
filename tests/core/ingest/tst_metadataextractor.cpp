// DateParser, MetadataExtractor and LanguageGuesser: date precedence and conflicts, source,
// publisher, title and language. Invented fixtures.
#include "core/domain/Article.h"
#include "core/ingest/DateParser.h"
#include "core/ingest/Ingestor.h"
#include "core/ingest/LanguageGuesser.h"
#include "core/ingest/MetadataExtractor.h"

#include <QtTest>

using namespace ql;

Q_DECLARE_METATYPE(ql::DateCandidate)

class TestMetadataExtractor : public QObject
{
    Q_OBJECT

private slots:
    void parsesDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("iso") << QStringLiteral("2024-03-05") << QDate(2024, 3, 5);
        QTest::newRow("iso timestamp") << QStringLiteral("2024-03-05T09:30:00+01:00") << QDate(2024, 3, 5);
        QTest::newRow("us numeric") << QStringLiteral("11/25/2024") << QDate(2024, 11, 25);
        QTest::newRow("day first when month impossible")
            << QStringLiteral("25/11/2024") << QDate(2024, 11, 25);
        QTest::newRow("european dotted") << QStringLiteral("05.03.2024") << QDate(2024, 3, 5);
        QTest::newRow("day month. year") << QStringLiteral("29 Sep. 2023") << QDate(2023, 9, 29);
        QTest::newRow("month day, year") << QStringLiteral("September 29, 2023") << QDate(2023, 9, 29);
        QTest::newRow("weekday and time")
            << QStringLiteral("Friday, 29 September 2023 12:54") << QDate(2023, 9, 29);
        QTest::newRow("ordinal") << QStringLiteral("1st March 2022") << QDate(2022, 3, 1);
        QTest::newRow("german") << QStringLiteral("5. März 2024") << QDate(2024, 3, 5);
        QTest::newRow("french") << QStringLiteral("5 août 2024") << QDate(2024, 8, 5);
        QTest::newRow("spanish") << QStringLiteral("5 de marzo de 2024") << QDate(2024, 3, 5);
        QTest::newRow("german abbreviated") << QStringLiteral("Do., 5. Okt. 2023") << QDate(2023, 10, 5);
        QTest::newRow("italian") << QStringLiteral("12 settembre 2023") << QDate(2023, 9, 12);
        QTest::newRow("dutch") << QStringLiteral("3 mei 2022") << QDate(2022, 5, 3);
        QTest::newRow("portuguese") << QStringLiteral("5 de março de 2024") << QDate(2024, 3, 5);
        QTest::newRow("polish genitive") << QStringLiteral("7 listopada 2023") << QDate(2023, 11, 7);
        QTest::newRow("russian genitive") << QStringLiteral("3 октября 2023") << QDate(2023, 10, 3);
        QTest::newRow("hungarian") << QStringLiteral("2024. március 5.") << QDate(2024, 3, 5);
        QTest::newRow("chinese") << QStringLiteral("2024年3月5日") << QDate(2024, 3, 5);
        QTest::newRow("spaced dotted") << QStringLiteral("4. 2. 2022") << QDate(2022, 2, 4);
        QTest::newRow("rfc 2822") << QStringLiteral("Mon, 20 Jan 2020 09:49:32 +0000") << QDate(2020, 1, 20);
        QTest::newRow("utc stamp keeps its written day")
            << QStringLiteral("2021-11-04T23:00Z") << QDate(2021, 11, 4);
        QTest::newRow("not a month") << QStringLiteral("5 Menschen 2024") << QDate();
        QTest::newRow("no year") << QStringLiteral("29 September") << QDate();
        QTest::newRow("year only") << QStringLiteral("2024") << QDate();
        QTest::newRow("impossible day") << QStringLiteral("31/02/2024") << QDate();
        QTest::newRow("sentence is not a date")
            << QStringLiteral("On 29 September 2023 the forum met.") << QDate();
    }

    void parsesDates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(DateParser::parse(text), date);
    }

    // "28.01.22" as date elements print it: only a whole stamp, never inside prose.
    void shortYearStamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("bare") << QStringLiteral("28.01.22") << QDate(2022, 1, 28);
        QTest::newRow("padded with spaces") << QStringLiteral(" 02.12.19 ") << QDate(2019, 12, 2);
        QTest::newRow("weekday and clock") << QStringLiteral("Fr, 3.5.24, 10:30 Uhr") << QDate(2024, 5, 3);
        QTest::newRow("last century") << QStringLiteral("17.06.99") << QDate(1999, 6, 17);
        QTest::newRow("a word before is no weekday") << QStringLiteral("Version 2.12.19") << QDate();
        QTest::newRow("in a sentence") << QStringLiteral("Am 2.12.19 kam er an.") << QDate();
        QTest::newRow("impossible month") << QStringLiteral("12.13.19") << QDate();
        QTest::newRow("four-digit year is another form") << QStringLiteral("02.12.2019") << QDate();
    }

    void shortYearStamps()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(DateParser::parseShortYear(text), date);
    }

    // The minute of a UTC clock is reported, so the choice can tell a converted day.
    void utcClock_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minute");
        QTest::newRow("Z") << QStringLiteral("2021-11-04T23:00Z") << 23 * 60;
        QTest::newRow("+00:00") << QStringLiteral("2023-11-09T03:28:35+00:00") << 3 * 60 + 28;
        QTest::newRow("local offset") << QStringLiteral("2023-11-08T22:28:35-05:00") << -1;
        QTest::newRow("no clock") << QStringLiteral("2023-11-08") << -1;
        QTest::newRow("GMT") << QStringLiteral("Mon, 20 Jan 2020 09:49 GMT") << 9 * 60 + 49;
    }

    void utcClock()
    {
        QFETCH(QString, text);
        QFETCH(int, minute);
        int got = -2;
        QVERIFY(DateParser::parse(text, &got).isValid());
        QCOMPARE(got, minute);
    }

    void datesInUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QDate>("date");
        QTest::newRow("slashes") << QStringLiteral("https://n.example/eng/news/2023/09/30/7422079/")
                                 << QDate(2023, 9, 30);
        QTest::newRow("dashes") << QStringLiteral("https://n.example/2024-01-15-summit")
                                << QDate(2024, 1, 15);
        QTest::newRow("compact") << QStringLiteral("https://n.example/a/20240115/summit.html")
                                 << QDate(2024, 1, 15);
        QTest::newRow("article id is not a date")
            << QStringLiteral("https://n.example/mundo/2595410/story") << QDate();
        QTest::newRow("year and month only") << QStringLiteral("https://n.example/2024/01/summit") << QDate();
        QTest::newRow("month name") << QStringLiteral("https://n.example/world/2020/oct/02/summit")
                                    << QDate(2020, 10, 2);
        QTest::newRow("compact at the end of a slug")
            << QStringLiteral("https://n.example/world/summit-ends-20200113") << QDate(2020, 1, 13);
    }

    void datesInUrls()
    {
        QFETCH(QString, url);
        QFETCH(QDate, date);
        QCOMPARE(DateParser::fromUrl(url), date);
    }

    // Whole documents through the Ingestor: which date wins, and the reason recorded.
    void precedence_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("origin");

        const QByteArray body(
            "<p>The ministers agreed to buy more air defence systems together, the chair said after "
            "the meeting, which lasted two days and ended with a joint statement.</p>");
        QTest::newRow("meta beats a later JSON-LD date")
            << QByteArray(
                   "<html><head><meta property=\"article:published_time\" content=\"2024-06-01T08:00:00Z\">"
                   "<script type=\"application/ld+json\">{\"datePublished\":\"2024-06-03\"}</script></head>"
                   "<body><article>")
                + body + QByteArray("</article></body></html>")
            << QStringLiteral("a.html") << QDate(2024, 6, 1)
            << QStringLiteral("meta article:published_time (JSON-LD datePublished says 2024-06-03)");
        QTest::newRow("JSON-LD alone")
            << QByteArray(
                   "<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\","
                   "\"datePublished\":\"2024-06-03T10:00:00Z\"}]}</script></head><body><article>")
                + body + QByteArray("</article></body></html>")
            << QStringLiteral("a.html") << QDate(2024, 6, 3) << QStringLiteral("JSON-LD datePublished");
        QTest::newRow("time element")
            << QByteArray("<html><body><article><time datetime=\"2024-06-04\">4 June</time>") + body
                + QByteArray("</article></body></html>")
            << QStringLiteral("a.html") << QDate(2024, 6, 4) << QStringLiteral("<time datetime>");
        QTest::newRow("masthead time outside the article is ignored")
            << QByteArray(
                   "<html><body><header><time datetime=\"2024-06-20\">Thursday</time></header><article>")
                + body + QByteArray("</article></body></html>")
            << QStringLiteral("a.html") << QDate() << QString();
        QTest::newRow("modified time is not a publication date")
            << QByteArray(
                   "<html><head><meta property=\"article:modified_time\" content=\"2024-06-09\"></head><body>"
                   "<article>")
                + body + QByteArray("</article></body></html>")
            << QStringLiteral("a.html") << QDate()
            << QStringLiteral("no publication date; meta article:modified_time says 2024-06-09");

        const QByteArray prose(
            "The ministers agreed to buy more air defence systems together, the chair said after "
            "the meeting, which lasted two days.\n");
        QTest::newRow("published line")
            << QByteArray("Ministers agree on air defence\n\nPublished: 12 March 2024\n\n") + prose
            << QStringLiteral("a.txt") << QDate(2024, 3, 12) << QStringLiteral("\"Published\" line");
        QTest::newRow("dateline")
            << QByteArray("Ministers agree on air defence\n\nBRUSSELS, March 12, 2024 \xe2\x80\x93 ") + prose
            << QStringLiteral("a.txt") << QDate(2024, 3, 12) << QStringLiteral("dateline");
        QTest::newRow("byline") << QByteArray(
                                       "Ministers agree on air defence\n\nBy Tove Berg | 12.03.2024\n\n")
                + prose << QStringLiteral("a.txt")
                                << QDate(2024, 3, 12) << QStringLiteral("byline");
        QTest::newRow("publish date block")
            << QByteArray("Ministers agree on air defence\n\n") + prose
                + QByteArray("\nRelated Posts\n\nPublish date\n\n03/12/2024\n\nNews\n")
            << QStringLiteral("a.txt") << QDate(2024, 3, 12) << QStringLiteral("Publish date block");
        QTest::newRow("url older than page stamp")
            << QByteArray("\xe2\x80\xa2 11/25/2024\n\nMinisters agree on air defence\n\n") + prose
                + QByteArray("\nhttps://news.example/eng/2023/09/30/441/\n")
            << QStringLiteral("a.txt") << QDate(2023, 9, 30)
            << QStringLiteral("URL 2023/09/30 (page stamp says 2024-11-25)");
        QTest::newRow("updated line loses to publication")
            << QByteArray("Ministers agree\n\n\xe2\x80\xa2 12 Mar. 2024\n\xe2\x80\xa2 Last updated: 14 Mar. "
                          "2024 10:00\n\n")
                + prose
            << QStringLiteral("a.txt") << QDate(2024, 3, 12)
            << QStringLiteral("page stamp (\"Last updated\" line says 2024-03-14)");
        QTest::newRow("update stamp alone is not a publication date")
            << QByteArray("Ministers agree\n\nLast updated: 14 Mar. 2024 10:00\n\n") + prose
            << QStringLiteral("a.txt") << QDate()
            << QStringLiteral("no publication date; \"Last updated\" line says 2024-03-14");
        QTest::newRow("url in the name hint")
            << prose << QStringLiteral("https://news.example/2024/03/12/air-defence") << QDate(2024, 3, 12)
            << QStringLiteral("URL 2024/03/12");
        QTest::newRow("dates in prose are events, not publication")
            << QByteArray(
                   "Ministers agree\n\nThe forum was held on 29 September and will meet again in 2025, "
                   "after the summit of 12 March 2024 in the capital, officials told reporters on the day.\n")
            << QStringLiteral("a.txt") << QDate() << QString();
        QTest::newRow("copyright year is not a date") << prose + QByteArray("\n\xc2\xa9 2024 Example Media\n")
                                                      << QStringLiteral("a.txt") << QDate() << QString();
        QTest::newRow("wire dateline dated by the one copyright year")
            << QByteArray("Yard wins order\n\nOSLO, June 4 (Newswire) - ") + prose
                + QByteArray("\n(c) 2024 Newswire. All rights reserved.\n")
            << QStringLiteral("a.txt") << QDate(2024, 6, 4)
            << QStringLiteral("dateline, year from the copyright line");
        QTest::newRow("wire dateline without a year stays undated")
            << QByteArray("Yard wins order\n\nOSLO, June 4 (Newswire) - ") + prose << QStringLiteral("a.txt")
            << QDate() << QString();
        QTest::newRow("wire dateline with two copyright years stays undated")
            << QByteArray("Yard wins order\n\nOSLO, June 4 (Newswire) - ") + prose
                + QByteArray("\n(c) 2023 Newswire\nCopyright 2024 Photo Agency\n")
            << QStringLiteral("a.txt") << QDate() << QString();
        QTest::newRow("press release label before the date")
            << QByteArray("Press release, 14 January 2025\n\nYard wins order\n\n") + prose
            << QStringLiteral("a.txt") << QDate(2025, 1, 14) << QStringLiteral("dateline");
        QTest::newRow("future page stamp ignored")
            << QByteArray("\xe2\x80\xa2 01/01/2099\n\nMinisters agree\n\n") + prose << QStringLiteral("a.txt")
            << QDate() << QString();
    }

    void precedence()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QDate, date);
        QFETCH(QString, origin);
        const IngestResult r = Ingestor().readBytes(bytes, name);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.article.published, date);
        QCOMPARE(r.article.dateOrigin, origin);
    }

    void sourceAndPublisher_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("publisher");
        QTest::addColumn<QString>("title");
        const QByteArray body(
            "<article><h1>Air defence deal signed</h1><p>The ministers agreed to buy more air defence "
            "systems together, the chair said after the meeting, which lasted two days.</p></article>");
        QTest::newRow("canonical beats og:url")
            << QByteArray(
                   "<html><head><link rel=\"canonical\" href=\"https://a.example/x\"><meta "
                   "property=\"og:url\" "
                   "content=\"https://b.example/y\"><meta property=\"og:site_name\" content=\"Alpha News\">"
                   "</head><body>")
                + body + QByteArray("</body></html>")
            << QStringLiteral("p.html") << QStringLiteral("https://a.example/x")
            << QStringLiteral("Alpha News") << QStringLiteral("Air defence deal signed");
        QTest::newRow("og:url and domain as publisher")
            << QByteArray("<html><head><title>Deal | Beta</title><meta property=\"og:url\" "
                          "content=\"https://www.beta.example/y\">"
                          "</head><body>")
                + body + QByteArray("</body></html>")
            << QStringLiteral("p.html") << QStringLiteral("https://www.beta.example/y")
            << QStringLiteral("beta.example") << QStringLiteral("Air defence deal signed");
        QTest::newRow("source line in text") << QByteArray(
            "Air defence deal signed\n\nThe ministers agreed to buy more air defence systems together, "
            "the chair said.\n\nSource: https://gamma.example/world/123-deal\n")
                                             << QStringLiteral("p.txt")
                                             << QStringLiteral("https://gamma.example/world/123-deal")
                                             << QStringLiteral("gamma.example")
                                             << QStringLiteral("Air defence deal signed");
        QTest::newRow("nothing known")
            << QByteArray("Air defence deal signed\n\nThe ministers agreed to buy more systems together.\n")
            << QStringLiteral("p.txt") << QString() << QString() << QStringLiteral("Air defence deal signed");
        // Where the text itself names its publisher (PublisherFinder).
        QTest::newRow("wire dateline") << QByteArray(
            "Air defence deal signed\n\nBRUSSELS, March 3 (Reuters) - The ministers agreed to buy "
            "more systems together, the chair said.\n")
                                       << QStringLiteral("p.txt") << QString() << QStringLiteral("Reuters")
                                       << QStringLiteral("Air defence deal signed");
        QTest::newRow("wire beats domain")
            << QByteArray("Air defence deal signed\n\nKYIV (AP) — The ministers agreed to buy more systems "
                          "together, the chair said.\n\nSource: https://news.example/a/1\n")
            << QStringLiteral("p.txt") << QStringLiteral("https://news.example/a/1")
            << QStringLiteral("Associated Press") << QStringLiteral("Air defence deal signed");
        QTest::newRow("byline") << QByteArray(
            "Air defence deal signed\n\nBy Jane Roe, Agence France-Presse\n\nThe ministers "
            "agreed to buy more systems together, the chair said.\n")
                                << QStringLiteral("p.txt") << QString() << QStringLiteral("AFP")
                                << QStringLiteral("Air defence deal signed");
        QTest::newRow("press release header")
            << QByteArray("Nordwerk AG Press Release\n\nAir defence deal signed\n\nThe ministers agreed to "
                          "buy more systems together, the chair said.\n")
            << QStringLiteral("p.txt") << QString() << QStringLiteral("Nordwerk AG") << QString();
        QTest::newRow("copyright line")
            << QByteArray("Air defence deal signed\n\nThe ministers agreed to buy more systems together, the "
                          "chair said.\n\n© 2025 Reuters. All rights reserved.\n")
            << QStringLiteral("p.txt") << QString() << QStringLiteral("Reuters")
            << QStringLiteral("Air defence deal signed");
        QTest::newRow("json-ld publisher")
            << QByteArray("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                          "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Delta Daily\"}}</script>"
                          "</head><body>")
                + body + QByteArray("</body></html>")
            << QStringLiteral("p.html") << QString() << QStringLiteral("Delta Daily")
            << QStringLiteral("Air defence deal signed");
        QTest::newRow("a wire named in passing is no publisher")
            << QByteArray("Air defence deal signed\n\nThe ministers told Reuters they agreed to buy more "
                          "systems together.\n")
            << QStringLiteral("p.txt") << QString() << QString() << QStringLiteral("Air defence deal signed");
    }

    void sourceAndPublisher()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, publisher);
        QFETCH(QString, title);
        const IngestResult r = Ingestor().readBytes(bytes, name);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.article.sourceUrl, url);
        QCOMPARE(r.article.publisher, publisher);
        if (!title.isEmpty())
            QCOMPARE(r.article.title, title);
        QVERIFY(!r.article.text.contains(QLatin1String("https://")));
    }

    void language_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("english") << QStringLiteral(
            "The ministers said that the alliance will increase its support for "
            "the partners and that it has been a good year.")
                                 << QStringLiteral("en");
        QTest::newRow("german") << QStringLiteral(
            "Die Minister sagten, dass die Allianz ihre Unterstützung für die "
            "Partner erhöhen wird und es ist nicht das Ende.")
                                << QStringLiteral("de");
        QTest::newRow("french") << QStringLiteral(
            "Les ministres ont dit que l'alliance va augmenter son soutien pour les "
            "partenaires et que cette année est une priorité dans le budget.")
                                << QStringLiteral("fr");
        QTest::newRow("portuguese") << QStringLiteral(
            "Os ministros disseram que a aliança vai aumentar o apoio aos "
            "parceiros e que não é o fim da guerra para os aliados.")
                                    << QStringLiteral("pt");
        QTest::newRow("ukrainian") << QStringLiteral(
            "Міністри заявили, що альянс збільшить підтримку партнерів і їхніх сил.")
                                   << QStringLiteral("uk");
        QTest::newRow("too short") << QStringLiteral("NATO summit") << QString();
    }

    void language()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(LanguageGuesser().guess(text), language);
    }

    // Trust decides before the date does; the origin names the most trusted disagreement.
    void chooseMostTrustedAndSayWhy()
    {
        QString origin;
        const DateCandidate c = MetadataExtractor::choose(
            { { QDate(2024, 5, 2), QStringLiteral("page stamp"), DateCandidate::PageStamp },
                { QDate(2024, 5, 1), QStringLiteral("dateline"), DateCandidate::Dateline },
                { QDate(2024, 5, 1), QStringLiteral("URL 2024/05/01"), DateCandidate::Url } },
            &origin);
        QCOMPARE(c.date, QDate(2024, 5, 1));
        QCOMPARE(origin, QStringLiteral("dateline (page stamp says 2024-05-02)"));
        const DateCandidate later = MetadataExtractor::choose(
            { { QDate(2024, 5, 1), QStringLiteral("page stamp"), DateCandidate::PageStamp },
                { QDate(2024, 5, 9), QStringLiteral("meta article:published_time"),
                    DateCandidate::Structured } },
            &origin);
        QCOMPARE(later.date, QDate(2024, 5, 9));
        QCOMPARE(origin, QStringLiteral("meta article:published_time (page stamp says 2024-05-01)"));
        QString none;
        QVERIFY(!MetadataExtractor::choose({}, &none).date.isValid());
        QVERIFY(none.isEmpty());
    }

    // A labelled update the page prints for its reader is the day it shows; a machine
    // modification stamp never is, and a plain date under the headline or in the URL keeps its day.
    void printedUpdate_data()
    {
        QTest::addColumn<QList<DateCandidate>>("candidates");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("origin");
        const DateCandidate published { QDate(2019, 10, 15), QStringLiteral("JSON-LD datePublished"),
            DateCandidate::Structured };
        const DateCandidate printed { QDate(2020, 3, 12), QStringLiteral("element .timestamp, updated"),
            DateCandidate::Updated, -1, true };
        const DateCandidate machine { QDate(2020, 3, 12), QStringLiteral("JSON-LD dateModified"),
            DateCandidate::Updated };
        QTest::newRow("printed update beats the publication stamp")
            << QList<DateCandidate> { published, printed } << QDate(2020, 3, 12)
            << QStringLiteral("element .timestamp, updated, the day the page shows");
        QTest::newRow("printed update alone")
            << QList<DateCandidate> { printed } << QDate(2020, 3, 12)
            << QStringLiteral("element .timestamp, updated, the only day the page shows");
        QTest::newRow("machine modification stamp is bookkeeping") << QList<DateCandidate> { published,
            machine } << QDate(2019, 10, 15) << QStringLiteral("JSON-LD datePublished");
        QTest::newRow("an earlier printed update changes nothing") << QList<DateCandidate> {
            { QDate(2020, 4, 1), QStringLiteral("meta article:published_time"), DateCandidate::Structured },
            printed
        } << QDate(2020, 4, 1) << QStringLiteral("meta article:published_time");
        QTest::newRow("the date under the headline is the day shown") << QList<DateCandidate> { published,
            { QDate(2019, 10, 15), QStringLiteral("date at the headline"), DateCandidate::PageStamp },
            printed } << QDate(2019, 10, 15) << QStringLiteral("JSON-LD datePublished");
        QTest::newRow("the URL's day stays") << QList<DateCandidate> {
            published, { QDate(2019, 10, 15), QStringLiteral("URL 2019/10/15"), DateCandidate::Url }, printed
        } << QDate(2019, 10, 15) << QStringLiteral("JSON-LD datePublished");
    }

    void printedUpdate()
    {
        QFETCH(QList<DateCandidate>, candidates);
        QFETCH(QDate, date);
        QFETCH(QString, origin);
        QString why;
        QCOMPARE(MetadataExtractor::choose(candidates, &why).date, date);
        QVERIFY2(why.startsWith(origin), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestMetadataExtractor)
#include "tst_metadataextractor.moc"
