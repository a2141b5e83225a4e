// HtmlReader (through Ingestor): article body kept, page furniture dropped, metadata read.
#include "core/ingest/HtmlReader.h"
#include "core/ingest/Ingestor.h"

#include <QFile>
#include <QtTest>

using namespace ql;

namespace {

// An invented news page (fixtures/heavy_page.html) with every kind of furniture around a short article.
QByteArray heavyPage()
{
    QFile file(QStringLiteral(QL_SOURCE_DIR "/tests/core/ingest/fixtures/heavy_page.html"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture missing: %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace

class TestHtmlReader : public QObject
{
    Q_OBJECT

private slots:
    void keepsArticleBody()
    {
        const IngestResult r = Ingestor().readBytes(heavyPage(), QStringLiteral("frigates.html"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const Article& a = r.article;
        QCOMPARE(a.format, QStringLiteral("html"));
        const QStringList paragraphs = a.text.split(QStringLiteral("\n\n"));
        // The headline is the title (readsMetadata), not the first paragraph.
        const QStringList expected = {
            QStringLiteral(
                "The northern shipyard will add a second shift to deliver the first frigate two years "
                "early, its director said on Friday."),
            QStringLiteral(
                "\u201CWe cannot wait another decade for these ships,\u201D Minister Ada Lind told workers "
                "during the visit, adding that the budget for the programme would rise to \u20AC4.2 "
                "billion."),
            QStringLiteral("Speed is now a capability in itself."),
            QStringLiteral("The navy expects the remaining hulls\nto follow at a rate of one a year."),
            QStringLiteral(
                "Unions welcomed the plan but asked for guarantees on overtime pay and training for new "
                "welders.")
        };
        // The byline line carries the date and the author, nothing else: it may stay or go.
        QStringList withoutByline;
        for (const QString& p : paragraphs) {
            if (!p.startsWith(QLatin1String("By Tove Berg")))
                withoutByline.append(p);
        }
        QCOMPARE(withoutByline, expected);
    }

    void dropsFurniture_data()
    {
        QTest::addColumn<QString>("furniture");
        for (const char* s : { "Accept all cookies", "We use cookies", "Harbour Gazette\n", "Home", "World",
                 "Sign up to our defence newsletter", "Coast guard gets new patrol boats", "Most read",
                 "Opinion: the case", "Archive story teaser", "Reader comment", "All rights reserved",
                 "Follow us", "Tracking script", "color: red", "hidden comment", "Yard at dusk",
                 "The yard at dusk" })
            QTest::newRow(s) << QString::fromUtf8(s);
    }

    void dropsFurniture()
    {
        QFETCH(QString, furniture);
        const IngestResult r = Ingestor().readBytes(heavyPage(), QStringLiteral("frigates.html"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString text = r.article.text + QLatin1Char('\n');
        QVERIFY2(!text.contains(furniture), qPrintable(r.article.text));
    }

    void readsMetadata()
    {
        const IngestResult r = Ingestor().readBytes(heavyPage(), QStringLiteral("frigates.html"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const Article& a = r.article;
        QCOMPARE(a.title, QStringLiteral("Shipyards promise faster frigates"));
        QCOMPARE(
            a.sourceUrl, QStringLiteral("https://gazette.example/defence/2025/02/14/shipyards-frigates/"));
        QCOMPARE(a.publisher, QStringLiteral("Harbour Gazette Ltd"));
        QCOMPARE(a.published, QDate(2025, 2, 14));
        QVERIFY2(
            a.dateOrigin.startsWith(QLatin1String("meta article:published_time")), qPrintable(a.dateOrigin));
        QCOMPARE(a.language, QStringLiteral("en"));
        QCOMPARE(a.original, heavyPage());
    }

    void densestBlockWithoutArticleElement()
    {
        const QByteArray page = QByteArrayLiteral(
            "<html><body><div class=\"top\"><a href=\"/\">Home</a> <a href=\"/x\">Sections</a></div>"
            "<div class=\"wrap\"><div class=\"col\"><h2>Defence ministers meet in Oslo</h2>"
            "<p>Defence ministers from the northern countries met in Oslo to agree on a joint order for air "
            "defence missiles.</p><p>The order covers four hundred interceptors and spare launchers, the "
            "Norwegian "
            "ministry said in a statement after the meeting.</p><p>Deliveries are planned to start within "
            "eighteen months.</p></div><div class=\"links\"><p><a href=\"/1\">Other story one</a></p>"
            "<p><a href=\"/2\">Other story two</a></p></div></div></body></html>");
        const IngestResult r = Ingestor().readBytes(page, QStringLiteral("oslo.htm"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.article.text.startsWith(
            QLatin1String("Defence ministers meet in Oslo\n\nDefence ministers from")));
        QVERIFY(r.article.text.endsWith(QLatin1String("within eighteen months.")));
        QVERIFY(!r.article.text.contains(QLatin1String("Other story")));
        QVERIFY(!r.article.text.contains(QLatin1String("Sections")));
        QVERIFY(r.article.published.isNull());
        QVERIFY(r.article.dateOrigin.isEmpty());
    }

    void paragraphsSetWithLineBreaks()
    {
        const QByteArray page(
            "<html><body><div id=\"menu\"><a href=\"/\">Home</a></div><div class=\"text\">"
            "The ministers agreed on a joint order for coastal radars.<br><br>Deliveries start next "
            "year, the agency said, and the order can grow by a third.<br><br>The parliament still "
            "has to approve the funds for the second batch.</div></body></html>");
        const IngestResult r = Ingestor().readBytes(page, QStringLiteral("radars.html"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.article.text.startsWith(
                     QLatin1String("The ministers agreed on a joint order for coastal radars.")),
            qPrintable(r.article.text));
        QVERIFY(r.article.text.endsWith(QLatin1String("for the second batch.")));
        QVERIFY(!r.article.text.contains(QLatin1String("Home")));
    }

    void tableRowIsOneLine()
    {
        const QByteArray page(
            "<html><body><article><p>The ministers agreed on a joint order for coastal radars and shells, "
            "the agency said after the meeting on Tuesday.</p><table><tr><th>Item</th><th>Value</th></tr>"
            "<tr><td>Coastal radars</td><td>\xe2\x82\xac"
            "1.2 billion</td></tr>"
            "<tr><td>Shells</td><td>$850 million</td></tr><tr><td>Trucks</td><td>$90 million</td></tr>"
            "<tr><td>Boats</td><td>$40 million</td></tr><tr><td>Spares</td><td>$20 million</td></tr>"
            "</table></article></body></html>");
        const IngestResult r = Ingestor().readBytes(page, QStringLiteral("radars.html"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.article.text.contains(QStringLiteral("Coastal radars | \u20AC1.2 billion\n")),
            qPrintable(r.article.text));
        QVERIFY2(r.article.text.contains(QLatin1String("Spares | $20 million")), qPrintable(r.article.text));
    }

    void legacyCharsetFromMeta()
    {
        QByteArray page(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
            "</head><body><article><p>\x93"
            "Budgets must grow,\x94 the minister said, promising "
            "\x80"
            "3 billion and \xa3"
            "2 billion more for ammunition over the next five years "
            "in the joint programme.</p></article></body></html>");
        const IngestResult r = Ingestor().readBytes(page, QStringLiteral("legacy.html"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.article.text.contains(QStringLiteral("\u201CBudgets must grow,\u201D")),
            qPrintable(r.article.text));
        QVERIFY(r.article.text.contains(QStringLiteral("\u20AC3 billion and \u00A32 billion")));
    }

    void declaredCharset_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("charset");
        QTest::newRow("meta charset")
            << QByteArray("<meta charset=\"ISO-8859-2\">") << QStringLiteral("ISO-8859-2");
        QTest::newRow("http-equiv") << QByteArray(
            "<meta http-equiv=Content-Type content='text/html; charset=utf-8'>")
                                    << QStringLiteral("utf-8");
        QTest::newRow("none") << QByteArray("<title>x</title>") << QString();
    }

    void declaredCharset()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, charset);
        QCOMPARE(HtmlReader::declaredCharset(head), charset);
    }

    void pageWithoutBodyIsRejected()
    {
        const QByteArray page("<html><head><title>Login</title></head><body><nav><a href=\"/\">Home</a></nav>"
                              "<form><input name=\"user\"><button>Sign in</button></form></body></html>");
        const IngestResult r = Ingestor().readBytes(page, QStringLiteral("login.html"));
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("HTML with no article body"));
    }
};

QTEST_GUILESS_MAIN(TestHtmlReader)
#include "tst_htmlreader.moc"
