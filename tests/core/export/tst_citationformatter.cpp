#include "core/export/CitationFormatter.h"
#include "core/export/ExportRecord.h"

#include <QtTest>

using namespace ql;

Q_DECLARE_METATYPE(ql::ExportRecord)

class TestCitationFormatter : public QObject
{
    Q_OBJECT

private slots:
    void plainText_data();
    void plainText();
    void htmlEscapesAndLinks();
    void occasion_data();
    void occasion();
};

namespace {

ExportRecord forumRecord()
{
    ExportRecord r;
    r.text = QStringLiteral("There is no defence without industry.");
    r.speaker = QStringLiteral("Jens Stoltenberg");
    r.kind = QStringLiteral("transcript");
    r.saidFrom = QDate(2023, 9, 29);
    r.saidTo = QDate(2023, 9, 29);
    r.saidLabel = QStringLiteral("29 Sep 2023");
    r.saidEvidence
        = QStringLiteral("International Defence Industry Forum, Kyiv, 29 Sep 2023, from “the forum”");
    r.publisher = QStringLiteral("NATO");
    r.articleTitle = QStringLiteral("Opening remarks");
    r.articleDate = QDate(2023, 9, 29);
    r.url = QStringLiteral("https://example.org/opinions?id=1&lang=en");
    return r;
}

} // namespace

void TestCitationFormatter::plainText_data()
{
    QTest::addColumn<ExportRecord>("record");
    QTest::addColumn<QString>("expected");
    const ExportRecord forum = forumRecord();
    QTest::newRow("event") << forum
                           << QStringLiteral(
                                  "“There is no defence without industry.” — Jens Stoltenberg, International "
                                  "Defence Industry Forum, Kyiv, 29 Sep 2023 (NATO, transcript)");
    ExportRecord noEvent = forum;
    noEvent.saidEvidence = QStringLiteral("the article's date");
    QTest::newRow("title when no event")
        << noEvent
        << QStringLiteral(
               "“There is no defence without industry.” — Jens Stoltenberg, “Opening remarks”, 29 Sep 2023 "
               "(NATO, transcript)");
    ExportRecord undated = noEvent;
    undated.saidLabel.clear();
    undated.saidFrom = undated.saidTo = QDate();
    undated.articleDate = QDate();
    undated.publisher.clear();
    undated.speaker.clear();
    undated.kind = QStringLiteral("quote");
    undated.text = QStringLiteral("\"We will deliver.\"");
    QTest::newRow("undated, unknown speaker, own quote marks")
        << undated << QStringLiteral("“We will deliver.” — unknown speaker, “Opening remarks”, n.d. (quote)");
    ExportRecord articleDate = noEvent;
    articleDate.saidLabel.clear();
    articleDate.articleDate = QDate(2024, 7, 10);
    QTest::newRow("article date stands in")
        << articleDate
        << QStringLiteral(
               "“There is no defence without industry.” — Jens Stoltenberg, “Opening remarks”, 10 Jul 2024 "
               "(NATO, transcript)");
}

void TestCitationFormatter::plainText()
{
    QFETCH(ExportRecord, record);
    QFETCH(QString, expected);
    QCOMPARE(CitationFormatter::format(record).plainText, expected);
}

void TestCitationFormatter::htmlEscapesAndLinks()
{
    ExportRecord r = forumRecord();
    r.text = QStringLiteral("Tanks <and> shells & more.");
    const QString html = CitationFormatter::format(r).html;
    QVERIFY2(html.contains(QStringLiteral("Tanks &lt;and&gt; shells &amp; more.")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<a href=\"https://example.org/opinions?id=1&amp;lang=en\">NATO, "
                                          "transcript</a>")),
        qPrintable(html));
    QVERIFY(html.startsWith(QStringLiteral("<p>")));
    r.url.clear();
    QVERIFY(!CitationFormatter::format(r).html.contains(QStringLiteral("<a ")));
}

void TestCitationFormatter::occasion_data()
{
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<QString>("expected");
    QTest::newRow("event") << QStringLiteral("NATO Summit, Vilnius, 11–12 Jul 2023, from “the summit”")
                           << QStringLiteral("NATO Summit, Vilnius");
    QTest::newRow("second reason") << QStringLiteral("the article's date 12 Jul 2023; NATO Summit, Vilnius, "
                                                     "11–12 Jul 2023, from “in Vilnius”")
                                   << QStringLiteral("NATO Summit, Vilnius");
    QTest::newRow("no event") << QStringLiteral("“yesterday” before the article's date 2 Oct 2023")
                              << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestCitationFormatter::occasion()
{
    QFETCH(QString, evidence);
    QFETCH(QString, expected);
    QCOMPARE(CitationFormatter::occasionFromEvidence(evidence), expected);
}

QTEST_GUILESS_MAIN(TestCitationFormatter)
#include "tst_citationformatter.moc"
