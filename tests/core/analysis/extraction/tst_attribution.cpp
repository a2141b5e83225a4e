#include "core/analysis/extraction/ArticleLexicon.h"
#include "core/analysis/extraction/Extractor.h"

#include <QtTest>

// Speaker attribution on invented news sentences, one row per class of error seen in real news:
// surnames and honorifics linked to the person introduced, descriptors glued to names, the head of
// the noun phrase next to the verb of saying, round-up colons and pronouns resolved by gender and
// salience. Expected statements are written "Speaker|text".
class tst_attribution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void speakers_data();
    void speakers();
    void lexiconKeepsNamesThatAreWords();
    void hostileInputStaysBounded();
};

namespace {

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList describe(const QString& text)
{
    ql::Article article;
    article.text = text;
    const ql::Extraction e = ql::Extractor().extract(article);
    QStringList out;
    for (const ql::Statement& s : e.statements)
        out.append(s.speaker + QLatin1Char('|') + s.text);
    return out;
}

} // namespace

void tst_attribution::speakers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("bare full name, then surname")
        << u("Delia Marsh runs a bakery in Dover. “Nobody asked us before the road was closed,” Marsh said.")
        << QStringList { u("Delia Marsh|Nobody asked us before the road was closed") };
    QTest::newRow("honorific surname") << u(
        "The bill was written by Walter P. Crane of Ohio.\n\n“It will pass before the summer recess,” Mr. "
        "Crane said.") << QStringList { u("Walter P. Crane|It will pass before the summer recess") };
    QTest::newRow("sentence adverb is not a first name")
        << u("Oskar Lind chairs the board. Then Lind spoke: “We will not sell the company to anyone.”")
        << QStringList { u("Oskar Lind|We will not sell the company to anyone.") };
    QTest::newRow("descriptor glued to the name")
        << u("Tamsin Hale spoke first. “This is the best budget in a decade,” Economist Tamsin Hale said "
             "later, adding that rates would fall.")
        << QStringList { u("Tamsin Hale|This is the best budget in a decade") };
    QTest::newRow("head of a long noun phrase after said")
        << u("Rents rose again.\n\n“The council has no plan for the winter at all,” said the tenants' union "
             "organiser Ruth Abara.")
        << QStringList { u("Ruth Abara|The council has no plan for the winter at all") };
    QTest::newRow("possessive name modifies the head")
        << u("Anton Reyes is running for mayor.\n\n“We have never taken a cent from developers,” Reyes's "
             "campaign manager Ida Vance told reporters.")
        << QStringList { u("Ida Vance|We have never taken a cent from developers") };
    QTest::newRow("appositive between subject and verb") << u(
        "Carl Ostrow spoke before the vote.\n\n“The count must be done by hand,” county clerk Mina Solt, "
        "who runs the election, told the board.")
                                                         << QStringList { u(
                                                                "Mina Solt|The count must be done by hand") };
    QTest::newRow("employer after a preposition is not the speaker")
        << u("“We will appeal the ruling in every court we can,” said a lawyer for Harlan Mills.")
        << QStringList {};
    QTest::newRow("round-up colon")
        << u("What the columnists wrote this week:\n\nLOW TURNOUT IS NOT THE STORY - Petra Lusk, The Harbour "
             "Times: “The story is who stayed home and why nobody asked them.”")
        << QStringList { u("Petra Lusk|The story is who stayed home and why nobody asked them.") };
    QTest::newRow("pronoun follows gender, not recency")
        << u("Mr. Dario Kent met Ms. Lena Voigt on Monday. Kent left early, and she stayed to answer "
             "questions.\n\n“We will publish every invoice by Friday,” she said.")
        << QStringList { u("Lena Voigt|We will publish every invoice by Friday") };
    QTest::newRow("pronoun skips a modifier") << u(
        "Rep. Noel Grady of Maine, a Kent supporter, said the deal would help.\n\n“It is not do or die "
        "for anyone,” he said.") << QStringList { u("Noel Grady|It is not do or die for anyone") };
    QTest::newRow("surname introduced only in a headline-like line")
        << u("3 | Ilse Marten Describes Her Years At The Yard Being Ignored By Everyone\n\nAsked about it, "
             "Marten "
             "said, “Nobody listened to the welders for a whole decade.”")
        << QStringList { u("Ilse Marten|Nobody listened to the welders for a whole decade.") };
    QTest::newRow("surname shared by two people goes to the one named last")
        << u("Bill Orban left the board in May. Hilde Orban, his sister, chairs it now.\n\n“We will not sell "
             "the yard to anyone,” Orban said.")
        << QStringList { u("Hilde Orban|We will not sell the yard to anyone") };
    QTest::newRow("organisation is not a person")
        << u("Officials at the Harbour Water Department were unavailable. “Repairs will take at least "
             "three more weeks,” the department said.")
        << QStringList { u("|Repairs will take at least three more weeks") };
}

void tst_attribution::speakers()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(text), expected);
}

void tst_attribution::lexiconKeepsNamesThatAreWords()
{
    // "bill" is a common word here, but "Bill" also appears capitalised inside a sentence, so it is a
    // first name; "Then" at a sentence start is a common word.
    const QString text = u("The bill passed. Former President Bill Rook said so. Then Rook left.");
    ql::ArticleLexicon lexicon;
    lexicon.learn(text);
    const int billAtStart = int(text.indexOf(QStringLiteral("Bill")));
    QVERIFY(!lexicon.isCommonWord(text, billAtStart, QStringLiteral("Bill")));
    const int then = int(text.indexOf(QStringLiteral("Then")));
    QVERIFY(lexicon.isCommonWord(text, then, QStringLiteral("Then")));
    QCOMPARE(lexicon.withoutDescriptors({ QStringLiteral("Former"), QStringLiteral("President"),
                 QStringLiteral("Bill"), QStringLiteral("Rook") }),
        QStringList({ QStringLiteral("Bill"), QStringLiteral("Rook") }));
    QVERIFY(lexicon.writesLowerCase(QStringLiteral("Bill")));
}

void tst_attribution::hostileInputStaysBounded()
{
    // A long run of capitalised words, many quotes and a name of twenty tokens: linear, no crash.
    QString text;
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral("Alpha Beta ");
    text += QStringLiteral(".\n");
    for (int i = 0; i < 2000; ++i)
        text += QStringLiteral("“We will meet again next year in the same hall,” he said. ");
    QString longName;
    for (int i = 0; i < 20; ++i)
        longName += QStringLiteral("Name%1 ").arg(QChar(u'A' + i));
    text += longName + QStringLiteral("said: “This is the last statement of the whole article.”");
    QElapsedTimer timer;
    timer.start();
    const QStringList out = describe(text);
    QVERIFY(!out.isEmpty());
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
}

QTEST_GUILESS_MAIN(tst_attribution)
#include "tst_attribution.moc"
