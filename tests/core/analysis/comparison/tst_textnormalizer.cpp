#include "core/analysis/comparison/SpellingFolder.h"
#include "core/analysis/comparison/TextNormalizer.h"

#include <QtTest>

class TstTextNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void words_data();
    void words();
    void spelling_data();
    void spelling();
    void spansPointAtOriginalWords();
    void fingerprintIgnoresSurfaceDifferences();
    void stopWordsAreFlagged();
};

void TstTextNormalizer::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only punctuation") << QStringLiteral(" -- !? ... ") << QString();
    QTest::newRow("case and punctuation") << QStringLiteral("Hello, World!") << QStringLiteral("hello world");
    QTest::newRow("curly quotes dropped") << QStringLiteral("\u201CWe act,\u201D he said \u2018now\u2019")
                                          << QStringLiteral("we act he said now");
    QTest::newRow("contraction n't") << QStringLiteral("Heroes can\u2019t wait")
                                     << QStringLiteral("heroes can not wait");
    QTest::newRow("cannot") << QStringLiteral("Heroes cannot wait") << QStringLiteral("heroes can not wait");
    QTest::newRow("won't") << QStringLiteral("It won't stop") << QStringLiteral("it will not stop");
    QTest::newRow("it's") << QStringLiteral("It's late") << QStringLiteral("it is late");
    QTest::newRow("possessive") << QStringLiteral("the alliance\u2019s plan")
                                << QStringLiteral("the alliance plan");
    QTest::newRow("we're") << QStringLiteral("We're ready") << QStringLiteral("we are ready");
    QTest::newRow("hyphen splits") << QStringLiteral("long-term de-mining")
                                   << QStringLiteral("long term de mining");
    QTest::newRow("decimal number") << QStringLiteral("2.4 billion") << QStringLiteral("2.4 billion");
    QTest::newRow("thousands separator") << QStringLiteral("1,000 tanks") << QStringLiteral("1000 tanks");
    QTest::newRow("list comma stays a separator")
        << QStringLiteral("tanks,ships") << QStringLiteral("tanks ships");
    QTest::newRow("nfkc ligature") << QStringLiteral("\uFB01ghters") << QStringLiteral("fighters");
    QTest::newRow("fullwidth letters")
        << QStringLiteral("\uFF2E\uFF21\uFF34\uFF2F") << QStringLiteral("nato");
    QTest::newRow("latin diacritics")
        << QStringLiteral("Na\u00EFve r\u00E9sum\u00E9") << QStringLiteral("naive resume");
    QTest::newRow("german sharp s casefolds")
        << QStringLiteral("STRASSE stra\u00DFe") << QStringLiteral("strasse strasse");
    QTest::newRow("cyrillic kept") << QStringLiteral("\u041D\u0410\u0422\u041E")
                                   << QStringLiteral("\u043D\u0430\u0442\u043E");
    QTest::newRow("spelling folded") << QStringLiteral("Defence programmes organised")
                                     << QStringLiteral("defense programs organized");
}

void TstTextNormalizer::words()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ql::TextNormalizer().words(text).join(QLatin1Char(' ')), expected);
}

void TstTextNormalizer::spelling_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");

    QTest::newRow("defence") << QStringLiteral("defence") << QStringLiteral("defense");
    QTest::newRow("defences") << QStringLiteral("defences") << QStringLiteral("defenses");
    QTest::newRow("offence") << QStringLiteral("offence") << QStringLiteral("offense");
    QTest::newRow("licenced") << QStringLiteral("licenced") << QStringLiteral("licensed");
    QTest::newRow("programme") << QStringLiteral("programme") << QStringLiteral("program");
    QTest::newRow("programmes") << QStringLiteral("programmes") << QStringLiteral("programs");
    QTest::newRow("organise") << QStringLiteral("organise") << QStringLiteral("organize");
    QTest::newRow("organisations") << QStringLiteral("organisations") << QStringLiteral("organizations");
    QTest::newRow("utilising") << QStringLiteral("utilising") << QStringLiteral("utilizing");
    QTest::newRow("modernised") << QStringLiteral("modernised") << QStringLiteral("modernized");
    QTest::newRow("analyse") << QStringLiteral("analyse") << QStringLiteral("analyze");
    QTest::newRow("paralysed") << QStringLiteral("paralysed") << QStringLiteral("paralyzed");
    QTest::newRow("colour") << QStringLiteral("colour") << QStringLiteral("color");
    QTest::newRow("behaviour") << QStringLiteral("behaviour") << QStringLiteral("behavior");
    QTest::newRow("honourable") << QStringLiteral("honourable") << QStringLiteral("honorable");
    QTest::newRow("favourite") << QStringLiteral("favourite") << QStringLiteral("favorite");
    QTest::newRow("armoured") << QStringLiteral("armoured") << QStringLiteral("armored");
    QTest::newRow("centre") << QStringLiteral("centre") << QStringLiteral("center");
    QTest::newRow("centres") << QStringLiteral("centres") << QStringLiteral("centers");
    QTest::newRow("centred") << QStringLiteral("centred") << QStringLiteral("centered");
    QTest::newRow("theatre") << QStringLiteral("theatre") << QStringLiteral("theater");
    QTest::newRow("fibre") << QStringLiteral("fibre") << QStringLiteral("fiber");
    QTest::newRow("catalogue") << QStringLiteral("catalogue") << QStringLiteral("catalog");
    QTest::newRow("travelled") << QStringLiteral("travelled") << QStringLiteral("traveled");
    QTest::newRow("modelling") << QStringLiteral("modelling") << QStringLiteral("modeling");
    QTest::newRow("manoeuvre") << QStringLiteral("manoeuvre") << QStringLiteral("maneuver");
    QTest::newRow("whilst") << QStringLiteral("whilst") << QStringLiteral("while");
    // Words that look British but are spelt the same in American English stay untouched.
    QTest::newRow("keep: exercise") << QStringLiteral("exercise") << QStringLiteral("exercise");
    QTest::newRow("keep: surprised") << QStringLiteral("surprised") << QStringLiteral("surprised");
    QTest::newRow("keep: promising") << QStringLiteral("promising") << QStringLiteral("promising");
    QTest::newRow("keep: otherwise") << QStringLiteral("otherwise") << QStringLiteral("otherwise");
    QTest::newRow("keep: enterprise") << QStringLiteral("enterprise") << QStringLiteral("enterprise");
    QTest::newRow("keep: advertising") << QStringLiteral("advertising") << QStringLiteral("advertising");
    QTest::newRow("keep: rising") << QStringLiteral("rising") << QStringLiteral("rising");
    QTest::newRow("keep: hour") << QStringLiteral("hours") << QStringLiteral("hours");
    QTest::newRow("keep: yours") << QStringLiteral("yours") << QStringLiteral("yours");
    QTest::newRow("keep: detour") << QStringLiteral("detour") << QStringLiteral("detour");
    QTest::newRow("keep: filled") << QStringLiteral("filled") << QStringLiteral("filled");
    QTest::newRow("keep: rogue") << QStringLiteral("rogue") << QStringLiteral("rogue");
    QTest::newRow("keep: science") << QStringLiteral("science") << QStringLiteral("science");
    QTest::newRow("american unchanged") << QStringLiteral("defense") << QStringLiteral("defense");
}

void TstTextNormalizer::spelling()
{
    QFETCH(QString, word);
    QFETCH(QString, expected);
    QCOMPARE(ql::SpellingFolder::fold(word), expected);
}

void TstTextNormalizer::spansPointAtOriginalWords()
{
    const QString text = QStringLiteral("\u201CThere\u2019s no defence,\u201D she can\u2019t say.");
    const auto tokens = ql::TextNormalizer().tokenize(text);
    QStringList originals;
    for (const auto& token : tokens)
        originals << text.mid(token.start, token.end - token.start);
    QCOMPARE(originals,
        QStringList({ QStringLiteral("There\u2019s"), QStringLiteral("There\u2019s"), QStringLiteral("no"),
            QStringLiteral("defence"), QStringLiteral("she"), QStringLiteral("can\u2019t"),
            QStringLiteral("can\u2019t"), QStringLiteral("say") }));
    QCOMPARE(tokens.at(3).text, QStringLiteral("defense"));

    // Characters outside the BMP keep offsets in UTF-16 units.
    const QString emoji = QStringLiteral("\U0001F680 rockets \U0001D400bc");
    const auto wide = ql::TextNormalizer().tokenize(emoji);
    QCOMPARE(wide.size(), 2);
    QCOMPARE(emoji.mid(wide.at(0).start, wide.at(0).end - wide.at(0).start), QStringLiteral("rockets"));
    QCOMPARE(wide.at(1).text, QStringLiteral("abc"));
    QCOMPARE(wide.at(1).end, int(emoji.size()));
}

void TstTextNormalizer::fingerprintIgnoresSurfaceDifferences()
{
    const ql::TextNormalizer normalizer;
    const auto a
        = normalizer.fingerprint(QStringLiteral("\u201CThere is no defence without industry.\u201D"));
    const auto b = normalizer.fingerprint(QStringLiteral("there is NO defense without industry"));
    const auto c = normalizer.fingerprint(QStringLiteral("there is no defense without an industry"));
    QCOMPARE(a, b);
    QVERIFY(a != c);
}

void TstTextNormalizer::stopWordsAreFlagged()
{
    const auto tokens = ql::TextNormalizer().tokenize(QStringLiteral("We need the ammunition"));
    QCOMPARE(tokens.size(), 4);
    QVERIFY(tokens.at(0).stopWord);
    QVERIFY(!tokens.at(1).stopWord);
    QVERIFY(tokens.at(2).stopWord);
    QVERIFY(!tokens.at(3).stopWord);
}

QTEST_GUILESS_MAIN(TstTextNormalizer)
#include "tst_textnormalizer.moc"
