// MarkdownReader (through Ingestor): markup removed, paragraphs kept, front matter read.
#include "core/ingest/Ingestor.h"
#include "core/ingest/MarkdownReader.h"

#include <QtTest>

using namespace ql;

class TestMarkdownReader : public QObject
{
    Q_OBJECT

private slots:
    void readsMarkdown()
    {
        const QByteArray md = QByteArrayLiteral(
            "---\ntitle: \"Shipyards promise faster frigates\"\ndate: 2025-02-14\nsource: "
            "https://gazette.example/f\n"
            "publisher: Harbour Gazette\n---\n\n"
            "# Shipyards promise faster frigates\n\n"
            "The northern shipyard will add a **second shift** to deliver the first frigate\n"
            "two years early, [its director](https://gazette.example/people/x) said.\n\n"
            "![Yard at dusk](yard.jpg)\n\n"
            "> \u201CWe cannot wait another decade,\u201D Minister Ada Lind said.\n\n"
            "* Budget: \u20AC4.2 billion\n* Crews: 900 sailors\n\n"
            "Line one of an address  \nline two of the address\n\n"
            "---\n\n"
            "```\ncode sample stays as text\n```\n\n"
            "<div class=\"promo\">inline html block</div>\n");
        const IngestResult r = Ingestor().readBytes(md, QStringLiteral("frigates.md"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const Article& a = r.article;
        QCOMPARE(a.format, QStringLiteral("markdown"));
        const QStringList expected = { QStringLiteral("Shipyards promise faster frigates"),
            QStringLiteral(
                "The northern shipyard will add a second shift to deliver the first frigate two years "
                "early, its director said."),
            QStringLiteral("\u201CWe cannot wait another decade,\u201D Minister Ada Lind said."),
            QStringLiteral("Budget: \u20AC4.2 billion"), QStringLiteral("Crews: 900 sailors"),
            QStringLiteral("Line one of an address\nline two of the address"),
            QStringLiteral("code sample stays as text") };
        QCOMPARE(a.text.split(QStringLiteral("\n\n")), expected);
        QCOMPARE(a.title, QStringLiteral("Shipyards promise faster frigates"));
        QCOMPARE(a.published, QDate(2025, 2, 14));
        QCOMPARE(a.dateOrigin, QStringLiteral("front matter date"));
        QCOMPARE(a.sourceUrl, QStringLiteral("https://gazette.example/f"));
        QCOMPARE(a.publisher, QStringLiteral("Harbour Gazette"));
    }

    void sniffedWithoutExtension()
    {
        const QByteArray md(
            "# Allied ministers agree on munitions plan\n\nThe ministers agreed on a plan to buy "
            "more shells together, the chair said after the meeting in Brussels.\n");
        const IngestResult r = Ingestor().readBytes(md, QString());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.article.format, QStringLiteral("markdown"));
        QVERIFY(r.article.text.startsWith(
            QLatin1String("Allied ministers agree on munitions plan\n\nThe ministers")));
    }

    void noFrontMatterMeansNoDate()
    {
        const MarkdownReadResult r = MarkdownReader().read(QStringLiteral("Text about the 2025 budget.\n"));
        QVERIFY(r.hints.dates.isEmpty());
        QCOMPARE(r.lines, QStringList { QStringLiteral("Text about the 2025 budget.") });
    }
};

QTEST_GUILESS_MAIN(TestMarkdownReader)
#include "tst_markdownreader.moc"
