#include "core/analysis/extraction/TranscriptDetector.h"

#include <QtTest>

// Which lines at the top of a speech are its header, not speech. Invented lines.
class tst_transcriptdetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerLines_data();
    void headerLines();
};

void tst_transcriptdetector::headerLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("header");
    QTest::newRow("date only") << QStringLiteral("14 May 2025") << true;
    QTest::newRow("bulleted date") << QStringLiteral("\u2022 29 Sep. 2023 -") << true;
    QTest::newRow("date then place") << QStringLiteral("14 May 2025 | Tallinn") << true;
    QTest::newRow("us date then place") << QStringLiteral("May 14, 2025 \u2013 Riga") << true;
    QTest::newRow("place then date") << QStringLiteral("Vilnius, 3 June 2024") << true;
    QTest::newRow("delivery marker") << QStringLiteral("(As delivered)") << true;
    QTest::newRow("last updated") << QStringLiteral("Last updated: 29 Sep. 2023 12:54") << true;
    QTest::newRow("speech sentence with a date")
        << QStringLiteral("On 14 May 2025 we opened the plant, and it works.") << false;
    QTest::newRow("speech sentence") << QStringLiteral("It is a pleasure to be here in Tallinn.") << false;
}

void tst_transcriptdetector::headerLines()
{
    QFETCH(QString, line);
    QFETCH(bool, header);
    QCOMPARE(ql::TranscriptDetector::isHeaderLine(line), header);
}

QTEST_GUILESS_MAIN(tst_transcriptdetector)
#include "tst_transcriptdetector.moc"
