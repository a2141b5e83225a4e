// LanguageGuesser's word scan (issue 17 made it look words up without building a string per word):
// the edges of that scan, words longer than any stop word, capitals, stop words inside longer words,
// the 3,000-character window, and the same answer from many threads at once. Invented sentences.
#include "core/ingest/LanguageGuesser.h"

#include <QtTest>

#include <thread>
#include <vector>

using namespace ql;

class TstLanguageGuesser : public QObject
{
    Q_OBJECT

private slots:
    void guess_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("capitals fold") << QStringLiteral(
            "THE MINISTERS SAID THAT THE ALLIANCE WILL INCREASE ITS SUPPORT FOR THE PARTNERS AND THAT IT "
            "HAS BEEN A GOOD YEAR.") << QStringLiteral("en");
        // Words of 16 letters and more are counted as words but never match a stop word.
        QTest::newRow("long words between") << QStringLiteral(
            "Internationalisation and counterintelligence were the themes of the "
            "uncharacteristically long meeting, which was held in the capital by the ministers.")
                                            << QStringLiteral("en");
        // "the" inside "theatre", "and" inside "andante": a stop word counts only as a whole word.
        QTest::newRow("stop words inside words")
            << QStringLiteral("Theatre andante thereby island bethel others wander sandal") << QString();
        QTest::newRow("swedish") << QStringLiteral(
            "Ministrarna sade att det är viktigt för alliansen och att vi har inte mer tid än det som "
            "finns kvar.") << QStringLiteral("sv");
        QTest::newRow("polish") << QStringLiteral(
            "Ministrowie powiedzieli, że to jest ważne dla sojuszu i że nie ma już czasu na to, co było "
            "także w planie.") << QStringLiteral("pl");
        // Only the first 3,000 characters are read: German after a long English opening is English.
        QTest::newRow("window") << QString(
            QStringLiteral("The minister said that it was the end of the year. ").repeated(70)
            + QStringLiteral("Die Minister sagten, dass die Allianz nicht das Ende ist. ").repeated(200))
                                << QStringLiteral("en");
        QTest::newRow("empty") << QString() << QString();
    }

    void guess()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(LanguageGuesser().guess(text), language);
    }

    // Import workers guess in parallel: the shared look-up table must give every thread the answer
    // one thread gets.
    void sameAnswerFromManyThreads()
    {
        const QStringList texts = {
            QStringLiteral(
                "The ministers said that the alliance will increase its support for the partners."),
            QStringLiteral("Die Minister sagten, dass die Allianz ihre Unterstützung nicht erhöhen wird."),
            QStringLiteral(
                "Les ministres ont dit que l'alliance va augmenter son soutien pour les partenaires."),
        };
        const QStringList expected = { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr") };
        constexpr int threads = 4;
        constexpr int perThread = 200;
        std::vector<QStringList> guessed(threads);
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&texts, &guessed, t] {
                for (int i = 0; i < perThread; ++i)
                    guessed[size_t(t)].append(LanguageGuesser().guess(texts.at(i % texts.size())));
            });
        }
        for (std::thread& w : workers)
            w.join();
        for (const QStringList& answers : guessed) {
            QCOMPARE(answers.size(), perThread);
            for (int i = 0; i < perThread; ++i)
                QCOMPARE(answers.at(i), expected.at(i % 3));
        }
    }
};

QTEST_GUILESS_MAIN(TstLanguageGuesser)
#include "tst_languageguesser.moc"
