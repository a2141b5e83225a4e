#include "core/analysis/extraction/Extractor.h"
#include "core/analysis/extraction/SpeakerTurns.h"

#include <QtTest>

using Role = ql::SpeakerTurn::Role;
Q_DECLARE_METATYPE(QList<int>)

// Press conferences and interviews read as speaker turns; news stories with a stray "Label:" line do not.
// Invented texts.
class tst_speakerturns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roles_data();
    void roles();
    void notTurns_data();
    void notTurns();
    void nameForm_data();
    void nameForm();
    void editorialNoteEndsLastTurn();
    void extractorAttributesAnswers();
    void intervieweeIsTheOneAddressed();
    void storyAboveQuestionBoxKeepsItsQuotes();
};

void tst_speakerturns::roles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("roles");

    QTest::newRow("press conference with office labels")
        << QStringLiteral(
               "MODERATOR: Welcome.\n\nSECRETARY GENERAL: Thank you. We agreed on a plan.\n\n"
               "Q: Will it be enough?\n\nSECRETARY GENERAL: It is a start.\n\nMODERATOR: Thank you.\n")
        << QList<int> { int(Role::Moderator), int(Role::Named), int(Role::Question), int(Role::Named),
               int(Role::Moderator) };
    QTest::newRow("markdown bold interview")
        << QStringLiteral("**Q: How many shells?**\n\n**A:** Two million.\n\n**Q: Is that enough?**\n\n"
                          "**A:** No, it is not.\n")
        << QList<int> { int(Role::Question), int(Role::Answer), int(Role::Question), int(Role::Answer) };
    QTest::newRow("moderator named in parentheses")
        << QStringLiteral(
               "Moderator (Ines Roth): Where is the bottleneck?\n\nKarl Weber: People, not money.\n\n"
               "Ines Roth: Do you agree, Ms Lind?\n\nMaja Lind: Partly.\n\nKarl Weber: One more thing.\n\n"
               "Ines Roth: Thank you both.\n\nMaja Lind: Thank you.\n")
        << QList<int> { int(Role::Moderator), int(Role::Named), int(Role::Moderator), int(Role::Named),
               int(Role::Named), int(Role::Moderator), int(Role::Named) };
    QTest::newRow("spokesperson chairs when an official answers")
        << QStringLiteral(
               "NATO Spokesperson Ana Ruiz: Good afternoon.\n\nSecretary General Olav Lind: Thank you. "
               "We agreed.\n\nNATO Spokesperson Ana Ruiz: Questions?\n\nPer Holm (Radio North): Why now?\n\n"
               "Secretary General Olav Lind: Because it is time.\n")
        << QList<int> { int(Role::Moderator), int(Role::Named), int(Role::Moderator), int(Role::Question),
               int(Role::Named) };
    QTest::newRow("full-stop labels")
        << QStringLiteral("Q. How many shells?\n\nA. Two million.\n\nQ. Is that enough?\n\nA. No.\n")
        << QList<int> { int(Role::Question), int(Role::Answer), int(Role::Question), int(Role::Answer) };
    QTest::newRow("publication asks the questions")
        << QStringLiteral("The Courier: Why now?\n\nAnna Holm Berg: Because the threat is here.\n\n"
                          "The Courier: And the money?\n\nAnna Holm Berg: It is in the budget.\n")
        << QList<int> { int(Role::Question), int(Role::Named), int(Role::Question), int(Role::Named) };
}

void tst_speakerturns::roles()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, roles);
    const QList<ql::SpeakerTurn> turns = ql::SpeakerTurns().detect(text);
    QCOMPARE(turns.size(), roles.size());
    for (int i = 0; i < roles.size(); ++i)
        QCOMPARE(int(turns.at(i).role), roles.at(i));
}

void tst_speakerturns::notTurns_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("news story with labels used once")
        << QStringLiteral("Source: a ministry statement\n\nDetails: The minister said the plan was ready.\n\n"
                          "Quote: \"We are ready,\" she said.\n\nBackground: The plan was drafted in May.\n");
    QTest::newRow("single-word labels repeated")
        << QStringLiteral("Details: one.\n\nDetails: two.\n\nSource: three.\n\nSource: four.\n");
    QTest::newRow("clock times") << QStringLiteral("At 10:30 the talks began.\n\n11:45 lunch.\n\n"
                                                   "12:10 more talks.\n\n14:00 press point.\n");
    QTest::newRow("initials in prose") << QStringLiteral("A. Berg spoke first.\n\nA. Lind spoke next.\n\n"
                                                         "Q. Weber asked.\n\nA. Roth closed.\n");
    QTest::newRow("too few turns") << QStringLiteral("Q: Why?\n\nA: Because.\n\nQ: When?\n");
    QTest::newRow("headings without text")
        << QStringLiteral("KEY FIGURES:\n\n- 2%\n\nKEY FIGURES:\n\nNEXT STEPS:\n"
                          "\nNEXT STEPS:\n");
}

void tst_speakerturns::notTurns()
{
    QFETCH(QString, text);
    QVERIFY(ql::SpeakerTurns().detect(text).isEmpty());
}

void tst_speakerturns::nameForm_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("form");
    QTest::newRow("office in capitals")
        << QStringLiteral("SECRETARY GENERAL") << QStringLiteral("Secretary General");
    QTest::newRow("honorific dropped") << QStringLiteral("MR. HALVORSEN") << QStringLiteral("Halvorsen");
    QTest::newRow("hyphenated") << QStringLiteral("ANNA-LENA BERG") << QStringLiteral("Anna-Lena Berg");
    QTest::newRow("mixed case kept") << QStringLiteral("Maja Lind") << QStringLiteral("Maja Lind");
}

void tst_speakerturns::nameForm()
{
    QFETCH(QString, label);
    QFETCH(QString, form);
    QCOMPARE(ql::SpeakerTurns::nameForm(label), form);
}

void tst_speakerturns::editorialNoteEndsLastTurn()
{
    const QString text = QStringLiteral("Q: One?\n\nA: Yes.\n\nQ: Two?\n\nA: No.\n\n"
                                        "This interview has been edited for length and clarity.\n");
    const QList<ql::SpeakerTurn> turns = ql::SpeakerTurns().detect(text);
    QCOMPARE(turns.size(), 4);
    const ql::TextSpan last = turns.last().body;
    QCOMPARE(text.mid(last.start, last.length()).trimmed(), QStringLiteral("No."));
}

void tst_speakerturns::extractorAttributesAnswers()
{
    ql::Article article;
    article.published = QDate(2025, 2, 13);
    article.text = QStringLiteral(
        "Press conference by Defence Minister Ola Brekke\n\n"
        "MODERATOR: Good morning. The minister will take questions.\n\n"
        "Q: Minister, when will the frigates arrive?\n\n"
        "MINISTER BREKKE: The first ship arrives in 2029. The rest will follow within three years.\n\n"
        "Q: And the cost?\n\n"
        "MINISTER BREKKE: The programme is worth 30 billion euros.\n\n"
        "MODERATOR: Thank you.\n");
    const ql::Extraction e = ql::Extractor().extract(article);
    QVERIFY(e.isTranscript);
    QCOMPARE(e.transcriptSpeaker, QStringLiteral("Ola Brekke"));
    QStringList texts;
    for (const ql::Statement& s : e.statements) {
        QCOMPARE(s.kind, ql::StatementKind::Transcript);
        QCOMPARE(s.speaker, QStringLiteral("Ola Brekke"));
        texts.append(s.text);
    }
    QCOMPARE(texts,
        QStringList({ QStringLiteral("The first ship arrives in 2029."),
            QStringLiteral("The rest will follow within three years."),
            QStringLiteral("The programme is worth 30 billion euros.") }));
}

void tst_speakerturns::intervieweeIsTheOneAddressed()
{
    ql::Article article;
    article.published = QDate(2025, 4, 8);
    article.text = QStringLiteral(
        "Reporter Jonas Feld met envoy Claire Duval in Brussels last week.\n\n"
        "Q: Ms Duval, how many shells can Europe make?\n\nA: Around two million this year.\n\n"
        "Q: Is that enough?\n\nA: No, it is not enough.\n");
    const ql::Extraction e = ql::Extractor().extract(article);
    QCOMPARE(e.statements.size(), 2);
    for (const ql::Statement& s : e.statements)
        QCOMPARE(s.speaker, QStringLiteral("Claire Duval"));
}

void tst_speakerturns::storyAboveQuestionBoxKeepsItsQuotes()
{
    ql::Article article;
    article.published = QDate(2025, 6, 20);
    article.text = QStringLiteral(
        "Allies back new spending goal\n\n"
        "\"This is the most important decision of the decade for our security,\" Defence Minister Ola Brekke "
        "said on Friday.\n\n"
        "Explainer\n\nQ: What is the new goal?\n\nA: Five percent of GDP by 2035.\n\n"
        "Q: Who has reached it?\n\nA: Only a few allies so far.\n");
    const ql::Extraction e = ql::Extractor().extract(article);
    QVERIFY(!e.statements.isEmpty());
    const ql::Statement& first = e.statements.first();
    QCOMPARE(first.kind, ql::StatementKind::Quote);
    QCOMPARE(first.speaker, QStringLiteral("Ola Brekke"));
    QCOMPARE(
        first.text, QStringLiteral("This is the most important decision of the decade for our security"));
    for (int i = 1; i < e.statements.size(); ++i)
        QVERIFY(e.statements.at(i - 1).end <= e.statements.at(i).start); // text order, no overlap
}

QTEST_GUILESS_MAIN(tst_speakerturns)
#include "tst_speakerturns.moc"
