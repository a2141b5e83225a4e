#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Issue 16, "misleading messages", as a user meets them in quoteline-cli: poppler's flood for a
// damaged PDF (99,502 stderr lines), "XDG_RUNTIME_DIR not set" on every chart export, a file name
// with a newline breaking the one-line-per-file output, and "--" before arguments that start
// with a dash, for every command.
class TestCliMessages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void damagedPdfIsOneLine();
    void newlineInFileNameKeepsOneLinePerFile();
    void exportWithoutRuntimeDirIsQuiet();
    void doubleDashInEveryCommand_data();
    void doubleDashInEveryCommand();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args, bool withRuntimeDir = true);
    QString write(const QString& name, const QByteArray& bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliMessages::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TestCliMessages::Run TestCliMessages::cli(const QStringList& args, bool withRuntimeDir)
{
    QProcess p;
    p.setWorkingDirectory(m_dir->path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("TMPDIR"), m_dir->path());
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    if (withRuntimeDir) {
        QDir(m_dir->path()).mkpath(QStringLiteral("runtime"));
        QFile::setPermissions(m_dir->filePath(QStringLiteral("runtime")),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->filePath(QStringLiteral("runtime")));
    } else {
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(QL_BINARY_DIR "/app/quoteline-cli"), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TestCliMessages::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestCliMessages::damagedPdfIsOneLine()
{
    // A PDF whose objects are all broken: a header, then thousands of bad object streams and a
    // cross-reference table that points nowhere. poppler complains about each of them.
    QByteArray pdf("%PDF-1.4\n");
    for (int i = 1; i < 3000; ++i)
        pdf += QByteArray::number(i)
            + " 0 obj\n<< /Length 99999 /Filter /FlateDecode >>\nstream\nxx\nendstream\n";
    pdf += "xref\n0 3000\n";
    for (int i = 0; i < 3000; ++i)
        pdf += "0000000001 00000 n \n";
    pdf += "trailer\n<< /Size 3000 /Root 1 0 R >>\nstartxref\n123\n%%EOF\n";
    const QString path = write(QStringLiteral("damaged.pdf"), pdf);
    const Run r = cli({ QStringLiteral("--store"), m_dir->filePath(QStringLiteral("s.qlstore")),
        QStringLiteral("import"), path });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.out.startsWith(QStringLiteral("rejected\t") + path + QLatin1Char('\t')), qPrintable(r.out));
    QVERIFY2(r.err.count(QLatin1Char('\n')) == 1, qPrintable(r.err.left(2000)));
    QVERIFY2(r.err.startsWith(QLatin1String("quoteline-cli: ")), qPrintable(r.err.left(2000)));
}

void TestCliMessages::newlineInFileNameKeepsOneLinePerFile()
{
    const QString odd = write(QStringLiteral("two\nlines\t.txt"),
        QByteArrayLiteral("Ministers meet\n\n\"We will buy more radars,\" said Omar Reyes.\n"));
    QVERIFY(!odd.isEmpty());
    const QString plain = write(QStringLiteral("plain.txt"),
        QByteArrayLiteral("Budget talks\n\n\"We need more shells,\" said Ana Costa on Monday.\n"));
    const Run r = cli({ QStringLiteral("--store"), m_dir->filePath(QStringLiteral("s.qlstore")),
        QStringLiteral("import"), odd, plain });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("imported\t%1/two\\nlines\\t.txt").arg(m_dir->path()));
    QCOMPARE(lines.at(1), QStringLiteral("imported\t") + plain);
}

void TestCliMessages::exportWithoutRuntimeDirIsQuiet()
{
    const QString store = m_dir->filePath(QStringLiteral("s.qlstore"));
    const QString article = write(QStringLiteral("a.txt"),
        QByteArrayLiteral(
            "Budget talks\n\nBRUSSELS, 2 March 2024 - The ministry will spend 2.5 billion euros "
            "on air defence by 2027, \"and more later,\" said Ana Costa.\n"));
    QCOMPARE(cli({ QStringLiteral("--store"), store, QStringLiteral("import"), article }).exitCode, 0);
    const QString out = m_dir->filePath(QStringLiteral("chart.png"));
    const Run r
        = cli({ QStringLiteral("--store"), store, QStringLiteral("export-chart"), QStringLiteral("--kind"),
                  QStringLiteral("timeline"), QStringLiteral("--out"), out },
            false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY(QFile::exists(out));
}

void TestCliMessages::doubleDashInEveryCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expectedOut");
    const QString dashed = QStringLiteral("-dashed.txt");
    QTest::addRow("import") << QStringList { QStringLiteral("import"), QStringLiteral("--"), dashed }
                            << QStringLiteral("imported\t-dashed.txt");
    QTest::addRow("extract") << QStringList { QStringLiteral("extract"), QStringLiteral("--"), dashed }
                             << QStringLiteral("radars");
    QTest::addRow("search") << QStringList { QStringLiteral("search"), QStringLiteral("--"),
        QStringLiteral("-radars") }
                            << QString();
    QTest::addRow("similar") << QStringList { QStringLiteral("similar"), QStringLiteral("--"),
        QStringLiteral("-we will buy more radars") }
                             << QString();
    QTest::addRow("stats") << QStringList { QStringLiteral("stats"), QStringLiteral("--") } << QString();
    QTest::addRow("families") << QStringList { QStringLiteral("families"), QStringLiteral("--") }
                              << QString();
}

void TestCliMessages::doubleDashInEveryCommand()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expectedOut);
    write(QStringLiteral("-dashed.txt"),
        QByteArrayLiteral("Ministers meet\n\n\"We will buy more radars,\" said Omar Reyes.\n"));
    const QString store = m_dir->filePath(QStringLiteral("s.qlstore"));
    const Run r = cli(QStringList { QStringLiteral("--store"), store } + args);
    QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.out.contains(expectedOut), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCliMessages)
#include "tst_climessages.moc"
