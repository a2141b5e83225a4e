// TextDecoder: every common encoding, built byte by byte; invalid bytes in a declared encoding.
#include "core/ingest/TextDecoder.h"

#include <QtTest>

using namespace ql;

namespace {

// The same invented sentence in every encoding: curly quotes, euro and pound signs, accents.
QString sample()
{
    return QStringLiteral(
        "\u201CWe will spend \u20AC5 billion and \u00A33 million,\u201D the caf\u00E9 owner said.");
}

QByteArray utf16(const QString& text, bool littleEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out += littleEndian ? QByteArray("\xff\xfe", 2) : QByteArray("\xfe\xff", 2);
    for (const QChar c : text) {
        const char lo = char(c.unicode() & 0xff);
        const char hi = char(c.unicode() >> 8);
        out += littleEndian ? lo : hi;
        out += littleEndian ? hi : lo;
    }
    return out;
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("declared");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("encoding");

        const QString s = sample();
        QTest::newRow("utf-8") << s.toUtf8() << QString() << s << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 with BOM")
            << QByteArray("\xef\xbb\xbf") + s.toUtf8() << QString() << s << QStringLiteral("UTF-8");
        QTest::newRow("utf-16le with BOM")
            << utf16(s, true, true) << QString() << s << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16be with BOM")
            << utf16(s, false, true) << QString() << s << QStringLiteral("UTF-16BE");
        QTest::newRow("utf-16le without BOM")
            << utf16(s, true, false) << QString() << s << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16be without BOM")
            << utf16(s, false, false) << QString() << s << QStringLiteral("UTF-16BE");
        const QByteArray cp1252("\x93We will spend \x80"
                                "5 billion and \xa3"
                                "3 million,\x94 the caf\xe9 owner said.");
        QTest::newRow("windows-1252 detected") << cp1252 << QString() << s << QStringLiteral("windows-1252");
        QTest::newRow("windows-1252 declared")
            << cp1252 << QStringLiteral("windows-1252") << s << QStringLiteral("windows-1252");
        QTest::newRow("latin-1 label means windows-1252")
            << cp1252 << QStringLiteral("ISO-8859-1") << s << QStringLiteral("windows-1252");
        const QString plain = QStringLiteral("Le minist\u00E8re a d\u00E9clar\u00E9 que la d\u00E9fense "
                                             "europ\u00E9enne reste une priorit\u00E9 pour l'ann\u00E9e.");
        QTest::newRow("iso-8859-1 detected") << QByteArray("Le minist\xe8re a d\xe9"
                                                           "clar\xe9 que la d\xe9"
                                                           "fense europ\xe9"
                                                           "enne reste une priorit\xe9 pour l'ann\xe9"
                                                           "e.")
                                             << QString() << plain << QString();
        QTest::newRow("iso-8859-15 declared")
            << QByteArray("Budget: \xa4 40 billion") << QStringLiteral("iso-8859-15")
            << QStringLiteral("Budget: \u20AC 40 billion") << QStringLiteral("iso-8859-15");
        QTest::newRow("iso-8859-2 declared")
            << QByteArray("Minister \xa3ukasz w \xa3odzi, \xbf"
                          "o\xb3nierze")
            << QStringLiteral("ISO-8859-2")
            << QStringLiteral("Minister \u0141ukasz w \u0141odzi, \u017Co\u0142nierze")
            << QStringLiteral("iso-8859-2");
    }

    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, declared);
        QFETCH(QString, expected);
        QFETCH(QString, encoding);
        const DecodedText d = TextDecoder().decode(bytes, declared);
        QVERIFY2(d.ok, qPrintable(d.error));
        QCOMPARE(d.text, expected);
        if (!encoding.isEmpty())
            QCOMPARE(d.encoding.toLower(), encoding.toLower());
        QVERIFY(d.error.isEmpty());
    }

    void rejectsInvalidBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("declared");
        QTest::addColumn<QString>("offset");
        QTest::addRow("utf-8 BOM then a stray byte")
            << QByteArray("\xef\xbb\xbfNATO \xff summit") << QString() << QStringLiteral("byte 8");
        QTest::addRow("declared utf-8, broken sequence")
            << QByteArray("Allies \xc3\x28 agreed") << QStringLiteral("utf-8") << QStringLiteral("byte 7");
        QTest::addRow("declared utf-8, overlong slash")
            << QByteArray("path \xc0\xaf here") << QStringLiteral("UTF-8") << QStringLiteral("byte 5");
        QTest::addRow("declared utf-8, truncated at end")
            << QByteArray("ends with \xe2\x82") << QStringLiteral("utf-8") << QStringLiteral("byte 10");
        QTest::addRow("declared shift_jis, impossible pair")
            << QByteArray("ab\x81\x20") << QStringLiteral("Shift_JIS") << QStringLiteral("byte 2");
    }

    void rejectsInvalidBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, declared);
        QFETCH(QString, offset);
        const DecodedText d = TextDecoder().decode(bytes, declared);
        QVERIFY(!d.ok);
        QVERIFY2(
            d.error.startsWith(QLatin1String("invalid bytes in the declared encoding")), qPrintable(d.error));
        QVERIFY2(d.error.endsWith(offset), qPrintable(d.error));
        QVERIFY(!d.error.contains(QLatin1Char('\n')));
    }

    void unknownLabelFallsBackToDetection()
    {
        const DecodedText d
            = TextDecoder().decode(QByteArray("plain words"), QStringLiteral("x-no-such-charset"));
        QVERIFY2(d.ok, qPrintable(d.error));
        QCOMPARE(d.text, QStringLiteral("plain words"));
    }

    void utf8Validator_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("firstBad");
        QTest::addRow("ascii") << QByteArray("abc") << -1;
        QTest::addRow("euro sign") << QByteArray("\xe2\x82\xac") << -1;
        QTest::addRow("emoji") << QByteArray("\xf0\x9f\x98\x80") << -1;
        QTest::addRow("surrogate half") << QByteArray("a\xed\xa0\x80") << 1;
        QTest::addRow("beyond U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << 0;
        QTest::addRow("lone continuation") << QByteArray("ab\x80") << 2;
    }

    void utf8Validator()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, firstBad);
        QCOMPARE(int(TextDecoder::firstInvalidUtf8(bytes.constData(), bytes.size())), firstBad);
    }

    // Issue 16: one 0xA0 in a UTF-8 article made the whole file windows-1252 ("â€œ" for every
    // curly quote) and the extractor found no statement.
    void strayByteKeepsUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QString quote
            = QStringLiteral("\u201CWe will spend more,\u201D the minister said in M\u00FCnchen.");
        const QByteArray utf8 = quote.toUtf8();
        QTest::addRow("a no-break space byte")
            << QByteArray("Budget\xa0") + utf8 << QStringLiteral("Budget\uFFFD") + quote;
        QTest::addRow("truncated last character")
            << utf8 + QByteArray("\xe2\x80") << quote + QStringLiteral("\uFFFD");
        QByteArray many;
        for (int i = 0; i < 50; ++i)
            many += utf8 + ' ';
        many.insert(many.size() / 2, '\xa0');
        QTest::addRow("one byte in a long article") << many << QString();
    }

    void strayByteKeepsUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const DecodedText d = TextDecoder().decode(bytes);
        QVERIFY2(d.ok, qPrintable(d.error));
        QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(d.text.count(QChar(0xFFFD)), 1);
        QVERIFY(d.text.contains(QStringLiteral("\u201CWe will spend more,\u201D")));
        QVERIFY(!d.text.contains(QStringLiteral("\u00E2\u20AC")));
        if (!expected.isEmpty())
            QCOMPARE(d.text, expected);
    }

    // A page that declares UTF-8 and holds a stray byte is read as browsers read it.
    void strayByteInDeclaredUtf8_data() { strayByteKeepsUtf8_data(); }

    void strayByteInDeclaredUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const DecodedText d = TextDecoder().decode(bytes, QStringLiteral("utf-8"));
        QVERIFY2(d.ok, qPrintable(d.error));
        QCOMPARE(d.text.count(QChar(0xFFFD)), 1);
        if (!expected.isEmpty())
            QCOMPARE(d.text, expected);
    }

    // Legacy text does not pass for UTF-8 because of one accidental well-formed pair.
    void legacyTextStaysLegacy()
    {
        const QByteArray cp1252("\x93"
                                "Caf\xe9, cr\xe8me, \xc3\xa9t\xe9 \x80 and na\xefve,\x94 she said.");
        QVERIFY(!TextDecoder::isMostlyUtf8(cp1252.constData(), cp1252.size()));
        const DecodedText d = TextDecoder().decode(cp1252);
        QVERIFY2(d.ok, qPrintable(d.error));
        QCOMPARE(d.encoding.toLower(), QStringLiteral("windows-1252"));
        QVERIFY(d.text.startsWith(QStringLiteral("\u201C"
                                                 "Caf\u00E9, cr\u00E8me")));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
