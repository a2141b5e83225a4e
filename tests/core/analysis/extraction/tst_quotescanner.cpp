#include "core/analysis/extraction/QuoteScanner.h"

#include <QtTest>

// Quotation spans in every style; fixtures are invented sentences.
class tst_quotescanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scansQuotes_data();
    void scansQuotes();
    void multiParagraphQuoteHasPieces();
};

namespace {

QStringList quotedTexts(const QString& text)
{
    QStringList out;
    for (const ql::QuoteSpan& q : ql::QuoteScanner().scan(text)) {
        QStringList parts;
        for (const ql::TextSpan& p : q.pieces)
            parts.append(text.mid(p.start, p.length()).trimmed());
        out.append(parts.join(QLatin1Char(' ')));
    }
    return out;
}

} // namespace

void tst_quotescanner::scansQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("curly double") << QStringLiteral(
        "She said \u201CThe harbour is open.\u201D Then she left.")
                                  << QStringList { QStringLiteral("The harbour is open.") };
    QTest::newRow("straight double") << QStringLiteral("He said \"We will build more ships,\" and sat down.")
                                     << QStringList { QStringLiteral("We will build more ships,") };
    QTest::newRow("two apostrophes as a double mark")
        << QStringLiteral("He said ''We will build more ships,'' and sat down. It's ''done'' now.")
        << QStringList { QStringLiteral("We will build more ships,"), QStringLiteral("done") };
    QTest::newRow("curly open, straight close")
        << QStringLiteral("She said \u201CThe harbour is open,\" and left.")
        << QStringList { QStringLiteral("The harbour is open,") };
    QTest::newRow("curly single") << QStringLiteral("The admiral said \u2018Our fleet is ready\u2019 today.")
                                  << QStringList { QStringLiteral("Our fleet is ready") };
    QTest::newRow("straight single with apostrophes")
        << QStringLiteral("The mayor's aide said 'It's the city's best budget' on Monday.")
        << QStringList { QStringLiteral("It's the city's best budget") };
    QTest::newRow("apostrophes alone are not quotes")
        << QStringLiteral("The Allies\u2019 plans and the minister\u2019s view don\u2019t change.")
        << QStringList {};
    QTest::newRow("guillemets") << QStringLiteral("Elle a dit \u00AB Nous sommes pr\u00EAts \u00BB hier.")
                                << QStringList { QStringLiteral("Nous sommes pr\u00EAts") };
    QTest::newRow("german low-high") << QStringLiteral("Er sagte \u201EWir liefern mehr\u201C gestern.")
                                     << QStringList { QStringLiteral("Wir liefern mehr") };
    QTest::newRow("nested single inside double")
        << QStringLiteral("\u201CSome call it \u2018reckless\u2019 but it works,\u201D she said.")
        << QStringList { QStringLiteral("Some call it \u2018reckless\u2019 but it works,") };
    QTest::newRow("nested double inside single")
        << QStringLiteral("\u2018They called it \u201Ca bridge too far\u201D yesterday,\u2019 he said.")
        << QStringList { QStringLiteral("They called it \u201Ca bridge too far\u201D yesterday,") };
    QTest::newRow("two quotes split by attribution")
        << QStringLiteral("\u201CWe need more,\u201D she said, \u201Cand faster.\u201D")
        << QStringList { QStringLiteral("We need more,"), QStringLiteral("and faster.") };
    QTest::newRow("never closing quote is dropped")
        << QStringLiteral("He said \u201Cthis never ends and goes on.\nNext paragraph without marks.")
        << QStringList {};
    QTest::newRow("complete quote inside unclosed one survives")
        << QStringLiteral("Odd \u201Copening and then \u201Ca real quotation\u201D inside.")
        << QStringList { QStringLiteral("a real quotation") };
    QTest::newRow("stray closing mark ignored")
        << QStringLiteral("Nothing opened here.\u201D And \"here\" too.")
        << QStringList { QStringLiteral("here") };
    QTest::newRow("stray straight closing mark at end")
        << QStringLiteral("The end of a sentence.\"\nNext line.") << QStringList {};
}

void tst_quotescanner::scansQuotes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(quotedTexts(text), expected);
}

void tst_quotescanner::multiParagraphQuoteHasPieces()
{
    const QString text = QStringLiteral("The minister said: \u201CFirst we rebuild the depots.\n\n"
                                        "\u201CThen we train the crews.\u201D\n\nAfterwards nothing.");
    const QList<ql::QuoteSpan> spans = ql::QuoteScanner().scan(text);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first().pieces.size(), 2);
    QCOMPARE(
        quotedTexts(text).first(), QStringLiteral("First we rebuild the depots. Then we train the crews."));
}

QTEST_GUILESS_MAIN(tst_quotescanner)
#include "tst_quotescanner.moc"
