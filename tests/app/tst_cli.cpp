#include "tests/common/ReadOnlyFolder.h"
#include "tests/core/ingest/LocalHttpServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
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
    void versionEverywhere_data();
    void versionEverywhere();
    void commandHelp_data();
    void commandHelp();
    void usageErrorsExitTwoAndTouchNoStore_data();
    void usageErrorsExitTwoAndTouchNoStore();
    void searchesForTheWordExportChart();
    void doubleDashEndsOptions();
    void importRoutesWebAddressesApart();
    void importFetchesWebPages();
    void migrateCopiesAndChecksCounts();
    void backupWritesAnOpenableCopy();
    void importIntoReadOnlyStoreSaysSoOnce();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args, const QString& workingDirectory = QString(),
        const QStringList& wrapper = QStringList());
    // A store of two invented articles at `store`.
    void makeStore(const QString& store);
    QString write(const QString& name, const QByteArray& bytes);
    QStringList storesUnder(const QString& dir) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_runtime; // XDG_RUNTIME_DIR, so the painting commands stay quiet
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_runtime = std::make_unique<QTemporaryDir>();
    QVERIFY(m_runtime->isValid());
}

TestCli::Run TestCli::cli(
    const QStringList& args, const QString& workingDirectory, const QStringList& wrapper)
{
    QProcess p;
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Keep the default store of the user running the tests out of reach.
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    // Without it a QApplication warns on stderr, which would break the one-line-error checks.
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime->path());
    p.setProcessEnvironment(env);
    // Waiting with an event loop, not waitForFinished(): the test's own HTTP server must keep answering.
    QSignalSpy finished(&p, QOverload<int, QProcess::ExitStatus>::of(&QProcess::finished));
    const QString program = QStringLiteral(QL_BINARY_DIR "/app/quoteline-cli");
    if (wrapper.isEmpty())
        p.start(program, args);
    else
        p.start(wrapper.first(), wrapper.mid(1) + QStringList { program } + args);
    Run r;
    if (!finished.wait(120000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
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

QStringList TestCli::storesUnder(const QString& dir) const
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
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

void TestCli::versionEverywhere_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("top level") << QStringList { QStringLiteral("--version") };
    QTest::newRow("short") << QStringList { QStringLiteral("-v") };
    QTest::newRow("after --store") << QStringList { QStringLiteral("--store"), QStringLiteral("x.qlstore"),
        QStringLiteral("--version") };
    const QStringList commands { QStringLiteral("import"), QStringLiteral("extract"),
        QStringLiteral("search"), QStringLiteral("stats"), QStringLiteral("similar"),
        QStringLiteral("families"), QStringLiteral("diff"), QStringLiteral("export-chart") };
    for (const QString& command : commands)
        QTest::newRow(qPrintable(command)) << QStringList { command, QStringLiteral("--version") };
}

void TestCli::versionEverywhere()
{
    QFETCH(QStringList, args);
    const Run r = cli(args, m_dir->path());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("quoteline-cli ")), qPrintable(r.out));
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY2(
        storesUnder(m_dir->path()).isEmpty(), qPrintable(storesUnder(m_dir->path()).join(QLatin1Char(' '))));
}

void TestCli::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("mentions"); // options and arguments the help must name
    QTest::newRow("import") << QStringLiteral("import")
                            << QStringList { QStringLiteral("FILE|FOLDER"), QStringLiteral("--store") };
    QTest::newRow("extract") << QStringLiteral("extract")
                             << QStringList { QStringLiteral("--format"), QStringLiteral("--text") };
    QTest::newRow("search") << QStringLiteral("search")
                            << QStringList { QStringLiteral("QUERY"), QStringLiteral("--limit") };
    QTest::newRow("stats") << QStringLiteral("stats") << QStringList { QStringLiteral("--store") };
    QTest::newRow("similar") << QStringLiteral("similar")
                             << QStringList { QStringLiteral("TEXT"), QStringLiteral("--limit") };
    QTest::newRow("families") << QStringLiteral("families") << QStringList { QStringLiteral("--min-size") };
    QTest::newRow("diff") << QStringLiteral("diff") << QStringList { QStringLiteral("ID ID") };
    QTest::newRow("export-chart") << QStringLiteral("export-chart")
                                  << QStringList { QStringLiteral("--kind"), QStringLiteral("--out"),
                                         QStringLiteral("--dpi"), QStringLiteral("--filter"),
                                         QStringLiteral("--overwrite") };
}

void TestCli::commandHelp()
{
    QFETCH(QString, command);
    QFETCH(QStringList, mentions);
    for (const QString& help : { QStringLiteral("--help"), QStringLiteral("-h") }) {
        const Run r = cli({ command, help }, m_dir->path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: quoteline-cli ") + command + QLatin1Char(' ')),
            qPrintable(r.out));
        for (const QString& word : mentions)
            QVERIFY2(r.out.contains(word), qPrintable(word + QStringLiteral(" missing in:\n") + r.out));
        QVERIFY(r.out.contains(QStringLiteral("--help")));
        QVERIFY(r.out.contains(QStringLiteral("--version")));
    }
    // Options another command takes are not offered here.
    const Run r = cli({ command, QStringLiteral("--help") }, m_dir->path());
    if (command != QLatin1String("export-chart"))
        QVERIFY2(!r.out.contains(QStringLiteral("--kind")), qPrintable(r.out));
    QVERIFY2(
        storesUnder(m_dir->path()).isEmpty(), qPrintable(storesUnder(m_dir->path()).join(QLatin1Char(' '))));
}

void TestCli::usageErrorsExitTwoAndTouchNoStore_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString store = QStringLiteral("never.qlstore");
    QTest::newRow("empty --store") << QStringList { QStringLiteral("--store"), QString(),
        QStringLiteral("stats") } << QStringLiteral("--store needs a path");
    QTest::newRow("empty --store after the command") << QStringList { QStringLiteral("stats"),
        QStringLiteral("--store"), QString() } << QStringLiteral("--store needs a path");
    QTest::newRow("--store swallowing --help")
        << QStringList { QStringLiteral("--store"), QStringLiteral("--help"), QStringLiteral("stats") }
        << QStringLiteral("--store needs a path");
    QTest::newRow("--store without a value")
        << QStringList { QStringLiteral("stats"), QStringLiteral("--store") } << QStringLiteral("--store");
    QTest::newRow("option of another command") << QStringList { QStringLiteral("--store"), store,
        QStringLiteral("stats"), QStringLiteral("--limit"), QStringLiteral("3") }
                                               << QStringLiteral("unknown option --limit");
    QTest::newRow("unknown option after the command") << QStringList { QStringLiteral("--store"), store,
        QStringLiteral("search"), QStringLiteral("--bogus"), QStringLiteral("a") }
                                                      << QStringLiteral("unknown option --bogus");
    QTest::newRow("bad format") << QStringList { QStringLiteral("--format"), QStringLiteral("xml"),
        QStringLiteral("--store"), store, QStringLiteral("search"), QStringLiteral("a") }
                                << QStringLiteral("unknown format 'xml'");
    QTest::newRow("stats with an argument")
        << QStringList { QStringLiteral("--store"), store, QStringLiteral("stats"), QStringLiteral("extra") }
        << QStringLiteral("takes no arguments");
    QTest::newRow("diff with one id")
        << QStringList { QStringLiteral("--store"), store, QStringLiteral("diff"), QStringLiteral("1") }
        << QStringLiteral("two statement ids");
    QTest::newRow("search without a query") << QStringList { QStringLiteral("--store"), store,
        QStringLiteral("search") } << QStringLiteral("search needs a query");
    // The two parsers used to differ: export-chart opened the store before reading its options.
    QTest::newRow("export-chart bad kind, unusable store") << QStringList { QStringLiteral("--store"),
        QStringLiteral("/nonexistent/dir/x.qlstore"), QStringLiteral("export-chart"),
        QStringLiteral("--kind"), QStringLiteral("pie"), QStringLiteral("--out"),
        QStringLiteral("a.png") } << QStringLiteral("--kind must be figures, gdp or timeline");
    QTest::newRow("export-chart unknown option") << QStringList { QStringLiteral("--store"), store,
        QStringLiteral("export-chart"), QStringLiteral("--bogus") }
                                                 << QStringLiteral("unknown option --bogus");
    QTest::newRow("export-chart without --out") << QStringList { QStringLiteral("--store"), store,
        QStringLiteral("export-chart"), QStringLiteral("--kind"), QStringLiteral("gdp") }
                                                << QStringLiteral("--out is required");
    QTest::newRow("export-chart timeline csv") << QStringList { QStringLiteral("--store"), store,
        QStringLiteral("export-chart"), QStringLiteral("--kind"), QStringLiteral("timeline"),
        QStringLiteral("--out"), QStringLiteral("t.csv") }
                                               << QStringLiteral("no CSV");
    QTest::newRow("export-chart bad width") << QStringList { QStringLiteral("--store"), store,
        QStringLiteral("export-chart"), QStringLiteral("--kind"), QStringLiteral("gdp"),
        QStringLiteral("--out"), QStringLiteral("g.png"), QStringLiteral("--width"), QStringLiteral("5") }
                                            << QStringLiteral("--width");
    QTest::newRow("export-chart bad filter") << QStringList { QStringLiteral("--store"), store,
        QStringLiteral("export-chart"), QStringLiteral("--kind"), QStringLiteral("gdp"),
        QStringLiteral("--out"), QStringLiteral("g.png"), QStringLiteral("--filter"),
        QStringLiteral("colour=red") } << QStringLiteral("unknown filter 'colour'");
}

void TestCli::usageErrorsExitTwoAndTouchNoStore()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = cli(args, m_dir->path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    // A wrong command line is refused before any store (named or default) or output file exists.
    QVERIFY2(
        storesUnder(m_dir->path()).isEmpty(), qPrintable(storesUnder(m_dir->path()).join(QLatin1Char(' '))));
}

void TestCli::searchesForTheWordExportChart()
{
    const QString store = m_dir->filePath(QStringLiteral("words.qlstore"));
    const QString a = write(QStringLiteral("chart.txt"),
        QByteArrayLiteral("Orders grow\n\nPublished 6 June 2024\n\n\"Every export chart we draw this year "
                          "points up,\" said Lena Hart.\n"));
    QCOMPARE(cli({ QStringLiteral("--store"), store, QStringLiteral("import"), a }).exitCode, 0);
    // The name of a subcommand is only a subcommand where the subcommand goes.
    const Run r
        = cli({ QStringLiteral("--store"), store, QStringLiteral("search"), QStringLiteral("export-chart") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("statement ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("[chart]")), qPrintable(r.out));
}

void TestCli::doubleDashEndsOptions()
{
    write(QStringLiteral("-dashed.txt"),
        QByteArrayLiteral("Ministers meet\n\n\"We will buy more radars,\" said Omar Reyes.\n"));
    Run r = cli({ QStringLiteral("extract"), QStringLiteral("-dashed.txt") }, m_dir->path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("unknown option")), qPrintable(r.err));

    r = cli({ QStringLiteral("extract"), QStringLiteral("--format"), QStringLiteral("jsonl"),
                QStringLiteral("--"), QStringLiteral("-dashed.txt") },
        m_dir->path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject obj = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(obj.value(QStringLiteral("file")).toString(), QStringLiteral("-dashed.txt"));

    // Before the command too: what follows "--" is the command and its arguments.
    r = cli({ QStringLiteral("--"), QStringLiteral("extract"), QStringLiteral("--format"),
                QStringLiteral("jsonl"), QStringLiteral("--"), QStringLiteral("-dashed.txt") },
        m_dir->path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("\"file\":\"-dashed.txt\"")), qPrintable(r.out));
}

void TestCli::importRoutesWebAddressesApart()
{
    const QString store = m_dir->filePath(QStringLiteral("urls.qlstore"));
    const QString a = write(QStringLiteral("local.txt"),
        QByteArrayLiteral(
            "Budget talks\n\nPublished 2 March 2024\n\n\"We need more shells,\" said Ana Costa.\n"));
    // The .invalid domain never resolves: the address is fetched, fails, and is reported with why.
    const QString url = QStringLiteral("https://example.invalid/news/article.html");
    const Run r = cli({ QStringLiteral("--store"), store, QStringLiteral("import"), a, url });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("imported\t") + a), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("rejected\t") + url + QLatin1Char('\t')), qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("1 file(s) could not be imported")), qPrintable(r.err));
}

void TestCli::importFetchesWebPages()
{
    ql::test::LocalHttpServer server;
    QVERIFY(server.listen());
    server.route(QStringLiteral("/harbour/budget.html"),
        ql::test::HttpResponse::html(
            "<html><head><title>Harbour budget</title>"
            "<meta property=\"article:published_time\" content=\"2024-03-02T09:00:00+01:00\"></head>"
            "<body><article><h1>Harbour budget</h1><p>The council met on Saturday to discuss the harbour and "
            "its"
            " cranes, which have been idle for most of the winter.</p><p>\u201CWe will rebuild the quay "
            "before"
            " the summer,\u201D said Lena Markussen, the harbour master, after the vote.</p></article></body>"
            "</html>"));
    ql::test::HttpResponse picture;
    picture.addHeader("Content-Type", "image/png");
    picture.body = QByteArray(64, '\x01');
    server.route(QStringLiteral("/harbour/crane.png"), picture);
    const QString store = m_dir->filePath(QStringLiteral("web.qlstore"));
    const QString page = server.url(QStringLiteral("/harbour/budget.html")).toString();
    const QString image = server.url(QStringLiteral("/harbour/crane.png")).toString();
    const Run r = cli({ QStringLiteral("--store"), store, QStringLiteral("import"), page, image });
    QCOMPARE(r.exitCode, 1); // the picture is refused
    QVERIFY2(r.out.contains(QStringLiteral("imported\t") + page), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("rejected\t") + image + QLatin1Char('\t')), qPrintable(r.out));
    // Only the pages asked for were fetched.
    QCOMPARE(server.requests().size(), 2);
    const Run found
        = cli({ QStringLiteral("--store"), store, QStringLiteral("search"), QStringLiteral("quay") });
    QCOMPARE(found.exitCode, 0);
    QVERIFY2(found.out.contains(QStringLiteral("Markussen")), qPrintable(found.out));
}

void TestCli::makeStore(const QString& store)
{
    const QString a = write(QStringLiteral("m1.txt"),
        QByteArrayLiteral(
            "Yard doubles output\n\nPublished 3 May 2024\n\n\"We will double our output of shells "
            "by next spring,\" said Lena Hart, who runs an invented munitions plant.\n"));
    const QString b = write(QStringLiteral("m2.txt"),
        QByteArrayLiteral("Ministers meet\n\nPublished 4 May 2024\n\n\"We will spend more on air defence "
                          "this year,\" said Omar Reyes, an invented minister.\n"));
    const Run r = cli({ QStringLiteral("--store"), store, QStringLiteral("import"), a, b });
    QCOMPARE(r.exitCode, 0);
}

// Issue 16: migrate copies a store into a new one, prints each table's count on both sides and
// says they match; the copy answers like the original; a target that already holds articles is
// refused and left as it was.
void TestCli::migrateCopiesAndChecksCounts()
{
    const QString from = m_dir->filePath(QStringLiteral("personal.qlstore"));
    makeStore(from);
    const QString to = m_dir->filePath(QStringLiteral("copy.qlstore"));
    Run r = cli({ QStringLiteral("migrate"), QStringLiteral("--from"), from, QStringLiteral("--to"), to });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("articles\t2\t2\n")), qPrintable(r.out));
    QVERIFY2(
        r.out.contains(QStringLiteral("copied 2 articles and 2 statements: every table's count matches")),
        qPrintable(r.out));
    r = cli({ QStringLiteral("--store"), to, QStringLiteral("search"), QStringLiteral("shells") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("[shells]")), qPrintable(r.out));

    r = cli({ QStringLiteral("migrate"), QStringLiteral("--from"), from, QStringLiteral("--to"), to });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.err.trimmed().isEmpty() && !r.err.trimmed().contains(QLatin1Char('\n')), qPrintable(r.err));
    r = cli({ QStringLiteral("--store"), to, QStringLiteral("stats") });
    QVERIFY2(r.out.contains(QStringLiteral("articles\t2\n")), qPrintable(r.out));

    r = cli({ QStringLiteral("migrate"), QStringLiteral("--from"), from });
    QCOMPARE(r.exitCode, 2); // a usage error
}

// Issue 16: backup writes a consistent copy that opens as a store of its own; an existing file is
// never overwritten.
void TestCli::backupWritesAnOpenableCopy()
{
    const QString store = m_dir->filePath(QStringLiteral("live.qlstore"));
    makeStore(store);
    const QString out = m_dir->filePath(QStringLiteral("backup.qlstore"));
    Run r = cli({ QStringLiteral("--store"), store, QStringLiteral("backup"), QStringLiteral("--out"), out });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("backed up 2 articles and 2 statements")), qPrintable(r.out));
    r = cli({ QStringLiteral("--store"), out, QStringLiteral("stats") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("articles\t2\n")), qPrintable(r.out));
    const QByteArray before = [&] {
        QFile f(out);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    r = cli({ QStringLiteral("--store"), store, QStringLiteral("backup"), QStringLiteral("--out"), out });
    QCOMPARE(r.exitCode, 1);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

// Issue 16: importing into a store that can only be read rejects each file with the reason, once,
// and does not go on to report that the variant families could not be updated.
void TestCli::importIntoReadOnlyStoreSaysSoOnce()
{
    const QString folder = m_dir->filePath(QStringLiteral("locked"));
    ql::test::ReadOnlyFolder readOnly(folder);
    QVERIFY2(readOnly.prepareError().isEmpty(), qPrintable(readOnly.prepareError()));
    const QString store = folder + QStringLiteral("/store.qlstore");
    makeStore(store);
    const QString locked = readOnly.lock(store);
    QVERIFY2(locked.isEmpty(), qPrintable(locked));
    const QString extra = write(QStringLiteral("extra.txt"),
        QByteArrayLiteral("Shipyard hires\n\nPublished 5 May 2024\n\n\"We are hiring four hundred welders,\" "
                          "said Ines Varga, who runs an invented shipyard.\n"));
    Run r = cli({ QStringLiteral("--store"), store, QStringLiteral("import"), extra }, QString(),
        readOnly.childWrapper());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith(QStringLiteral("rejected\t") + extra), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("read-only")), qPrintable(r.out));
    QVERIFY2(!r.err.contains(QStringLiteral("variant families")), qPrintable(r.err));
    r = cli(
        { QStringLiteral("--store"), store, QStringLiteral("stats") }, QString(), readOnly.childWrapper());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("articles\t2\n")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
