#include "core/analysis/extraction/FigureExtractor.h"

#include <QtTest>

// Money and GDP shares in every common form, and the numbers that are not money. Invented sentences.
class tst_figureextractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void money_data();
    void money();
    void gdpShares_data();
    void gdpShares();
    void notFigures_data();
    void notFigures();
    void subjectAndOffsets();
    void skippedLinesYieldNothing();
    void actor_data();
    void actor();
    void perYear_data();
    void perYear();
    void reportedSpeaker_data();
    void reportedSpeaker();
};

void tst_figureextractor::money_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QString>("currency");

    QTest::newRow("euro sign billion") << QStringLiteral("The depot costs \u20AC2.4 billion in total.")
                                       << QList<double> { 2.4e9 } << QStringLiteral("EUR");
    QTest::newRow("billion euros") << QStringLiteral("They spent 2.4 billion euros on radar.")
                                   << QList<double> { 2.4e9 } << QStringLiteral("EUR");
    QTest::newRow("EUR code bn") << QStringLiteral("A loan of EUR 2.4bn was agreed.")
                                 << QList<double> { 2.4e9 } << QStringLiteral("EUR");
    QTest::newRow("dollar million") << QStringLiteral("A $647 million deal for trucks.")
                                    << QList<double> { 647e6 } << QStringLiteral("USD");
    QTest::newRow("USD code spaced bn") << QStringLiteral("Worth USD 1.5 bn over five years.")
                                        << QList<double> { 1.5e9 } << QStringLiteral("USD");
    QTest::newRow("pound bn") << QStringLiteral("The yard won \u00A32.26bn of work.")
                              << QList<double> { 2.26e9 } << QStringLiteral("GBP");
    QTest::newRow("euro m") << QStringLiteral("An order of \u20AC300m for shells.") << QList<double> { 300e6 }
                            << QStringLiteral("EUR");
    QTest::newRow("per year") << QStringLiteral("Aid of 40 billion euros per year was promised.")
                              << QList<double> { 40e9 } << QStringLiteral("EUR");
    QTest::newRow("thousands separators") << QStringLiteral("A grant of $1,250,000 for the school.")
                                          << QList<double> { 1.25e6 } << QStringLiteral("USD");
    QTest::newRow("trillion dollars") << QStringLiteral("Budgets near 1.3 trillion dollars worldwide.")
                                      << QList<double> { 1.3e12 } << QStringLiteral("USD");
    QTest::newRow("pounds word") << QStringLiteral("It cost 12 million pounds to refit.")
                                 << QList<double> { 12e6 } << QStringLiteral("GBP");
    QTest::newRow("US dollars") << QStringLiteral("Some 5 billion US dollars were pledged.")
                                << QList<double> { 5e9 } << QStringLiteral("USD");
    QTest::newRow("hyphenated") << QStringLiteral("They signed a 1-billion-euro contract.")
                                << QList<double> { 1e9 } << QStringLiteral("EUR");
    QTest::newRow("code glued to number") << QStringLiteral("Orders worth EUR2.4bn arrived.")
                                          << QList<double> { 2.4e9 } << QStringLiteral("EUR");
    QTest::newRow("US dollar sign") << QStringLiteral("A US$1.5 billion loan.") << QList<double> { 1.5e9 }
                                    << QStringLiteral("USD");
    QTest::newRow("range between and") << QStringLiteral("It will cost between $2 billion and $3 billion.")
                                       << QList<double> { 2e9, 3e9 } << QStringLiteral("USD");
    QTest::newRow("range with dash shares scale") << QStringLiteral("Estimates run at $2-3 billion a year.")
                                                  << QList<double> { 2e9, 3e9 } << QStringLiteral("USD");
    QTest::newRow("range to shares currency") << QStringLiteral("From 4 to 6 billion euros are needed.")
                                              << QList<double> { 4e9, 6e9 } << QStringLiteral("EUR");
    QTest::newRow("range between words") << QStringLiteral("Between 2 and 3 billion euros will go to it.")
                                         << QList<double> { 2e9, 3e9 } << QStringLiteral("EUR");
    QTest::newRow("kroner near Denmark")
        << QStringLiteral("Denmark will add 6,5 billion kroner for new frigates.") << QList<double> { 6.5e9 }
        << QStringLiteral("DKK");
    QTest::newRow("kroner near Norway")
        << QStringLiteral("The Norwegian plan is worth 1.5 trillion kroner over twelve years.")
        << QList<double> { 1.5e12 } << QStringLiteral("NOK");
    QTest::newRow("spelled billion euros") << QStringLiteral("It will cost one billion euros in all.")
                                           << QList<double> { 1e9 } << QStringLiteral("EUR");
    QTest::newRow("half a billion dollars") << QStringLiteral("Some half a billion dollars were lost.")
                                            << QList<double> { 0.5e9 } << QStringLiteral("USD");
    QTest::newRow("a million pounds") << QStringLiteral("They paid a million pounds for it.")
                                      << QList<double> { 1e6 } << QStringLiteral("GBP");
    QTest::newRow("kronor are Swedish") << QStringLiteral("A deal of 12 billion kronor was signed.")
                                        << QList<double> { 12e9 } << QStringLiteral("SEK");
}

void tst_figureextractor::money()
{
    QFETCH(QString, text);
    QFETCH(QList<double>, values);
    QFETCH(QString, currency);
    const QList<ql::Figure> figures = ql::FigureExtractor().extract(text, {});
    QCOMPARE(figures.size(), values.size());
    for (int i = 0; i < values.size(); ++i) {
        QCOMPARE(figures.at(i).kind, QStringLiteral("money"));
        QCOMPARE(figures.at(i).value, values.at(i));
        QCOMPARE(figures.at(i).currency, currency);
    }
}

void tst_figureextractor::gdpShares_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("year");

    QTest::newRow("percent sign gdp by year")
        << QStringLiteral("Members agreed to spend 5% of the gross domestic product by 2035.") << 5.0 << 2035;
    QTest::newRow("per cent of GDP by year")
        << QStringLiteral("The plan targets 2.5 per cent of GDP by 2027.") << 2.5 << 2027;
    QTest::newRow("percent of its GDP in year")
        << QStringLiteral("It will spend 3 percent of its GDP on the army in 2026.") << 3.0 << 2026;
    QTest::newRow("no year") << QStringLiteral("Only a few reach 2% of GDP today.") << 2.0 << 0;
    QTest::newRow("GDP right after") << QStringLiteral("The 2% GDP floor stays.") << 2.0 << 0;
    QTest::newRow("possessive country")
        << QStringLiteral("About 1.9% of Italy\u2019s GDP goes to defence.") << 1.9 << 0;
    QTest::newRow("spelled percent") << QStringLiteral("Two percent of GDP is no longer enough.") << 2.0 << 0;
    QTest::newRow("spelled per cent with year")
        << QStringLiteral("They promised three per cent of gross domestic product by 2030.") << 3.0 << 2030;
    QTest::newRow("the country's GDP")
        << QStringLiteral("The budget, at 2.1% of the country\u2019s GDP, is the largest yet.") << 2.1 << 0;
    QTest::newRow("spelled and a half")
        << QStringLiteral("It aims at two and a half percent of GDP.") << 2.5 << 0;
}

void tst_figureextractor::gdpShares()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(int, year);
    const QList<ql::Figure> figures = ql::FigureExtractor().extract(text, {});
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.first().kind, QStringLiteral("gdp_share"));
    QCOMPARE(figures.first().value, value);
    QCOMPARE(figures.first().year, year);
}

void tst_figureextractor::notFigures_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("calibre mm") << QStringLiteral("They fired 155mm shells and 120 mm rounds.");
    QTest::newRow("calibre bare") << QStringLiteral("Capabilities include 155 artillery and rockets.");
    QTest::newRow("model name") << QStringLiteral("The F-35 and the A400M flew past.");
    QTest::newRow("phone number") << QStringLiteral("Call +49 2641 3703 - 0 or (030) 1234 5678.");
    QTest::newRow("counts") << QStringLiteral("Over 250 firms from 30 countries and 700 people came.");
    QTest::newRow("years") << QStringLiteral("In 2024 and 2025 the plan changed.");
    QTest::newRow("plain percentage") << QStringLiteral("Support rose by 12% in the poll.");
    QTest::newRow("postcode") << QStringLiteral("Some Street 7, 53474 Sometown");
    QTest::newRow("bare million without currency") << QStringLiteral("About 3 million people live there.");
    QTest::newRow("kroner of no named country") << QStringLiteral("The yard asked for 400 million kroner.");
    QTest::newRow("spelled millions of people") << QStringLiteral("Two million people fled the fighting.");
    QTest::newRow("spelled percent not of GDP") << QStringLiteral("Turnout fell by two percent in May.");
    QTest::newRow("spelled word inside another") << QStringLiteral("Someone percent of GDP.");
}

void tst_figureextractor::notFigures()
{
    QFETCH(QString, text);
    QCOMPARE(ql::FigureExtractor().extract(text, {}).size(), 0);
}

void tst_figureextractor::subjectAndOffsets()
{
    const QString text = QStringLiteral("Contracts for \u20AC2.4 billion worth of spare barrels, including "
                                        "\u20AC1 billion of firm orders.");
    const QList<ql::Figure> figures = ql::FigureExtractor().extract(text, {});
    QCOMPARE(figures.size(), 2);
    QCOMPARE(figures.at(0).subject, QStringLiteral("spare barrels"));
    QCOMPARE(figures.at(1).subject, QStringLiteral("firm orders"));
    QCOMPARE(text.mid(figures.at(0).start, figures.at(0).end - figures.at(0).start),
        QStringLiteral("\u20AC2.4 billion"));
    QCOMPARE(figures.at(0).text, QStringLiteral("\u20AC2.4 billion"));
}

void tst_figureextractor::skippedLinesYieldNothing()
{
    const QString text
        = QStringLiteral("Read also: Navy buys $90 million of boats\nThe army got $5 million.");
    const int lineEnd = int(text.indexOf(QLatin1Char('\n')));
    const QList<ql::Figure> figures = ql::FigureExtractor().extract(text, { ql::TextSpan { 0, lineEnd } });
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.first().value, 5e6);
}

// Who commits: the subject of the clause that spends or pledges, normalised. Invented sentences.
void tst_figureextractor::actor_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("actors");

    QTest::newRow("capital stands for its country") << QStringLiteral(
        "Many allies are moving, and Tallinn plans to lift spending to 3.7% of its GDP by 2029.")
                                                    << QStringList { QStringLiteral("Estonia") };
    QTest::newRow("collective allies")
        << QStringLiteral("At the summit the leaders agreed to invest 4% of GDP in defence by 2034.")
        << QStringList { QStringLiteral("NATO allies") };
    QTest::newRow("country, then allies, in two sentences")
        << QStringLiteral("Norway will spend 3% of GDP by 2028. Allies pledged to reach 5% of GDP by 2035.")
        << QStringList { QStringLiteral("Norway"), QStringLiteral("NATO allies") };
    QTest::newRow("agency with and, possessive and our")
        << QStringLiteral(
               "To date, our Joint Supply and Repair Agency has signed deals for \u20AC3.1 billion "
               "of shells. He added that the Alliance\u2019s Joint Supply and Repair Agency is "
               "buying \u20AC3.1 billion worth of shells.")
        << QStringList { QStringLiteral("Joint Supply and Repair Agency"),
               QStringLiteral("Alliance Joint Supply and Repair Agency") };
    QTest::newRow("company wins a contract")
        << QStringLiteral("Nordhavn Werft won a \u20AC640 million order for two frigates.")
        << QStringList { QStringLiteral("Nordhavn Werft") };
    QTest::newRow("aid for Ukraine with nobody named") << QStringLiteral(
        "The package for Ukraine \u2013 which is to set aid at 30 billion euros per year \u2013 "
        "starts in spring.") << QStringList { QStringLiteral("Ukraine aid") };
    QTest::newRow("pronoun is nobody")
        << QStringLiteral("\u201CWe need to reach 3% of GDP by 2030,\u201D she said.")
        << QStringList { QString() };
    QTest::newRow("country with adverb and auxiliary")
        << QStringLiteral("Portugal has already earmarked \u20AC1.2 billion for drones.")
        << QStringList { QStringLiteral("Portugal") };
}

void tst_figureextractor::actor()
{
    QFETCH(QString, text);
    QFETCH(QStringList, actors);
    const QList<ql::Figure> figures = ql::FigureExtractor().extract(text, {});
    QStringList found;
    for (const ql::Figure& f : figures)
        found.append(f.actor);
    QCOMPARE(found, actors);
}

void tst_figureextractor::perYear_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<bool>>("rates");

    QTest::newRow("per year") << QStringLiteral("Aid of 30 billion euros per year was promised.")
                              << QList<bool> { true };
    QTest::newRow("a year") << QStringLiteral("The plan adds \u20AC2 billion a year for radar.")
                            << QList<bool> { true };
    QTest::newRow("annually") << QStringLiteral("Exports bring in $4 billion annually.")
                              << QList<bool> { true };
    QTest::newRow("annual before") << QStringLiteral(
        "It set an annual budget of \u20AC9 billion for the army.")
                                   << QList<bool> { true };
    QTest::newRow("a year ago is no rate")
        << QStringLiteral("A \u20AC2 billion order, signed a year ago, is late.") << QList<bool> { false };
    QTest::newRow("one-off then rate")
        << QStringLiteral("A one-off \u20AC5 billion and then \u20AC1 billion per year after that.")
        << QList<bool> { false, true };
    QTest::newRow("share of GDP is never a rate")
        << QStringLiteral("They spend 2% of GDP every year.") << QList<bool> { false };
}

void tst_figureextractor::perYear()
{
    QFETCH(QString, text);
    QFETCH(QList<bool>, rates);
    const QList<ql::Figure> figures = ql::FigureExtractor().extract(text, {});
    QList<bool> found;
    for (const ql::Figure& f : figures)
        found.append(f.perYear);
    QCOMPARE(found, rates);
}

void tst_figureextractor::reportedSpeaker_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("speaker");

    QTest::newRow("name before speech verb")
        << QStringLiteral("Okafor indicated that Tallinn plans to lift spending to 3.7% of GDP by 2029.")
        << QStringLiteral("Okafor");
    QTest::newRow("title and full name")
        << QStringLiteral("Defence Minister Ada Lindqvist said the army will get \u20AC2 billion.")
        << QStringLiteral("Ada Lindqvist");
    QTest::newRow("trailing said") << QStringLiteral("The navy gets \u20AC700 million, said Bram Okafor.")
                                   << QStringLiteral("Bram Okafor");
    QTest::newRow("according to") << QStringLiteral(
        "Spending rises to 3% of GDP by 2027, according to Lindqvist.")
                                  << QStringLiteral("Lindqvist");
    QTest::newRow("no reported speech")
        << QStringLiteral("Portugal has earmarked \u20AC1.2 billion for drones.") << QString();
    QTest::newRow("pronoun is nobody")
        << QStringLiteral("He said the army will get \u20AC2 billion.") << QString();
}

void tst_figureextractor::reportedSpeaker()
{
    QFETCH(QString, text);
    QFETCH(QString, speaker);
    const QList<ql::Figure> figures = ql::FigureExtractor().extract(text, {});
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.first().reportedBy, speaker);
}

QTEST_GUILESS_MAIN(tst_figureextractor)
#include "tst_figureextractor.moc"
