// ContentExtractor through Ingestor: each invented page in fixtures/content is a class of page
// that went wrong once (names on wrappers, a form around everything, a reader comment as
// <article>, an article in sibling sections, headline/byline/caption/teaser furniture).
#include "core/ingest/ContentExtractor.h"
#include "core/ingest/HtmlReader.h"
#include "core/ingest/Ingestor.h"

#include <QFile>
#include <QtTest>

using namespace ql;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(QL_SOURCE_DIR "/tests/core/ingest/fixtures/content/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture missing: %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace

class TestContentExtractor : public QObject
{
    Q_OBJECT

private slots:
    void extractsArticle_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("opening"); // the first paragraph of the text starts so
        QTest::addColumn<QString>("ending"); // and the last one ends so
        QTest::addColumn<QStringList>("kept");
        QTest::addColumn<QStringList>("dropped");
        QTest::addColumn<QString>("title");

        QTest::newRow("state classes on body and wrapper")
            << QStringLiteral("body_state_classes.html")
            << QStringLiteral("Four fighter jets from the southern")
            << QStringLiteral("fuel and spare parts.")
            << QStringList { QStringLiteral("Colonel Ines Marlow"), QStringLiteral("sixty-second") }
            << QStringList { QStringLiteral("Harbour strike ends"), QStringLiteral("cookies"),
                   QStringLiteral("Most read"), QStringLiteral("Home") }
            << QStringLiteral("Baltic air policing rotation begins");

        QTest::newRow("page wrapped in a form")
            << QStringLiteral("form_wrapped.html") << QStringLiteral("The procurement agency signed")
            << QStringLiteral("before construction starts.")
            << QStringList { QStringLiteral("maritime picture") }
            << QStringList { QStringLiteral("Sport"), QStringLiteral("Contact the newsroom"),
                   QStringLiteral("Coastal radar contract signed") }
            << QStringLiteral("Coastal radar contract signed");

        QTest::newRow("reader comments as articles")
            << QStringLiteral("comment_article.html") << QStringLiteral("Parliament approved a plan")
            << QStringLiteral("which the government accepted.")
            << QStringList { QStringLiteral("four hundred workers") }
            << QStringList { QStringLiteral("twenty years"), QStringLiteral("Another reader"),
                   QStringLiteral("Reader reactions"), QStringLiteral("housing for the workers") }
            << QStringLiteral("Parliament backs ammunition plan");

        QTest::newRow("article in sibling sections")
            << QStringLiteral("sibling_sections.html")
            << QStringLiteral("Two years ago the frigate programme")
            << QStringLiteral("parliament last month.")
            << QStringList { QStringLiteral("Costs had doubled"), QStringLiteral("\n\nA new contract\n\n"),
                   QStringLiteral("paying for steel"), QStringLiteral("\n\nWhat comes next\n\n"),
                   QStringLiteral("sea trials") }
            << QStringList { QStringLiteral("Older story") }
            << QStringLiteral("How the frigate programme was rescued");

        QTest::newRow("headline, byline, time, captions, teasers")
            << QStringLiteral("furniture.html") << QStringLiteral("A factory for small reconnaissance drones")
            << QStringLiteral("industrial park beside it.")
            << QStringList { QStringLiteral("\n\nLocal suppliers\n\n"),
                   QStringLiteral("Proud to open our new plant"), QStringLiteral("Lars Vik") }
            << QStringList { QStringLiteral("Drone factory opens in the north"),
                   QStringLiteral("Kari Nordby"), QStringLiteral("09:30"),
                   QStringLiteral("Photo: Fjord Times"), QStringLiteral("More great"),
                   QStringLiteral("Ferry operator"), QStringLiteral("Share on"),
                   QStringLiteral("Army to buy"), QStringLiteral("eleven months will make"),
                   QStringLiteral("©"), QStringLiteral("third ship"), QStringLiteral("dredgers"),
                   QStringLiteral("fish market") }
            << QStringLiteral("Drone factory opens in the north");
    }

    void extractsArticle()
    {
        QFETCH(QString, page);
        QFETCH(QString, opening);
        QFETCH(QString, ending);
        QFETCH(QStringList, kept);
        QFETCH(QStringList, dropped);
        QFETCH(QString, title);

        const IngestResult r = Ingestor().readBytes(fixture(page), page);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString& text = r.article.text;
        QVERIFY2(text.startsWith(opening), qPrintable(text));
        QVERIFY2(text.endsWith(ending), qPrintable(text));
        for (const QString& k : kept)
            QVERIFY2(text.contains(k), qPrintable(QStringLiteral("lost «%1» in:\n%2").arg(k, text)));
        for (const QString& d : dropped)
            QVERIFY2(!text.contains(d), qPrintable(QStringLiteral("kept «%1» in:\n%2").arg(d, text)));
        QCOMPARE(r.article.title, title);
    }

    // The caption is printed once under the picture and again in the text: neither copy stays, and
    // no paragraph is repeated.
    void noParagraphTwice()
    {
        const IngestResult r
            = Ingestor().readBytes(fixture(QStringLiteral("furniture.html")), QStringLiteral("f.html"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QStringList paragraphs = r.article.text.split(QStringLiteral("\n\n"));
        QCOMPARE(QSet<QString>(paragraphs.begin(), paragraphs.end()).size(), paragraphs.size());
    }

    // A page with a block of prose is never refused, whatever its names say; one without is.
    void proseIsNeverRefused_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<bool>("hasBody");
        const QByteArray prose
            = "<p>The ministers agreed on a joint order for coastal radars on Tuesday, and deliveries "
              "are to start next year, the agency said after the meeting.</p>";
        for (const char* wrapper :
            { "<div class=\"sidebar\">%1</div>", "<div class=\"comments-area menu modal\">%1</div>",
                "<aside>%1</aside>", "<nav class=\"navigation\">%1</nav>", "<div hidden>%1</div>",
                "<noscript><div class=\"page\">%1</div></noscript>",
                "<form><footer class=\"footer\">%1</footer></form>" }) {
            QByteArray page = QByteArray(wrapper).replace("%1", prose);
            QTest::newRow(wrapper) << QByteArray("<html><body>" + page + "</body></html>") << true;
        }
        QTest::newRow("login form") << QByteArray("<html><body><nav><a href=\"/\">Home</a></nav><form><input "
                                                  "name=\"u\"><button>Sign in</button></form>"
                                                  "</body></html>")
                                    << false;
        QTest::newRow("link list") << QByteArray(
            "<html><body><ul><li><a href=\"/a\">Coastal radars ordered by the agency</a></li><li><a "
            "href=\"/b\">Ferry "
            "operator orders two electric ships</a></li></ul></body></html>")
                                   << false;
    }

    void proseIsNeverRefused()
    {
        QFETCH(QByteArray, page);
        QFETCH(bool, hasBody);
        const IngestResult r = Ingestor().readBytes(page, QStringLiteral("p.html"));
        QCOMPARE(r.ok, hasBody);
        if (hasBody)
            QVERIFY2(
                r.article.text.startsWith(QLatin1String("The ministers agreed")), qPrintable(r.article.text));
        else
            QCOMPARE(r.error, QStringLiteral("HTML with no article body"));
    }

    // The headline is the title, reported apart from the lines of the body.
    void headlineApartFromLines()
    {
        const HtmlReadResult r
            = HtmlReader().read(QString::fromUtf8(fixture(QStringLiteral("furniture.html"))));
        QCOMPARE(r.hints.title, QStringLiteral("Drone factory opens in the north"));
        QVERIFY(!r.lines.isEmpty());
        QVERIFY2(
            r.lines.first().startsWith(QLatin1String("A factory for small")), qPrintable(r.lines.first()));
        QVERIFY(!r.lines.contains(QStringLiteral("Drone factory opens in the north")));
    }
};

QTEST_GUILESS_MAIN(TestContentExtractor)
#include "tst_contentextractor.moc"
