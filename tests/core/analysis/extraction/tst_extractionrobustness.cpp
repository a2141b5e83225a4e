#include "core/analysis/extraction/Extractor.h"

#include <QtTest>

#include <ctime>

// Hostile input: huge texts without punctuation, quotes that never close, control characters and mixed
// scripts. The extractor must finish quickly (linear time) and keep every offset inside the text.
class tst_extractionrobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileInput_data();
    void hostileInput();
    void scalesLinearly_data();
    void scalesLinearly();
};

namespace {

constexpr int OneMegabyte = 1024 * 1024;

QString repeatTo(const QString& unit, int size)
{
    QString out;
    out.reserve(size + unit.size());
    while (out.size() < size)
        out += unit;
    return out;
}

// CPU time of this thread: meaningful even when the machine is busy with other builds.
qint64 threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

qint64 timeExtraction(const QString& text, ql::Extraction* result = nullptr)
{
    ql::Article article;
    article.text = text;
    article.published = QDate(2024, 1, 1);
    const qint64 start = threadCpuMs();
    const ql::Extraction e = ql::Extractor().extract(article);
    const qint64 ms = threadCpuMs() - start;
    if (result)
        *result = e;
    return ms;
}

} // namespace

void tst_extractionrobustness::hostileInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("1 MB without punctuation")
        << repeatTo(QStringLiteral("word Another Name said "), OneMegabyte);
    QTest::newRow("1 MB of one line") << repeatTo(QStringLiteral("abcdefghij"), OneMegabyte);
    QTest::newRow("1 MB of opening quotes") << repeatTo(QStringLiteral("\u201Cx "), OneMegabyte);
    QTest::newRow("1 MB of straight quotes") << repeatTo(QStringLiteral("\"a\" b \" "), OneMegabyte);
    QTest::newRow("1 MB of apostrophes and singles")
        << repeatTo(QStringLiteral("'a' it's \u2018b "), OneMegabyte);
    QTest::newRow("1 MB quote never closes")
        << QStringLiteral("He said \u201C") + repeatTo(QStringLiteral("we will go on "), OneMegabyte);
    QTest::newRow("1 MB of currency and digits")
        << repeatTo(QStringLiteral("\u20AC1,5 bn $2-3 5% of GDP by 2030 "), OneMegabyte);
    QTest::newRow("1 MB of digits") << repeatTo(QStringLiteral("1234567890,"), OneMegabyte);
    QTest::newRow("1 MB of capitalised names")
        << repeatTo(QStringLiteral("Secretary General Anna Maria Kowal Nowak "), OneMegabyte);
    QTest::newRow("1 MB of newlines and salutations")
        << repeatTo(QStringLiteral("Ladies and gentlemen,\n"), OneMegabyte);
    QTest::newRow("1 MB of dates") << repeatTo(QStringLiteral("held on 12 March "), OneMegabyte);
    QTest::newRow("control characters") << QStringLiteral(
        "\u0001\u0002\u201CWe\u0000 will\u0007 go,\u201D \u001B said Anna Kowal.\u0008\r\n\f");
    QTest::newRow("mixed scripts") << QStringLiteral(
        "\u041C\u044B \u00AB\u0433\u043E\u0442\u043E\u0432\u044B\u00BB \u0639\u0631\u0628\u064A "
        "\u4E2D\u6587 \U0001F600 \u201CWe will build more ships soon,\u201D said \u0416\u0435\u043D\u044F "
        "Kowal.");
    QTest::newRow("lone surrogates") << QString(QChar(0xD800)) + QStringLiteral("\u201Cab")
            + QString(QChar(0xDC00));
    QTest::newRow("empty") << QString();
}

void tst_extractionrobustness::hostileInput()
{
    QFETCH(QString, text);
    ql::Extraction e;
    const qint64 ms = timeExtraction(text, &e);
    // A hang guard only (Debug builds are slow); complexity is checked by scalesLinearly().
    QVERIFY2(ms < 30000, qPrintable(QStringLiteral("took %1 ms CPU").arg(ms)));
    for (const ql::Statement& s : e.statements) {
        QVERIFY(s.start >= 0 && s.start <= s.end && s.end <= text.size());
        QVERIFY(!s.text.isEmpty());
    }
    for (const ql::Figure& f : e.figures)
        QVERIFY(f.start >= 0 && f.start <= f.end && f.end <= text.size());
}

void tst_extractionrobustness::scalesLinearly_data()
{
    QTest::addColumn<QString>("unit");
    QTest::newRow("quotes that never close")
        << QStringLiteral("Minister Anna Kowal said \u201Cwe go on and on \u2018never closing ");
    QTest::newRow("many short quotations") << QStringLiteral("\"a\" b \" \u201Cc d\u201D, he said ");
    QTest::newRow("opening marks only") << QStringLiteral("\u201Cx \u201E\u00AB ");
    QTest::newRow("figures") << QStringLiteral("\u20AC1,5 bn $2-3 5% of GDP by 2030 ");
    QTest::newRow("names and roles") << QStringLiteral(
        "Secretary General Anna Kowal said he told the minister ");
    QTest::newRow("dates") << QStringLiteral("held on 12 March ");
}

void tst_extractionrobustness::scalesLinearly()
{
    // Four times the text must cost about four times as much; quadratic work would cost sixteen times.
    QFETCH(QString, unit);
    const QString small = repeatTo(unit, OneMegabyte / 8);
    const QString large = repeatTo(unit, OneMegabyte / 2);
    timeExtraction(small); // warm the static tables
    const qint64 smallMs = std::max<qint64>(timeExtraction(small), 25);
    const qint64 largeMs = timeExtraction(large);
    qInfo() << QTest::currentDataTag() << "128 KB:" << smallMs << "ms, 512 KB:" << largeMs << "ms (CPU)";
    QVERIFY2(largeMs < smallMs * 9, qPrintable(QStringLiteral("%1 ms vs %2 ms").arg(largeMs).arg(smallMs)));
}

QTEST_GUILESS_MAIN(tst_extractionrobustness)
#include "tst_extractionrobustness.moc"
