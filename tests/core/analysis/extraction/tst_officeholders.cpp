#include "core/analysis/extraction/OfficeHolders.h"

#include <QtTest>

class tst_officeholders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedHolders_data();
    void seedHolders();
    void rolePhrases_data();
    void rolePhrases();
    void constructedFromList();
};

void tst_officeholders::seedHolders_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("holder");
    const QString sg = QStringLiteral("nato-secretary-general");
    QTest::newRow("Solana 1997") << sg << QDate(1997, 6, 1) << QStringLiteral("Javier Solana");
    QTest::newRow("Robertson 2002") << sg << QDate(2002, 6, 1) << QStringLiteral("George Robertson");
    QTest::newRow("de Hoop Scheffer 2006")
        << sg << QDate(2006, 6, 1) << QStringLiteral("Jaap de Hoop Scheffer");
    QTest::newRow("Rasmussen 2012") << sg << QDate(2012, 6, 1) << QStringLiteral("Anders Fogh Rasmussen");
    QTest::newRow("Stoltenberg first day") << sg << QDate(2014, 10, 1) << QStringLiteral("Jens Stoltenberg");
    QTest::newRow("Stoltenberg 2023") << sg << QDate(2023, 10, 30) << QStringLiteral("Jens Stoltenberg");
    QTest::newRow("Stoltenberg last day") << sg << QDate(2024, 9, 30) << QStringLiteral("Jens Stoltenberg");
    QTest::newRow("Rutte first day") << sg << QDate(2024, 10, 1) << QStringLiteral("Mark Rutte");
    QTest::newRow("Rutte 2025") << sg << QDate(2025, 6, 24) << QStringLiteral("Mark Rutte");
    QTest::newRow("null date") << sg << QDate() << QString();
    QTest::newRow("before NATO seed") << sg << QDate(1980, 1, 1) << QString();
    QTest::newRow("unknown office") << QStringLiteral("no-such-office") << QDate(2020, 1, 1) << QString();
}

void tst_officeholders::seedHolders()
{
    QFETCH(QString, office);
    QFETCH(QDate, date);
    QFETCH(QString, holder);
    QCOMPARE(ql::OfficeHolders::seed().holderOn(office, date), holder);
}

void tst_officeholders::rolePhrases_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("office");
    const QString sg = QStringLiteral("nato-secretary-general");
    QTest::newRow("full title") << QStringLiteral("NATO Secretary General") << sg;
    QTest::newRow("hyphenated") << QStringLiteral("the Secretary-General") << sg;
    QTest::newRow("possessive") << QStringLiteral("NATO\u2019s Secretary General") << sg;
    QTest::newRow("nickname") << QStringLiteral("the NATO chief") << sg;
    QTest::newRow("assistant is another office")
        << QStringLiteral("NATO Assistant Secretary General") << QString();
    QTest::newRow("deputy is another office") << QStringLiteral("Deputy Secretary General") << QString();
    QTest::newRow("UN") << QStringLiteral("UN Secretary-General") << QStringLiteral("un-secretary-general");
    QTest::newRow("unrelated") << QStringLiteral("the harbour master") << QString();
}

void tst_officeholders::rolePhrases()
{
    QFETCH(QString, phrase);
    QFETCH(QString, office);
    QCOMPARE(ql::OfficeHolders::seed().officeForRole(phrase), office);
}

void tst_officeholders::constructedFromList()
{
    const ql::Office guild { QStringLiteral("guild-master"), QStringLiteral("Guild Master"),
        { QStringLiteral("Guild Master"), QStringLiteral("guild chief") } };
    ql::OfficeTerm first;
    first.office = guild.key;
    first.holder = QStringLiteral("Ada Quill");
    first.start = QDate(2001, 1, 1);
    first.end = QDate(2010, 1, 1);
    ql::OfficeTerm second;
    second.office = guild.key;
    second.holder = QStringLiteral("Bruno Vell");
    second.start = QDate(2010, 1, 1);
    const ql::OfficeHolders table({ guild }, { first, second });
    QCOMPARE(table.officeForRole(QStringLiteral("the guild chief")), guild.key);
    QCOMPARE(table.holderOn(guild.key, QDate(2005, 5, 5)), QStringLiteral("Ada Quill"));
    QCOMPARE(table.holderOn(guild.key, QDate(2030, 5, 5)), QStringLiteral("Bruno Vell"));
    QCOMPARE(table.allHolders(), (QStringList { QStringLiteral("Ada Quill"), QStringLiteral("Bruno Vell") }));
    QCOMPARE(table.terms().size(), 2);
}

QTEST_GUILESS_MAIN(tst_officeholders)
#include "tst_officeholders.moc"
