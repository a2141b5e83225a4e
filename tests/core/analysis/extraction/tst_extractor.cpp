#include "core/analysis/extraction/ExtractionJson.h"
#include "core/analysis/extraction/Extractor.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QtTest>

// End-to-end statement extraction on invented sentences: quote styles, attribution patterns, speaker
// resolution, transcripts and dates. Expected statements are written "Speaker|text".
class tst_extractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statements_data();
    void statements();
    void roleResolvesByDate_data();
    void roleResolvesByDate();
    void transcripts_data();
    void transcripts();
    void notTranscripts_data();
    void notTranscripts();
    void statementDates_data();
    void statementDates();
    void figuresLinkToStatements();
    void offsetsPointIntoText();
    void evalJsonFollowsTheReadme();
};

namespace {

ql::Extraction run(const QString& text, const QDate& published = QDate(2024, 3, 14))
{
    ql::Article article;
    article.text = text;
    article.published = published;
    return ql::Extractor().extract(article);
}

QStringList describe(const ql::Extraction& e)
{
    QStringList out;
    for (const ql::Statement& s : e.statements)
        out.append(s.speaker + QLatin1Char('|') + s.text);
    return out;
}

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

void tst_extractor::statements_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("name said after") << u(
        "“We will double our orders of shells this year,” Defence Minister Ola Berg said.")
                                     << QStringList { u(
                                            "Ola Berg|We will double our orders of shells this year") };
    QTest::newRow("said name after") << u(
        "Defence Minister Ola Berg toured the plant.\n“The factories must run three shifts,” said Berg.")
                                     << QStringList { u("Ola Berg|The factories must run three shifts") };
    QTest::newRow("warned") << u("“Nobody should doubt our resolve to act,” Carla Mendes warned.")
                            << QStringList { u("Carla Mendes|Nobody should doubt our resolve to act") };
    QTest::newRow("told with colon") << u(
        "Carla Mendes told reporters: “We are ready to sign the contracts now.”")
                                     << QStringList { u(
                                            "Carla Mendes|We are ready to sign the contracts now.") };
    QTest::newRow("stressed that") << u(
        "Carla Mendes stressed that the yard “will deliver every ship on time and on budget”.")
                                   << QStringList { u(
                                          "Carla Mendes|will deliver every ship on time and on budget") };
    QTest::newRow("according to") << u(
        "“Production lines will open in the spring,” according to Chief Executive Henrik Dahl.")
                                  << QStringList { u(
                                         "Henrik Dahl|Production lines will open in the spring") };
    QTest::newRow("added and noted present tense")
        << u("“Orders are up by a third since last year,” CEO Henrik Dahl notes.")
        << QStringList { u("Henrik Dahl|Orders are up by a third since last year") };
    QTest::newRow("title before name")
        << u("“The alliance will not be divided by threats,” NATO Secretary General Jens Stoltenberg said.")
        << QStringList { u("Jens Stoltenberg|The alliance will not be divided by threats") };
    QTest::newRow("split quote joined") << u(
        "Minister Anna Kowal visited the depot. “We need more shells,” she said, “and we need them faster.”")
                                        << QStringList { u(
                                               "Anna Kowal|We need more shells, and we need them faster.") };
    QTest::newRow("full sentences around attribution stay separate")
        << u("“We have signed the deal today,” Minister Anna Kowal said. “Now the real work begins for all "
             "of us.”")
        << QStringList { u("Anna Kowal|We have signed the deal today"),
               u("Anna Kowal|Now the real work begins for all of us.") };
    QTest::newRow("multi-paragraph quote")
        << u("Minister Anna Kowal said: “First we rebuild the depots across the country.\n\n"
             "“Then we train new crews for every brigade.”")
        << QStringList { u(
               "Anna Kowal|First we rebuild the depots across the country. Then we train new crews "
               "for every brigade.") };
    QTest::newRow("nested quote")
        << u("“Critics call the plan ‘reckless’ but it will protect us,” said Minister Anna Kowal.")
        << QStringList { u("Anna Kowal|Critics call the plan ‘reckless’ but it will protect us") };
    QTest::newRow("headline quote resolved by later full name") << u(
        "“We will not back down on spending,” Kowal says\n\nDefence Minister Anna Kowal spoke on "
        "Monday.") << QStringList { u("Anna Kowal|We will not back down on spending") };
    QTest::newRow("pronoun") << u(
        "Defence Minister Anna Kowal visited the plant. “The workers here are doing an extraordinary job,” "
        "she said.") << QStringList { u("Anna Kowal|The workers here are doing an extraordinary job") };
    QTest::newRow("role noun") << u(
        "Defence Minister Anna Kowal toured the yard. “These ships will serve for forty years,” the minister "
        "said.") << QStringList { u("Anna Kowal|These ships will serve for forty years") };
    QTest::newRow("typo in name") << u("Defence Minister Anna Kowalska spoke first. “We will buy the "
                                       "frigates next year,” Anna Kowalsa said.")
                                  << QStringList { u("Anna Kowalska|We will buy the frigates next year") };
    QTest::newRow("carry-over then new speaker") << u(
        "Minister Anna Kowal said the plan was ready. “We have found the money for it.” Economy Minister "
        "Piotr Nowak disagreed. “It is far too late for that now.”")
                                                 << QStringList {
                                                        u("Anna Kowal|We have found the money for it."),
                                                        u("Piotr Nowak|It is far too late for that now.")
                                                    };
    QTest::newRow("short phrase attributed in reported speech")
        << u("Minister Anna Kowal said the army needed “more trucks, more fuel and more drivers” quickly.")
        << QStringList { u("Anna Kowal|more trucks, more fuel and more drivers") };
    QTest::newRow("straight quotes") << u(
        "\"We can't wait any longer for the parts,\" said Minister Anna Kowal.")
                                     << QStringList { u(
                                            "Anna Kowal|We can't wait any longer for the parts") };
    QTest::newRow("straight single quotes")
        << u("'We will deliver the tanks before winter,' said Minister Anna Kowal.")
        << QStringList { u("Anna Kowal|We will deliver the tanks before winter") };
    QTest::newRow("guillemets") << u("«We must produce more ammunition this year», Minister Anna Kowal said.")
                                << QStringList { u("Anna Kowal|We must produce more ammunition this year") };
    QTest::newRow("german quotes") << u(
        "„We will deliver the tanks before winter“, said Minister Anna Kowal.")
                                   << QStringList { u("Anna Kowal|We will deliver the tanks before winter") };
    QTest::newRow("short full sentence with speech verb")
        << u("“We are ready.” Minister Anna Kowal said.") << QStringList { u("Anna Kowal|We are ready.") };
    QTest::newRow("scare quotes and names are not statements")
        << u("Minister Anna Kowal called the plan “bold” and praised the “Diana” programme.")
        << QStringList {};
    QTest::newRow("report title is not a statement") << u(
        "Minister Anna Kowal published a report titled “Building Stronger Supply Chains For Europe” today.")
                                                     << QStringList {};
    QTest::newRow("slogan nobody utters")
        << u("Banners outside read “peace through strength for all our nations” in big letters.")
        << QStringList {};
    QTest::newRow("boilerplate lines")
        << u("Related Posts\nRead also: “We will win this war in the end,” says the general\nSign up to our "
             "newsletter and stay up to date.\n+48 22 123 45 67")
        << QStringList {};
    QTest::newRow("organisation after quote has no person")
        << u("“Deliveries will start in the autumn,” the company said.")
        << QStringList { u("|Deliveries will start in the autumn") };
    QTest::newRow("anonymous source stops carry-over")
        << u("Minister Anna Kowal spoke first. “We will buy new frigates next year,” she said. The ministry "
             "said in "
             "a statement that “all contracts will be signed before the summit”.")
        << QStringList { u("Anna Kowal|We will buy new frigates next year"),
               u("|all contracts will be signed before the summit") };
    QTest::newRow("appositive name after role")
        << u("The Defence Secretary, Grant Shapps, added that the money would fund “new munitions factories "
             "and "
             "the next generation of drones”.")
        << QStringList { u("Grant Shapps|new munitions factories and the next generation of drones") };
    QTest::newRow("pronoun follows the latest subject")
        << u("“We will buy new frigates next year,” Minister Anna Kowal said. Chief Executive Henrik Dahl "
             "has led "
             "the yard since 2019. “We are ready to build them all,” he said.")
        << QStringList { u("Anna Kowal|We will buy new frigates next year"),
               u("Henrik Dahl|We are ready to build them all") };
    QTest::newRow("sentence after a closed quote is not its attribution")
        << u("Minister Anna Kowal opened the yard. “We will buy new frigates next year.” Economy Minister "
             "Piotr "
             "Nowak said the budget was tight.")
        << QStringList { u("Anna Kowal|We will buy new frigates next year.") };
    QTest::newRow("middle name omitted")
        << u("Former Secretary General Anders Fogh Rasmussen spoke. “Europe must wake up to the danger now,” "
             "Anders Rasmussen said.")
        << QStringList { u("Anders Fogh Rasmussen|Europe must wake up to the danger now") };
    QTest::newRow("pull quote signed with a dash")
        << u("Intro line here.\n“We will keep building ships until the job is done.” – Anna Kowal\n")
        << QStringList { u("Anna Kowal|We will keep building ships until the job is done.") };
    QTest::newRow("headline with role and colon") << u(
        "NATO chief: “Allies must spend more on air defence now”\n\nNATO Secretary General Mark Rutte "
        "spoke.") << QStringList { u("Mark Rutte|Allies must spend more on air defence now") };
    QTest::newRow("unknown speaker named by speech verb")
        << u("“The price of steel has doubled in a year,” said Tomasz Zielinski, a trader.")
        << QStringList { u("Tomasz Zielinski|The price of steel has doubled in a year") };

    // "said" + lower-case descriptors + a name.
    QTest::newRow("said retired general name")
        << u("“Deterrence is built in factories, not in speeches,” said retired general Ingrid Falk, a "
             "columnist for a regional paper.")
        << QStringList { u("Ingrid Falk|Deterrence is built in factories, not in speeches") };
    QTest::newRow("said former minister name")
        << u("“The budget has to grow every single year,” said former minister Oskar Lind.")
        << QStringList { u("Oskar Lind|The budget has to grow every single year") };
    QTest::newRow("said analyst name")
        << u("\"Stockpiles take a decade to rebuild,\" said analyst Rasmus Holm.")
        << QStringList { u("Rasmus Holm|Stockpiles take a decade to rebuild") };
    QTest::newRow("said defence analyst name")
        << u("“Nobody is ordering drones fast enough,” said defence analyst Mira Sand.")
        << QStringList { u("Mira Sand|Nobody is ordering drones fast enough") };
    QTest::newRow("said the company's chief executive name")
        << u("“Our second plant will open next spring,” said the company’s chief executive Lena Ek.")
        << QStringList { u("Lena Ek|Our second plant will open next spring") };
    QTest::newRow("said long-time industry consultant name")
        << u("“Prices for explosives have tripled since the war began,” said long-time industry consultant "
             "Mikkel Aas.")
        << QStringList { u("Mikkel Aas|Prices for explosives have tripled since the war began") };
    QTest::newRow("said then a non-person clause")
        << u("“Costs are rising again across the whole sector,” said the report from Lisbon.")
        << QStringList {};

    QTest::newRow("said a spokesperson for a company names no person")
        << u("“We will not comment on rumours about the deal,” said a spokesperson for Nordic Steel.")
        << QStringList {};

    // A person introduced once by full name is the referent of later surname mentions.
    QTest::newRow("according to role name then surname")
        << u("According to economist Sara Lund, orders doubled last year. “The backlog will last until the "
             "end of the decade,” Lund said.")
        << QStringList { u("Sara Lund|The backlog will last until the end of the decade") };
    QTest::newRow("said descriptor name then surname")
        << u("“We cannot absorb these prices any longer,” said retired admiral Per Ström. Ström later "
             "added: “Shipyards need steady orders, not bursts.”")
        << QStringList { u("Per Ström|We cannot absorb these prices any longer"),
               u("Per Ström|Shipyards need steady orders, not bursts.") };
    QTest::newRow("appositive description then surname")
        << u("Greta Holm, a procurement specialist at the ministry, visited the yard on Monday. “We will "
             "sign the contract in May,” Holm said.")
        << QStringList { u("Greta Holm|We will sign the contract in May") };
    QTest::newRow("full name as subject then surname")
        << u("Ola Strand visited the depot on Tuesday. “We are short of almost everything,” Strand said.")
        << QStringList { u("Ola Strand|We are short of almost everything") };
    QTest::newRow("full name subject after adverb then surname")
        << u("Maja Enger has repeatedly criticised the plan. “It buys hardware but no crews,” Enger warned.")
        << QStringList { u("Maja Enger|It buys hardware but no crews") };
    QTest::newRow("lower-case role before name then surname")
        << u("The plant is run by plant manager Jonas Vik. “Every line works three shifts now,” Vik said.")
        << QStringList { u("Jonas Vik|Every line works three shifts now") };
    QTest::newRow("short follow-up sentence keeps the speaker")
        << u("“Deterrence works only if it is credible,” says Karl Weber, a researcher in Riga. “And that "
             "costs money.”")
        << QStringList { u("Karl Weber|Deterrence works only if it is credible"),
               u("Karl Weber|And that costs money.") };
    QTest::newRow("short title after a quotation is not speech")
        << u("“We will sign the contract in May,” Greta Holm said, quoting the song “Born Free.”")
        << QStringList { u("Greta Holm|We will sign the contract in May") };
    QTest::newRow("role with appositive name")
        << u("Finnish Defence Minister Pekka Salo spoke first. Norway\u2019s defence minister, Sigrid Dahl, "
             "said the deal showed that “Nordic cooperation has moved from paper to practice”.")
        << QStringList { u("Sigrid Dahl|Nordic cooperation has moved from paper to practice") };
    QTest::newRow("pronoun after possessive role appositive")
        << u("Ashby\u2019s finance director, Priya Rao, was more cautious. “Orders are not revenue, and "
             "revenue "
             "is not profit,” she said.")
        << QStringList { u("Priya Rao|Orders are not revenue, and revenue is not profit") };
    QTest::newRow("abbreviated military title") << u(
        "The committee chair, Adm. Lars Kvale, spoke on Monday. “We must buy what already exists,” Kvale "
        "said.") << QStringList { u("Lars Kvale|We must buy what already exists") };
    QTest::newRow("portfolio before the name")
        << u("The Minister of Strategic Industries of Ukraine Oleh Marko spoke on Monday. The Minister also "
             "noted: «Our partners know that two percent is a minimum»")
        << QStringList { u("Oleh Marko|Our partners know that two percent is a minimum") };
    QTest::newRow("clause after the quotation names nobody")
        << u("Kvale, who served in the navy, said the targets would cost “hundreds of billions over the next "
             "decade”, but argued that time mattered more.")
        << QStringList { u("Kvale|hundreds of billions over the next decade") };
    QTest::newRow("signed pull quote on the next line")
        << u("The plant opened on Monday.\n\n“Every shell we make here is a shell nobody has to fire.”\n\n"
             "Dr. Katrin Alt, Chief Executive Officer, Nordwerk\n")
        << QStringList { u("Katrin Alt|Every shell we make here is a shell nobody has to fire.") };
}

void tst_extractor::statements()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const ql::Extraction e = run(text);
    QCOMPARE(describe(e), expected);
    for (const ql::Statement& s : e.statements)
        QCOMPARE(s.kind, ql::StatementKind::Quote);
}

void tst_extractor::roleResolvesByDate_data()
{
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("speaker");
    QTest::newRow("2016") << QDate(2016, 2, 1) << u("Jens Stoltenberg");
    QTest::newRow("2023") << QDate(2023, 5, 1) << u("Jens Stoltenberg");
    QTest::newRow("2025") << QDate(2025, 5, 1) << u("Mark Rutte");
    QTest::newRow("2011") << QDate(2011, 5, 1) << u("Anders Fogh Rasmussen");
}

void tst_extractor::roleResolvesByDate()
{
    QFETCH(QDate, published);
    QFETCH(QString, speaker);
    const ql::Extraction e = run(
        u("“Deterrence starts with the factories at home,” the NATO Secretary General said."), published);
    QCOMPARE(e.statements.size(), 1);
    QCOMPARE(e.statements.first().speaker, speaker);
}

void tst_extractor::transcripts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QStringList>("sentences");

    QTest::newRow("as delivered") << u(
        "Speech by Defence Minister Anna Kowal at the Shipyard Conference\n\n  • 12 Mar. 2024 -\n"
        "  • Last updated: 12 Mar. 2024 10:00\n\n(As delivered)\n\nDear colleagues,\nLadies and "
        "gentlemen,\n\n"
        "It is a pleasure to be here today. Our navy needs new ships.\nAnd quickly.\n\nThank you.")
                                  << u("Anna Kowal")
                                  // A verbless fragment joins its neighbour; courtesies are no statements.
                                  << QStringList { u("It is a pleasure to be here today."),
                                         u("Our navy needs new ships.\nAnd quickly.") };
    QTest::newRow("header and salutation without marker")
        << u("Remarks by Chief Executive Henrik Dahl at the annual meeting\n\nGood morning everyone,\n\n"
             "Our order book has never been fuller. We hired 900 engineers.")
        << u("Henrik Dahl")
        << QStringList { u("Our order book has never been fuller."), u("We hired 900 engineers.") };
    // Headers and salutations without any "As delivered" marker (the ingest layer removes it).
    QTest::newRow("keynote speech by, ladies and gentlemen")
        << u("Keynote speech by Regional Defence Commissioner Astrid Moe at the Northport Industry Days\n\n"
             "Ladies and gentlemen,\n\nThank you for having me.\n\nOur depots are half empty. We will fill "
             "them.\n\nThank you.")
        << u("Astrid Moe") << QStringList { u("Our depots are half empty."), u("We will fill them.") };
    QTest::newRow("keynote address by, excellencies")
        << u("Keynote address by Deputy Minister Jonas Ek, Harbour Forum, 4 March 2024\n\nExcellencies,\n\n"
             "Our shipyards are full. We need more welders.")
        << u("Jonas Ek") << QStringList { u("Our shipyards are full."), u("We need more welders.") };
    QTest::newRow("opening remarks by, dear colleagues")
        << u("Opening remarks by Professor Ida Strand\n\nDear colleagues,\n\nResearch funding must double "
             "within five years.")
        << u("Ida Strand") << QStringList { u("Research funding must double within five years.") };
    QTest::newRow("statement by, mr president")
        << u("Statement by Foreign Minister Lea Moreau - Geneva\n\nMr President,\n\nMy country supports "
             "this resolution without reservation.")
        << u("Lea Moreau") << QStringList { u("My country supports this resolution without reservation.") };
    QTest::newRow("speech of, good morning without comma")
        << u("Speech of Minister Karl Dunn at the Naval Academy\n\nGood morning\n\nThe fleet is ageing. "
             "We are replacing it.")
        << u("Karl Dunn") << QStringList { u("The fleet is ageing."), u("We are replacing it.") };
    QTest::newRow("transcript of the press conference by")
        << u("Transcript of the press conference by Chancellor Emil Roth, 3 March 2024\n\nGood afternoon,\n\n"
             "We have agreed on a new budget for air defence.")
        << u("Emil Roth") << QStringList { u("We have agreed on a new budget for air defence.") };
}

void tst_extractor::transcripts()
{
    QFETCH(QString, text);
    QFETCH(QString, speaker);
    QFETCH(QStringList, sentences);
    const ql::Extraction e = run(text);
    QVERIFY(e.isTranscript);
    QCOMPARE(e.transcriptSpeaker, speaker);
    QStringList got;
    for (const ql::Statement& s : e.statements) {
        QCOMPARE(s.kind, ql::StatementKind::Transcript);
        QCOMPARE(s.speaker, speaker);
        got.append(s.text);
    }
    QCOMPARE(got, sentences);
}

void tst_extractor::notTranscripts_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("byline without salutation")
        << u("By Anna Smith\n\nThe alliance agreed on Monday to buy more air defence systems.");
    QTest::newRow("by in a news sentence")
        << u("The plan was approved by parliament on Monday.\n\n“We need more shells this year,” Minister "
             "Anna Kowal said.");
    QTest::newRow("statement by a ministry, no salutation")
        << u("Statement by the Ministry of Defence\n\nThe ministry will publish its plan next week.");
}

void tst_extractor::notTranscripts()
{
    QFETCH(QString, text);
    const ql::Extraction e = run(text);
    QVERIFY(!e.isTranscript);
    for (const ql::Statement& s : e.statements)
        QCOMPARE(s.kind, ql::StatementKind::Quote);
}

void tst_extractor::statementDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QDate>("saidOn");
    const QString quote = u(" “We will build ten new corvettes over the decade,” Minister Anna Kowal said.");
    QTest::newRow("event date without year") << u("The conference was held in Gdansk on 12 March.") + quote
                                             << QDate(2024, 3, 14) << QDate(2024, 3, 12);
    QTest::newRow("event date with year, month first") << u("Kowal spoke at the summit on March 3, 2024.")
            + quote << QDate(2024, 3, 14) << QDate(2024, 3, 3);
    QTest::newRow("event date in the previous year")
        << u("The forum was held on 28 December.") + quote << QDate(2024, 1, 5) << QDate(2023, 12, 28);
    QTest::newRow("future event is not the statement date")
        << u("The next summit will be held on 20 June.") + quote << QDate(2024, 3, 14) << QDate(2024, 3, 14);
    QTest::newRow("no event date uses published")
        << quote.trimmed() << QDate(2024, 3, 14) << QDate(2024, 3, 14);
    QTest::newRow("no date at all stays empty") << quote.trimmed() << QDate() << QDate();
    QTest::newRow("undated article and yearless event stays empty")
        << u("The conference was held in Gdansk on 12 March.") + quote << QDate() << QDate();
}

void tst_extractor::statementDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, published);
    QFETCH(QDate, saidOn);
    const ql::Extraction e = run(text, published);
    QCOMPARE(e.statements.size(), 1);
    QCOMPARE(e.statements.first().saidOn, saidOn);
}

void tst_extractor::figuresLinkToStatements()
{
    const ql::Extraction e
        = run(u("Minister Anna Kowal opened the plant. “We will spend €2 billion on air defence "
                "next year,” she said. The plant itself cost $40 million."));
    QCOMPARE(e.statements.size(), 1);
    QCOMPARE(e.figures.size(), 2);
    QCOMPARE(e.figures.at(0).statementIndex, 0);
    QCOMPARE(e.figures.at(0).subject, u("air defence"));
    QCOMPARE(e.figures.at(1).statementIndex, -1);
}

void tst_extractor::offsetsPointIntoText()
{
    const QString text
        = u("Intro line.\n“Our yards are full until the end of the decade,” said Minister Anna Kowal.");
    const ql::Extraction e = run(text);
    QCOMPARE(e.statements.size(), 1);
    const ql::Statement& s = e.statements.first();
    QCOMPARE(text.mid(s.start, s.end - s.start), s.text);
}

void tst_extractor::evalJsonFollowsTheReadme()
{
    ql::Article article;
    article.title = u("Yard news");
    article.text = u("“We will spend €2 billion on air defence next year,” said Minister Anna Kowal.");
    const ql::Extraction e = ql::Extractor().extract(article);
    const QJsonObject json = ql::extractionToEvalJson(u("in/yard.txt"), article, e);
    QCOMPARE(json.value(u("file")).toString(), u("in/yard.txt"));
    QCOMPARE(json.value(u("title")).toString(), u("Yard news"));
    QVERIFY(json.value(u("published")).isNull());
    QVERIFY(json.value(u("source")).isNull());
    const QJsonArray statements = json.value(u("statements")).toArray();
    QCOMPARE(statements.size(), 1);
    const QJsonObject s = statements.first().toObject();
    QCOMPARE(s.value(u("speaker")).toString(), u("Anna Kowal"));
    QCOMPARE(s.value(u("kind")).toString(), u("quote"));
    QCOMPARE(s.value(u("start")).toInt(), 1);
    const QJsonArray figures = json.value(u("figures")).toArray();
    QCOMPARE(figures.size(), 1);
    const QJsonObject f = figures.first().toObject();
    QCOMPARE(f.value(u("kind")).toString(), u("money"));
    QCOMPARE(f.value(u("value")).toDouble(), 2e9);
    QCOMPARE(f.value(u("currency")).toString(), u("EUR"));
    QCOMPARE(f.value(u("text")).toString(), u("€2 billion"));
}

QTEST_GUILESS_MAIN(tst_extractor)
#include "tst_extractor.moc"
