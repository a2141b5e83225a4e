#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// quoteline-cli end to end, as a user runs it: a real process, real files, exit codes and output.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void helpExitsZero();
    void errors_data();
    void errors();
    void importSearchStats();
    void extractPrintsEvalJsonl();
    void refusesForeignStoreUntouched();
    void similarFamiliesDiff();
    void exportChart_data();
    void exportChart();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args);
    QString write(const QString& name, const QByteArray& bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TestCli::Run TestCli::cli(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Keep the default store of the user running the tests out of reach.
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(QL_BINARY_DIR "/app/quoteline-cli"), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TestCli::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

void TestCli::helpExitsZero()
{
    const Run r = cli({ QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("extract")));
    QVERIFY(r.out.contains(QStringLiteral("--store")));
}

void TestCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no command") << QStringList() << QStringLiteral("Usage");
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") }
                                     << QStringLiteral("unknown command");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--bogus"), QStringLiteral("stats") }
                                    << QStringLiteral("unknown option");
    QTest::newRow("import without files")
        << QStringList { QStringLiteral("import") } << QStringLiteral("needs at least one file");
    QTest::newRow("missing file") << QStringList { QStringLiteral("extract"),
        QStringLiteral("/nonexistent/file.txt") }
                                  << QStringLiteral("could not be read");
    QTest::newRow("bad limit") << QStringList { QStringLiteral("--limit"), QStringLiteral("x"),
        QStringLiteral("search"), QStringLiteral("a") }
                               << QStringLiteral("--limit");
}

void TestCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = cli(args);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
}

void TestCli::importSearchStats()
{
    const QString store = m_dir->filePath(QStringLiteral("cli.qlstore"));
    const QString a = write(QStringLiteral("a.txt"),
        QByteArrayLiteral("Drone makers expand\n\nPublished 3 May 2024\n\n\"Our lines will run day and "
                          "night,\" said Lena Hart, "
                          "who runs an invented drone firm.\n"));
    const QString empty = write(QStringLiteral("empty.txt"), QByteArray());
    Run r = cli({ QStringLiteral("--store"), store, QStringLiteral("import"), a, empty });
    QCOMPARE(r.exitCode, 1); // one file failed
    QVERIFY2(r.out.contains(QStringLiteral("imported\t") + a), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("rejected\t") + empty), qPrintable(r.out));

    r = cli({ QStringLiteral("--store"), store, QStringLiteral("import"), a });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("duplicate\t")));

    r = cli({ QStringLiteral("--store"), store, QStringLiteral("stats") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("articles\t1\n")), qPrintable(r.out));

    r = cli({ QStringLiteral("--store"), store, QStringLiteral("search"), QStringLiteral("night") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("[night]")), qPrintable(r.out));
}

void TestCli::extractPrintsEvalJsonl()
{
    const QString a = write(QStringLiteral("b.txt"),
        QByteArrayLiteral(
            "Ministers meet\n\n\"We will spend more on air defence this year,\" said Omar Reyes.\n"));
    const Run r = cli({ QStringLiteral("extract"), QStringLiteral("--format"), QStringLiteral("jsonl"), a });
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QJsonParseError error;
    const QJsonObject obj = QJsonDocument::fromJson(lines.first().toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(obj.value(QStringLiteral("file")).toString(), a);
    QVERIFY(obj.contains(QStringLiteral("published")));
    QVERIFY(obj.value(QStringLiteral("published")).isNull()); // no date in the text: never invented
    QVERIFY(obj.value(QStringLiteral("statements")).isArray());
    QVERIFY(obj.value(QStringLiteral("figures")).isArray());
    QVERIFY(!obj.value(QStringLiteral("statements")).toArray().isEmpty());
}

void TestCli::refusesForeignStoreUntouched()
{
    const QByteArray bytes = QByteArrayLiteral("not a database at all\n");
    const QString path = write(QStringLiteral("notes.qlstore"), bytes);
    const Run r = cli({ QStringLiteral("--store"), path, QStringLiteral("stats") });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.contains(QStringLiteral("not a Quoteline store")), qPrintable(r.err));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);
}

void TestCli::similarFamiliesDiff()
{
    const QString store = m_dir->filePath(QStringLiteral("families.qlstore"));
    const QString a = write(QStringLiteral("2023.txt"),
        QByteArrayLiteral("Forum opens\n\nPublished 29 September 2023\n\n\"There is no defence without "
                          "industry,\" said Ola Brekke.\n"));
    const QString b = write(QStringLiteral("2025.txt"),
        QByteArrayLiteral(
            "Forum closes\n\nPublished 2 October 2025\n\n\"There is no strong defense without a strong "
            "defense industry,\" "
            "said Ola Brekke.\n\n\"Our schools and hospitals need investment too,\" said Mia Lund.\n"));
    QCOMPARE(cli({ QStringLiteral("--store"), store, QStringLiteral("import"), a, b }).exitCode, 0);

    Run r = cli({ QStringLiteral("--store"), store, QStringLiteral("families") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("family ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("(2 statements)")), qPrintable(r.out));
    QVERIFY(!r.out.contains(QStringLiteral("hospitals"))); // a family of one is not listed by default
    QVERIFY(r.out.indexOf(QStringLiteral("2023-09-29")) < r.out.indexOf(QStringLiteral("2025-10-02")));

    r = cli({ QStringLiteral("--store"), store, QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("similar"), QStringLiteral("no defense without industry"), QStringLiteral("--limit"),
        QStringLiteral("2") });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(hits.size(), 2);
    QVERIFY(hits.at(0).toObject().value(QStringLiteral("score")).toDouble()
        >= hits.at(1).toObject().value(QStringLiteral("score")).toDouble());
    const qint64 first = hits.at(0).toObject().value(QStringLiteral("id")).toVariant().toLongLong();
    const qint64 second = hits.at(1).toObject().value(QStringLiteral("id")).toVariant().toLongLong();

    r = cli({ QStringLiteral("--store"), store, QStringLiteral("diff"), QString::number(first),
        QString::number(second) });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("{+strong+}")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("[-defence-]")), qPrintable(r.out)); // spelling is no change

    r = cli({ QStringLiteral("--store"), store, QStringLiteral("diff"), QStringLiteral("1"),
        QStringLiteral("99999") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("no statement with id 99999")));
}

void TestCli::exportChart_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    QTest::newRow("figures png") << QStringLiteral("figures") << QStringLiteral("figures.png");
    QTest::newRow("gdp png") << QStringLiteral("gdp") << QStringLiteral("gdp.png");
    QTest::newRow("timeline png") << QStringLiteral("timeline") << QStringLiteral("timeline.png");
    QTest::newRow("figures svg") << QStringLiteral("figures") << QStringLiteral("figures.svg");
    QTest::newRow("gdp pdf") << QStringLiteral("gdp") << QStringLiteral("gdp.pdf");
    QTest::newRow("figures csv") << QStringLiteral("figures") << QStringLiteral("figures.csv");
}

void TestCli::exportChart()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    const QString store = m_dir->filePath(QStringLiteral("charts.qlstore"));
    const QString a = write(QStringLiteral("money.txt"),
        QByteArrayLiteral("Budget rises\n\nPublished 4 April 2024\n\n\"We will spend \xe2\x82\xac"
                          "2.4 billion on air defence,\" "
                          "said Ana Costa. Ministers agreed to reach 3.5% of GDP by 2030.\n"));
    QCOMPARE(cli({ QStringLiteral("--store"), store, QStringLiteral("import"), a }).exitCode, 0);
    const QString out = m_dir->filePath(file);
    Run r = cli({ QStringLiteral("--store"), store, QStringLiteral("export-chart"), QStringLiteral("--kind"),
        kind, QStringLiteral("--out"), out, QStringLiteral("--width"), QStringLiteral("800"),
        QStringLiteral("--height"), QStringLiteral("500") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    if (file.endsWith(QLatin1String(".png"))) {
        const QImage image = QImage::fromData(bytes, "PNG");
        QCOMPARE(image.size(), QSize(800, 500));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 3, "the exported chart is blank");
    } else if (file.endsWith(QLatin1String(".svg"))) {
        QVERIFY(bytes.contains("<svg"));
    } else if (file.endsWith(QLatin1String(".pdf"))) {
        QVERIFY(bytes.startsWith("%PDF"));
    } else {
        QVERIFY2(bytes.contains("2400000000") && bytes.contains("Ana Costa"), bytes.constData());
    }
    // Never overwrites without being told to.
    r = cli({ QStringLiteral("--store"), store, QStringLiteral("export-chart"), QStringLiteral("--kind"),
        kind, QStringLiteral("--out"), out });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("--overwrite")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
