// HtmlDateFinder and the date choice for web pages: one row per class of page (JSON-LD against an
// earlier printed date, @graph, lists of stories, offset and UTC stamps, month names in other
// languages, modified against published, the URL's date, no date at all). Invented pages.
#include "core/domain/Article.h"
#include "core/ingest/DateParser.h"
#include "core/ingest/HtmlReader.h"
#include "core/ingest/MetadataExtractor.h"

#include <QtTest>

using namespace ql;

namespace {

// A page: `head` inside <head>, `article` inside <article> after the headline, `after` after it.
QString page(const QString& head, const QString& article, const QString& after = QString())
{
    return QStringLiteral(
        "<!DOCTYPE html><html><head><title>Yard wins frigate order</title>%1</head><body>"
        "<nav><a href=\"/\">Home</a></nav><article><h1>Yard wins frigate order</h1>%2"
        "<p>The naval yard won the order for four frigates, the ministry said on Tuesday, after "
        "a tender that lasted two years and drew three bidders from two countries.</p>"
        "</article>%3</body></html>")
        .arg(head, article, after);
}

QString jsonLd(const QString& json)
{
    return QStringLiteral("<script type=\"application/ld+json\">%1</script>").arg(json);
}

} // namespace

class TestHtmlDateFinder : public QObject
{
    Q_OBJECT

private slots:
    void publishedDate_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("origin"); // the start of article.dateOrigin

        QTest::newRow("JSON-LD beats an earlier printed date") << page(
            jsonLd(QStringLiteral(
                "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-06-03T10:00:00+02:00\"}")),
            QStringLiteral("<p class=\"caption\">Launched on 12 May 2019.</p>"),
            QStringLiteral("<div class=\"related\"><time datetime=\"2023-01-02\">2 Jan 2023</time></div>"))
                                                               << QDate(2024, 6, 3)
                                                               << QStringLiteral("JSON-LD datePublished");
        QTest::newRow("article:published_time beats an earlier JSON-LD date") << page(
            QStringLiteral("<meta property=\"article:published_time\" content=\"2024-06-05T08:00:00+02:00\">")
                + jsonLd(QStringLiteral("{\"@type\":\"Article\",\"datePublished\":\"2024-06-01\"}")),
            QString()) << QDate(2024, 6, 5) << QStringLiteral("meta article:published_time");
        QTest::newRow("@graph") << page(
            jsonLd(QStringLiteral("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\","
                                  "\"name\":\"Harbour News\"},{\"@type\":\"BlogPosting\",\"datePublished\":"
                                  "\"2023-10-17T09:15:00+01:00\",\"dateModified\":\"2023-12-01\"}]}")),
            QString()) << QDate(2023, 10, 17)
                                << QStringLiteral("JSON-LD datePublished");
        QTest::newRow("list of stories is not the page's date")
            << page(jsonLd(QStringLiteral("[{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-03-01\"},"
                                          "{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-02-20\"}]")),
                   QStringLiteral("<time datetime=\"2022-03-04T12:00:00+01:00\">4 March 2022</time>"))
            << QDate(2022, 3, 4) << QStringLiteral("<time datetime>");
        QTest::newRow("offset stamp keeps the stated day") << page(
            QStringLiteral(
                "<meta property=\"article:published_time\" content=\"2024-06-03T23:30:00-05:00\">"),
            QString()) << QDate(2024, 6, 3) << QStringLiteral("meta article:published_time");
        QTest::newRow("UTC stamp at midnight yields to the day the page prints")
            << page(
                   QStringLiteral("<meta property=\"article:published_time\" content=\"2021-11-04T23:00Z\">"),
                   QStringLiteral(
                       "<p>Von Jana Berg | <time datetime=\"2021-11-05\">5. November 2021</time></p>"))
            << QDate(2021, 11, 5) << QStringLiteral("<time datetime> (the local day of");
        QTest::newRow("UTC stamp at noon keeps its day")
            << page(QStringLiteral(
                        "<meta property=\"article:published_time\" content=\"2021-11-04T12:40:00+00:00\">"),
                   QStringLiteral("<p class=\"byline\"><time datetime=\"2021-11-05\">5 Nov 2021</time></p>"))
            << QDate(2021, 11, 4) << QStringLiteral("meta article:published_time");
        QTest::newRow("German month name under the headline")
            << page(QString(), QStringLiteral("<p>Mittwoch, 5. März 2024</p>")) << QDate(2024, 3, 5)
            << QStringLiteral("date at the headline");
        QTest::newRow("German label in an element of its own") << page(QString(),
            QStringLiteral("<div class=\"post-info\"><span>Veröffentlicht am</span> <span>17. "
                           "Dezember 2015</span></div>")) << QDate(2015, 12, 17)
                                                               << QString();
        QTest::newRow("French label") << page(
            QString(), QStringLiteral("<p class=\"signature\">Publié le 12 février 2024 par Luc Martin</p>"))
                                      << QDate(2024, 2, 12) << QString();
        QTest::newRow("Polish genitive month")
            << page(QString(), QStringLiteral("<p>Opublikowano: 7 listopada 2023</p>")) << QDate(2023, 11, 7)
            << QString();
        QTest::newRow("modified stamp alone is not a publication date")
            << page(QStringLiteral(
                        "<meta property=\"article:modified_time\" content=\"2024-06-09T10:00:00+02:00\">"),
                   QString())
            << QDate() << QStringLiteral("no publication date; meta article:modified_time says 2024-06-09");
        // An update note at the end of the text is about a later edit, not the day the page shows.
        QTest::newRow("published beats a later modified stamp")
            << page(QStringLiteral("<meta property=\"article:modified_time\" content=\"2024-06-09\">")
                       + jsonLd(QStringLiteral("{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-06-02\","
                                               "\"dateModified\":\"2024-06-09\"}")),
                   QStringLiteral("<p>The crew sailed north again.</p>").repeated(14)
                       + QStringLiteral("<p>Aktualisiert am 9. Juni 2024</p>"))
            << QDate(2024, 6, 2) << QStringLiteral("JSON-LD datePublished");
        QTest::newRow("a printed update under the headline is the day the page shows")
            << page(
                   jsonLd(QStringLiteral("{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-10-15T17:00Z\","
                                         "\"dateModified\":\"2020-03-12T14:42Z\"}")),
                   QStringLiteral("<div class=\"timestamp\">Updated March 12, 2020</div>"))
            << QDate(2020, 3, 12) << QStringLiteral("element .timestamp, updated, the day the page shows");
        QTest::newRow("a printed update alone dates the page")
            << page(QString(), QStringLiteral("<p class=\"info\">Aktualisiert: 30.12.2016</p>"))
            << QDate(2016, 12, 30) << QStringLiteral("element .info, updated, the only day the page shows");
        QTest::newRow("a plain date under the headline outranks a later update note")
            << page(QString(), QStringLiteral("<p>5. März 2024</p><p>Aktualisiert am 9. März 2024</p>"))
            << QDate(2024, 3, 5) << QStringLiteral("date at the headline");
        QTest::newRow("the headline is the h1 the title names, not the site's greeting") << QStringLiteral(
            "<html><head><title>Yard wins frigate order | Harbour News</title></head><body>"
            "<h1>Welcome, readers</h1><p>3.4.2019</p><main><section class=\"news\"><figure class=\"teaser\">"
            "<div class=\"info\"><span class=\"date\">02.02.2022</span></div><h1>Yard wins frigate order</h1>"
            "</figure><p>The naval yard won the order for four frigates, the ministry said on Tuesday, "
            "after a tender that lasted two years.</p></section></main></body></html>") << QDate(2022, 2, 2)
                                                                                         << QStringLiteral(
                                                                                                "element "
                                                                                                ".info");
        QTest::newRow("a single microformat entry is the article") << QStringLiteral(
            "<html><body><div class=\"widget Blog\"><div class=\"post hentry\"><h3>Reading notes</h3>"
            "<div class=\"post-body\"><p>The novel follows two sisters through a long winter on the "
            "coast, and it is told in letters.</p></div><div class=\"post-footer\"><abbr class=\"published\" "
            "title=\"2020-04-28T21:11:00+02:00\">21:11</abbr></div></div></div></body></html>")
                                                                   << QDate(2020, 4, 28)
                                                                   << QStringLiteral(
                                                                          "<abbr class=published>");
        QTest::newRow("the masthead's date is today's, not the article's") << QStringLiteral(
            "<html><head><meta name=\"date\" content=\"2017-05-01\"></head><body><header><span "
            "class=\"site-date\">26.02.2020</span><a href=\"/\">Radio</a></header><div><h1>Yard wins frigate "
            "order</h1><p>The naval yard won the order for four frigates, the ministry said on Tuesday, "
            "after a tender that lasted two years.</p></div></body></html>")
                                                                           << QDate(2017, 5, 1)
                                                                           << QStringLiteral("meta date");
        QTest::newRow("two-digit year beside the headline")
            << page(QString(), QStringLiteral("<span>02.12.19</span>")) << QDate(2019, 12, 2)
            << QStringLiteral("date at the headline");
        QTest::newRow("a blog theme's sentence about the post") << page(QString(),
            QStringLiteral("<p>The crew sailed north again.</p>").repeated(14),
            QStringLiteral("<p class=\"postmetadata\">Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um "
                           "10:00 Uhr veröffentlicht und unter Allgemein abgelegt. Du kannst die Kommentare "
                           "zu diesem Eintrag durch den RSS-2.0-Feed verfolgen. Kommentare und Pings sind "
                           "derzeit geschlossen.</p>")) << QDate(2011, 12, 3)
                                                                << QStringLiteral("printed publication date");
        QTest::newRow("RDFa date in the article's own footer") << QStringLiteral(
            "<html><body><article><h1>Yard wins frigate order</h1><p>The naval yard won the order for "
            "four frigates, the ministry said on Tuesday, after a tender that lasted two years.</p>"
            "<footer class=\"node__meta\"><span property=\"schema:dateCreated\" "
            "content=\"2022-01-28T12:45:46+01:00\"></span></footer></article>"
            "<footer><span property=\"schema:dateCreated\" content=\"2010-01-01\"></span></footer>"
            "</body></html>") << QDate(2022, 1, 28) << QStringLiteral("RDFa schema:datecreated");
        QTest::newRow("a wiki page is dated by its last edit")
            << page(QStringLiteral("<meta name=\"generator\" content=\"MediaWiki 1.35.0\">")
                       + jsonLd(QStringLiteral("{\"@type\":\"Article\",\"datePublished\":\"2005-07-26\","
                                               "\"dateModified\":\"2020-04-07T12:33:32-07:00\"}")),
                   QString(),
                   QStringLiteral("<footer><ul><li id=\"footer-info-lastmod\">This page was last edited on 7 "
                                  "April 2020, at 12:33.</li></ul></footer>"))
            << QDate(2020, 4, 7) << QStringLiteral("wiki \"last edited\" line");
        QTest::newRow("French 'mise en ligne' label") << page(QString(),
            QStringLiteral("<p>The crew sailed north again.</p>").repeated(14)
                + QStringLiteral("<p class=\"title\">Mise en ligne</p><p class=\"content\">23 mai 2019</p>"))
                                                      << QDate(2019, 5, 23)
                                                      << QStringLiteral("printed publication date");
        QTest::newRow("republished page: printed date confirmed by its modification stamp")
            << page(QStringLiteral(
                        "<meta property=\"article:published_time\" content=\"2017-08-21T10:00:00Z\">"
                        "<meta property=\"article:modified_time\" content=\"2019-04-03T09:00:00Z\">"),
                   QStringLiteral("<p>03.04.2019</p>"))
            << QDate(2019, 4, 3) << QStringLiteral("date at the headline, republished");
        QTest::newRow("printed date without a confirming stamp loses to the publication stamp") << page(
            QStringLiteral("<meta property=\"article:published_time\" content=\"2017-08-21T10:00:00Z\">"),
            QStringLiteral(
                "<p>03.04.2019</p>")) << QDate(2017, 8, 21) << QStringLiteral("meta article:published_time");
        QTest::newRow("URL date beats a rewritten stamp") << page(
            QStringLiteral("<link rel=\"canonical\" href=\"https://news.example/2017/7/12/yard-order\">"
                           "<meta itemprop=\"datePublished\" content=\"2019-06-17\">"),
            QString()) << QDate(2017, 7, 12) << QStringLiteral("URL");
        QTest::newRow("URL with a month name") << page(
            QStringLiteral(
                "<meta property=\"og:url\" content=\"https://news.example/world/2020/oct/02/yard\">"),
            QString()) << QDate(2020, 10, 2) << QStringLiteral("URL");
        QTest::newRow("dates in comments and teasers are other stories'") << page(QString(), QString(),
            QStringLiteral("<div class=\"comments\"><p>Anna, 3. Mai 2024 um 10:12</p></div>"
                           "<div class=\"teaser\"><p>12.04.2024</p><p>Other story</p></div>"))
                                                                          << QDate() << QString();
        QTest::newRow("a book's release date in the text is no label") << page(QString(),
            QStringLiteral("<p>The crew sailed north again.</p>").repeated(14)
                + QStringLiteral("<p>Erscheinungsdatum: 14.08.2017</p><p>Seiten: 448</p>"))
                                                                       << QDate() << QString();
        QTest::newRow("a widget wrapper that holds the article body is no foreign zone") << QStringLiteral(
            "<html><body><h1>Reading notes</h1><div class=\"widget Blog\"><h2 class=\"date-header\">"
            "Samstag, 9. September 2017</h2><div itemprop=\"articleBody\"><p>The novel follows two "
            "sisters through a long winter on the coast, and it is told in letters.</p></div></div>"
            "<div class=\"widget Archive\"><p>3. August 2017</p></div></body></html>") << QDate(2017, 9, 9)
                                                                                         << QString();
        QTest::newRow("an aside inside the article is its own box")
            << page(QString(),
                   QStringLiteral("<aside class=\"postData\"><dl><dt>Datum</dt><dd>12.03.2021</dd>"
                                  "<dt>Kategorie</dt><dd>Werften</dd></dl></aside>"))
            << QDate(2021, 3, 12) << QStringLiteral("element .postData");
        QTest::newRow("an aside outside every article is the site's") << page(
            QString(), QString(), QStringLiteral("<aside><dl><dt>Datum</dt><dd>12.03.2021</dd></dl></aside>"))
                                                                      << QDate() << QString();
        QTest::newRow("an article's own sidebar holds its date")
            << page(QString(),
                   QStringLiteral("<div class=\"sidebar\"><div class=\"sidebar__item\"><p class=\"time\">"
                                  "<time datetime=\"2022-01-28\">28. Januar 2022</time></p></div></div>"))
            << QDate(2022, 1, 28) << QStringLiteral("element .time");
        // (Away from the headline: the elements right beside it are its own furniture whatever their class.)
        QTest::newRow("a related list in an article's sidebar is other stories'") << page(QString(),
            QStringLiteral("<p>The yard has built ships since 1898.</p>").repeated(4)
                + QStringLiteral("<div class=\"sidebar related\"><p><time datetime=\"2022-01-02\">2. Januar "
                                 "2022</time> Other story</p></div>")) << QDate() << QString();
        QTest::newRow("a footer classed inside an article class is the article's")
            << QStringLiteral(
                   "<html><head><title>Dogs in the snow</title></head><body><div class=\"news-single\">"
                   "<div class=\"article\"><h3>Dogs in the snow</h3><p>Paws need care when the roads are "
                   "salted, and short walks are better than long ones in deep cold.</p><div class=\"footer\">"
                   "<p><time itemprop=\"datePublished\" datetime=\"2022-01-27\">27.01.2022</time></p></div>"
                   "</div></div><div class=\"footer\"><p>© 2009</p></div></body></html>")
            << QDate(2022, 1, 27) << QStringLiteral("itemprop");
        QTest::newRow("the page's picture filed by day is the last resort") << page(
            QStringLiteral(
                "<meta property=\"og:image\" content=\"https://example.org/files/2016/05/04/cover.png\">"),
            QString()) << QDate(2016, 5, 4) << QStringLiteral("the day the page's image");
        QTest::newRow("a picture filed by month only dates nothing") << page(
            QStringLiteral(
                "<meta property=\"og:image\" content=\"https://example.org/uploads/2016/05/cover.png\">"),
            QString()) << QDate() << QString();
        QTest::newRow("a birthday at the headline of a page stamped later is a fact")
            << page(QStringLiteral("<meta itemprop=\"dateUpdate\" content=\"2020-02-14 10:47:36\">"),
                   QStringLiteral("<p>28.01.1975</p>"))
            << QDate() << QStringLiteral("no publication date; meta dateupdate says 2020-02-14");
        QTest::newRow("an old date at the headline of an archive page stays")
            << page(QString(), QStringLiteral("<p>28.01.1975</p>")) << QDate(1975, 1, 28)
            << QStringLiteral("date at the headline");
        QTest::newRow("a span of days at the headline dates an event, not the page")
            << page(QString(),
                   QStringLiteral("<p>2024/5/11-12: results of the regatta weekend</p><p>2024/5/13</p>"))
            << QDate(2024, 5, 13) << QStringLiteral("date at the headline");
        QTest::newRow("a redirecting page is dated by the address it sends the browser to") << QStringLiteral(
            "<html><head><title>One moment</title></head><body><p>You will be connected to "
            "news.example in just a moment.</p><script>document.cookie=\"k=1\";"
            "location.href=\"https://news.example/20240611/yard-wins-order?try=1\";</script>"
            "</body></html>") << QDate(2024, 6, 11) << QStringLiteral("URL");
        QTest::newRow("a hidden element's stamp is not a date the page prints")
            << page(QStringLiteral("<meta itemprop=\"datePublished\" content=\"2018-06-22\">"
                                   "<meta itemprop=\"dateModified\" content=\"2018-08-29\">"),
                   QStringLiteral("<span class=\"meta hidden\">2018-08-29 14:15:57</span>"))
            << QDate(2018, 6, 22) << QStringLiteral("meta datepublished");
        QTest::newRow("JSON-LD with a stray brace after it is still read")
            << page(jsonLd(QStringLiteral(
                        "{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-03-04T10:00:00+01:00\"}\n}")),
                   QStringLiteral("<p>2 January 2021</p>"))
            << QDate(2021, 3, 4) << QStringLiteral("JSON-LD datePublished");
        QTest::newRow("dated elements of one class with different days are a list")
            << page(QString(),
                   QStringLiteral("<p>7 November 2023</p><p>The yard's order book grew again this autumn, "
                                  "its chief executive told the board, and the next hull is laid down.</p>"
                                  "<ul><li><span class=\"date\">3 November 2023</span> Earlier story</li>"
                                  "<li><span class=\"date\">6 November 2023</span> Another story</li></ul>"))
            << QDate(2023, 11, 7) << QStringLiteral("date at the headline");
        QTest::newRow("of two publication stamps, the one printed at the headline")
            << page(QStringLiteral("<meta name=\"publishdate\" content=\"2020-09-08\">"),
                   QStringLiteral("<p>4 April 2020</p><div class=\"date\">4 April 2020</div>"))
            << QDate(2020, 4, 4) << QStringLiteral("element .date, printed at the headline too");
        QTest::newRow("no date at all") << page(QString(), QString()) << QDate() << QString();
    }

    void publishedDate()
    {
        QFETCH(QString, html);
        QFETCH(QDate, date);
        QFETCH(QString, origin);
        const HtmlReadResult read = HtmlReader().read(html);
        Article article;
        article.text = read.lines.join(QLatin1Char('\n'));
        MetadataExtractor().apply(read.hints, read.lines, QStringLiteral("page.html"), article);
        QCOMPARE(article.published, date);
        QVERIFY2(article.dateOrigin.startsWith(origin), qPrintable(article.dateOrigin));
        if (!date.isValid() && origin.isEmpty())
            QVERIFY2(article.dateOrigin.isEmpty(), qPrintable(article.dateOrigin));
    }

    // What follows a date: a span of days (an event's dates) or anything else.
    void dayRanges_data()
    {
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("range");
        QTest::newRow("dash and a day") << QStringLiteral("-12: results") << true;
        QTest::newRow("en dash, spaces, month name") << QStringLiteral(" \u2013 14 May") << true;
        QTest::newRow("wave dash and a CJK day") << QStringLiteral("\uff5e12\u65e5") << true;
        QTest::newRow("a clock") << QStringLiteral(" - 12:30") << false;
        QTest::newRow("a reading time") << QStringLiteral(" - 5 min read") << false;
        QTest::newRow("a comment count") << QStringLiteral(" | 3 comments") << false;
        QTest::newRow("a year is no day") << QStringLiteral("-2024") << false;
        QTest::newRow("nothing") << QString() << false;
    }

    void dayRanges()
    {
        QFETCH(QString, after);
        QFETCH(bool, range);
        QCOMPARE(DateParser::opensDayRange(after), range);
    }

    void deeplyNestedPageIsBounded()
    {
        // Thousands of nested blocks: the reader flattens what lies deeper than its bound (keeping
        // the text in order) and the date walks have their own bound besides, so the page is read
        // without exhausting the stack; the page's stamp in <head> wins, the printed date is seen.
        QString html = QStringLiteral("<html><head><title>Deep</title>"
                                      "<meta property=\"article:published_time\" content=\"2024-05-02\">"
                                      "</head><body><h1>Deep</h1>");
        for (int i = 0; i < 3000; ++i)
            html += QStringLiteral("<div>");
        html += QStringLiteral("<p>12.03.2021</p></body></html>");
        const HtmlReadResult read = HtmlReader().read(html);
        QVERIFY(std::any_of(read.hints.dates.cbegin(), read.hints.dates.cend(),
            [](const DateCandidate& c) { return c.date == QDate(2021, 3, 12); }));
        Article article;
        MetadataExtractor().apply(read.hints, read.lines, QStringLiteral("deep.html"), article);
        QCOMPARE(article.published, QDate(2024, 5, 2));
    }

    void candidatesRecordWhy()
    {
        const HtmlReadResult read = HtmlReader().read(page(
            QStringLiteral("<meta property=\"article:published_time\" content=\"2024-06-02T08:00:00+02:00\">"
                           "<meta property=\"article:modified_time\" content=\"2024-06-09T08:00:00+02:00\">"),
            QString()));
        QList<DateCandidate> published;
        QList<DateCandidate> updated;
        for (const DateCandidate& c : read.hints.dates)
            (c.trust == DateCandidate::Updated ? updated : published).append(c);
        QCOMPARE(published.size(), 1);
        QCOMPARE(published.first().date, QDate(2024, 6, 2));
        QCOMPARE(published.first().origin, QStringLiteral("meta article:published_time"));
        QCOMPARE(published.first().trust, DateCandidate::Structured);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated.first().date, QDate(2024, 6, 9));
    }
};

QTEST_GUILESS_MAIN(TestHtmlDateFinder)
#include "tst_htmldatefinder.moc"
