#include "core/analysis/extraction/TranscriptSentences.h"

#include <QtTest>

// Transcript statements: verbless fragments join their neighbour, courtesies are dropped.
class tst_transcriptsentences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statements_data();
    void statements();
    void courtesy_data();
    void courtesy();
};

namespace {

// Sentences of `text` separated at "|" (the test marks them; the splitter is tested elsewhere).
QList<ql::TextSpan> marked(QString& text)
{
    QList<ql::TextSpan> spans;
    int start = 0;
    QString clean;
    for (const QChar c : std::as_const(text)) {
        if (c == QLatin1Char('|')) {
            spans.append(ql::TextSpan { start, int(clean.size()) });
            start = int(clean.size());
            continue;
        }
        if (clean.size() == start && c.isSpace()) {
            clean += c;
            ++start;
            continue;
        }
        clean += c;
    }
    if (start < clean.size())
        spans.append(ql::TextSpan { start, int(clean.size()) });
    text = clean;
    return spans;
}

} // namespace

void tst_transcriptsentences::statements_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("fragments join the sentence before")
        << QStringLiteral("Our harbours need cranes.|\nFast ones.|\nAnd soon.")
        << QStringList { QStringLiteral("Our harbours need cranes.\nFast ones.\nAnd soon.") };
    QTest::newRow("a blank line keeps them apart")
        << QStringLiteral("Our harbours need cranes.|\n\nCertainly.|\nWe will buy them.")
        << QStringList { QStringLiteral("Certainly.\nWe will buy them."),
               QStringLiteral("Our harbours need cranes.") };
    QTest::newRow("short sentence with a verb stays")
        << QStringLiteral("We must act.| It is late.")
        << QStringList { QStringLiteral("We must act."), QStringLiteral("It is late.") };
    QTest::newRow("courtesies are dropped")
        << QStringLiteral("Thank you very much.| Our depots are empty.| Thank you.")
        << QStringList { QStringLiteral("Our depots are empty.") };
}

void tst_transcriptsentences::statements()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QList<ql::TextSpan> spans = marked(text);
    QStringList got;
    for (const ql::TextSpan& s : ql::TranscriptSentences::statements(text, spans))
        got.append(text.mid(s.start, s.length()));
    std::sort(got.begin(), got.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(got, expected);
}

void tst_transcriptsentences::courtesy_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<bool>("courtesy");
    QTest::newRow("thank you") << QStringLiteral("Thank you.") << true;
    QTest::newRow("thank you, chair") << QStringLiteral("Thank you very much, Madam Chair.") << true;
    QTest::newRow("for having me") << QStringLiteral("Thank you for having me.") << true;
    QTest::newRow("good morning") << QStringLiteral("Good morning everyone!") << true;
    QTest::newRow("thanks to industry")
        << QStringLiteral("Thanks to industry, we delivered on time.") << false;
    QTest::newRow("thank you is content")
        << QStringLiteral("Thank you to the workers who built these ships in record time.") << false;
}

void tst_transcriptsentences::courtesy()
{
    QFETCH(QString, sentence);
    QFETCH(bool, courtesy);
    QCOMPARE(ql::TranscriptSentences::isCourtesy(sentence), courtesy);
}

QTEST_GUILESS_MAIN(tst_transcriptsentences)
#include "tst_transcriptsentences.moc"
