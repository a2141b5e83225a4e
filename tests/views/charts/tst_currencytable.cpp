#include "views/charts/CurrencyTable.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using ql::CurrencyTable;

class TstCurrencyTable : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void nearestRate_data();
    void nearestRate();
    void euroIsIdentity();
    void unknownCurrency();
    void builtInTableShipsCommonCurrencies();
    void shippedFileParses();
    void saveLoadRoundTrip();
    void editRates();
};

void TstCurrencyTable::parse_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("rates");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("header, comment, two rates") << QStringLiteral(
        "# invented\ncurrency,eur_per_unit,as_of,note\nUSD,0.9,2023-12-31,avg\nxyz,2,2022-06-30,\n")
                                                << true << 2 << QString();
    QTest::newRow("quoted note with comma")
        << QStringLiteral("GBP,1.15,2023-12-31,\"average, approximate\"\n") << true << 1 << QString();
    QTest::newRow("blank lines and CRLF")
        << QStringLiteral("\r\nUSD,0.9,2023-12-31\r\n\r\n") << true << 1 << QString();
    QTest::newRow("rate not a number")
        << QStringLiteral("USD,abc,2023-12-31\n") << false << 0 << QStringLiteral("line 1");
    QTest::newRow("negative rate") << QStringLiteral("USD,0.9,2023-12-31\nCAD,-1,2023-12-31\n") << false << 0
                                   << QStringLiteral("line 2");
    QTest::newRow("bad date") << QStringLiteral("USD,0.9,31/12/2023\n") << false << 0
                              << QStringLiteral("as_of");
    QTest::newRow("bad code") << QStringLiteral("DOLLAR,0.9,2023-12-31\n") << false << 0
                              << QStringLiteral("ISO 4217");
    QTest::newRow("too few fields") << QStringLiteral("USD,0.9\n") << false << 0 << QStringLiteral("line 1");
}

void TstCurrencyTable::parse()
{
    QFETCH(QString, csv);
    QFETCH(bool, ok);
    QFETCH(int, rates);
    QFETCH(QString, errorPart);
    CurrencyTable table;
    table.setRate({ QStringLiteral("SEK"), 0.09, QDate(2020, 1, 1), QString() });
    QString error;
    QCOMPARE(table.parseCsv(csv, &error), ok);
    if (ok) {
        QCOMPARE(table.rates().size(), rates);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QCOMPARE(table.currencies(), QStringList { QStringLiteral("SEK") }); // unchanged on failure
    }
}

void TstCurrencyTable::nearestRate_data()
{
    QTest::addColumn<QDate>("on");
    QTest::addColumn<double>("rate");
    QTest::addColumn<QDate>("asOf");
    QTest::newRow("inside first year") << QDate(2021, 5, 1) << 0.8 << QDate(2021, 12, 31);
    QTest::newRow("closer to second") << QDate(2022, 9, 1) << 0.95 << QDate(2022, 12, 31);
    QTest::newRow("before all") << QDate(2010, 1, 1) << 0.8 << QDate(2021, 12, 31);
    QTest::newRow("after all") << QDate(2030, 1, 1) << 0.92 << QDate(2023, 12, 31);
    QTest::newRow("no date: latest") << QDate() << 0.92 << QDate(2023, 12, 31);
}

void TstCurrencyTable::nearestRate()
{
    QFETCH(QDate, on);
    QFETCH(double, rate);
    QFETCH(QDate, asOf);
    CurrencyTable table;
    QVERIFY(table.parseCsv(QStringLiteral("USD,0.92,2023-12-31\nUSD,0.8,2021-12-31\nUSD,0.95,2022-12-31\n")));
    const auto r = table.rateFor(QStringLiteral("usd"), on);
    QVERIFY(r.has_value());
    QCOMPARE(r->eurPerUnit, rate);
    QCOMPARE(r->asOf, asOf);
    QCOMPARE(*table.toEur(100.0, QStringLiteral("USD"), on), 100.0 * rate);
}

void TstCurrencyTable::euroIsIdentity()
{
    const CurrencyTable empty;
    QCOMPARE(*empty.toEur(42.5, QStringLiteral("EUR"), QDate(2024, 2, 2)), 42.5);
}

void TstCurrencyTable::unknownCurrency()
{
    const CurrencyTable table = CurrencyTable::builtIn();
    QVERIFY(!table.rateFor(QStringLiteral("ZZZ"), QDate(2024, 1, 1)).has_value());
    QVERIFY(!table.toEur(1.0, QString()).has_value());
}

void TstCurrencyTable::builtInTableShipsCommonCurrencies()
{
    const CurrencyTable table = CurrencyTable::builtIn();
    QVERIFY(!table.isEmpty());
    for (const char* code : { "USD", "GBP", "CAD", "NOK", "PLN", "SEK" }) {
        const auto r = table.rateFor(QString::fromLatin1(code), QDate(2024, 6, 1));
        QVERIFY2(r.has_value(), code);
        QVERIFY(r->asOf.isValid());
        QVERIFY(r->eurPerUnit > 0.0);
    }
    // A sanity range, not an exact rate: the dollar has traded between 0.6 and 1.1 euros for decades.
    const double usd = table.rateFor(QStringLiteral("USD"), QDate(2024, 6, 1))->eurPerUnit;
    QVERIFY(usd > 0.6 && usd < 1.1);
}

void TstCurrencyTable::shippedFileParses()
{
    CurrencyTable table;
    QString error;
    QVERIFY2(table.loadFromFile(QStringLiteral(QL_SOURCE_DIR "/resources/data/currency_rates.csv"), &error),
        qPrintable(error));
    QCOMPARE(table.rates().size(), CurrencyTable::builtIn().rates().size());
}

void TstCurrencyTable::saveLoadRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CurrencyTable table;
    table.setRate({ QStringLiteral("NOK"), 0.0875, QDate(2023, 12, 31), QStringLiteral("edited, by hand") });
    table.setRate({ QStringLiteral("usd"), 0.9, QDate(2024, 12, 31), QString() });
    const QString path = dir.filePath(QStringLiteral("sub/rates.csv"));
    QString error;
    QVERIFY2(table.saveToFile(path, &error), qPrintable(error));
    CurrencyTable loaded;
    QVERIFY2(loaded.loadFromFile(path, &error), qPrintable(error));
    QCOMPARE(loaded.rates().size(), 2);
    QCOMPARE(loaded.rates().at(0).currency, QStringLiteral("NOK"));
    QCOMPARE(loaded.rates().at(0).note, QStringLiteral("edited, by hand"));
    QCOMPARE(loaded.rates().at(1).currency, QStringLiteral("USD"));
    QCOMPARE(loaded.toCsv(), table.toCsv());
}

void TstCurrencyTable::editRates()
{
    CurrencyTable table;
    table.setRate({ QStringLiteral("USD"), 0.9, QDate(2024, 12, 31), QString() });
    table.setRate({ QStringLiteral("USD"), 0.91, QDate(2024, 12, 31), QString() }); // replaces
    QCOMPARE(table.rates().size(), 1);
    QCOMPARE(table.rates().at(0).eurPerUnit, 0.91);
    QVERIFY(table.removeRate(QStringLiteral("usd"), QDate(2024, 12, 31)));
    QVERIFY(!table.removeRate(QStringLiteral("usd"), QDate(2024, 12, 31)));
    QVERIFY(table.isEmpty());
}

QTEST_GUILESS_MAIN(TstCurrencyTable)
#include "tst_currencytable.moc"
