#include "core/analysis/comparison/FidelityChecker.h"

#include <QtTest>

using ql::FidelityVerdict;

Q_DECLARE_METATYPE(ql::FidelityVerdict)

class TstFidelityChecker : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data();
    void verdicts();
    void alteredQuoteShowsTheChange();
    void sentenceListOffsets();
};

namespace {
// An invented speech transcript.
const QString transcript = QStringLiteral("Good morning, ministers.\n"
                                          "Our harbours have been neglected for decades.\n"
                                          "We will rebuild every pier, every crane and every rail link.\n"
                                          "This is not charity. It is an investment in our common security.\n"
                                          "I thank the organisers of this conference.");
} // namespace

void TstFidelityChecker::verdicts_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<FidelityVerdict>("verdict");

    QTest::newRow("exact sentence") << QStringLiteral("Our harbours have been neglected for decades.")
                                    << FidelityVerdict::Verbatim;
    QTest::newRow("case, quotes and punctuation")
        << QStringLiteral("\u201Cour harbours have been neglected for decades\u201D")
        << FidelityVerdict::Verbatim;
    QTest::newRow("american spelling")
        << QStringLiteral("Our harbors have been neglected for decades") << FidelityVerdict::Verbatim;
    QTest::newRow("fragment inside a sentence")
        << QStringLiteral("every pier, every crane and every rail link") << FidelityVerdict::Verbatim;
    QTest::newRow("across two sentences")
        << QStringLiteral("This is not charity. It is an investment in our common security")
        << FidelityVerdict::Verbatim;
    QTest::newRow("contraction") << QStringLiteral("This isn't charity") << FidelityVerdict::Verbatim;
    QTest::newRow("word changed") << QStringLiteral("Our harbours have been ignored for decades")
                                  << FidelityVerdict::Altered;
    QTest::newRow("words dropped") << QStringLiteral("We will rebuild every pier and every rail link")
                                   << FidelityVerdict::Altered;
    QTest::newRow("words added") << QStringLiteral(
        "We will quickly rebuild every single pier, every crane and every rail link")
                                 << FidelityVerdict::Altered;
    QTest::newRow("sentences glued with a change")
        << QStringLiteral("This is not charity, it is an investment in our shared security")
        << FidelityVerdict::Altered;
    QTest::newRow("not said") << QStringLiteral("Taxes on shipping will fall next year")
                              << FidelityVerdict::NotFound;
    QTest::newRow("only stop words shared")
        << QStringLiteral("It is not for us to say that this will be") << FidelityVerdict::NotFound;
    QTest::newRow("empty quote") << QString() << FidelityVerdict::NotFound;
}

void TstFidelityChecker::verdicts()
{
    QFETCH(QString, quote);
    QFETCH(FidelityVerdict, verdict);
    const auto result = ql::FidelityChecker().check(quote, transcript);
    QCOMPARE(ql::FidelityChecker::verdictName(result.verdict), ql::FidelityChecker::verdictName(verdict));
    if (verdict == FidelityVerdict::Verbatim)
        QCOMPARE(result.similarity, 1.0);
    if (verdict == FidelityVerdict::NotFound) {
        QVERIFY(result.diff.isEmpty());
        QCOMPARE(result.transcriptStart, -1);
    } else {
        QVERIFY(result.transcriptStart >= 0);
        QCOMPARE(result.transcriptExcerpt,
            transcript.mid(result.transcriptStart, result.transcriptEnd - result.transcriptStart));
    }
}

void TstFidelityChecker::alteredQuoteShowsTheChange()
{
    const QString quote = QStringLiteral("Our harbours have been ignored for decades");
    const auto result = ql::FidelityChecker().check(quote, transcript);
    QCOMPARE(result.verdict, FidelityVerdict::Altered);
    QCOMPARE(result.transcriptExcerpt, QStringLiteral("Our harbours have been neglected for decades"));
    int replacements = 0;
    for (const ql::DiffOp& op : result.diff) {
        if (op.kind == ql::DiffOpKind::Replace) {
            ++replacements;
            QCOMPARE(quote.mid(op.leftStart, op.leftEnd - op.leftStart), QStringLiteral("ignored"));
            QCOMPARE(transcript.mid(op.rightStart, op.rightEnd - op.rightStart), QStringLiteral("neglected"));
        } else {
            QCOMPARE(op.kind, ql::DiffOpKind::Equal);
        }
    }
    QCOMPARE(replacements, 1);
    QVERIFY(result.similarity > 0.8 && result.similarity < 1.0);
}

void TstFidelityChecker::sentenceListOffsets()
{
    const QStringList sentences { QStringLiteral("First we listen."),
        QStringLiteral("Then we act together.") };
    const auto result = ql::FidelityChecker().check(QStringLiteral("then we act together"), sentences);
    QCOMPARE(result.verdict, FidelityVerdict::Verbatim);
    QCOMPARE(result.transcriptStart, int(sentences.at(0).size()) + 1);
    QCOMPARE(result.transcriptExcerpt, QStringLiteral("Then we act together"));
}

QTEST_GUILESS_MAIN(TstFidelityChecker)
#include "tst_fidelitychecker.moc"
