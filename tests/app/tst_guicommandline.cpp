#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The window's command line, as a user types it: the built `quoteline` in a fresh folder. Asking
// for help or the version, or a wrong command line, must leave no store behind and remember none
// (`quoteline --help` once created a store named "--help" and reopened it at every start).
class TestGuiCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void answersWithoutOpeningAStore_data();
    void answersWithoutOpeningAStore();

private:
    QStringList filesUnder(const QString& dir) const;
    std::unique_ptr<QTemporaryDir> m_cwd;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestGuiCommandLine::init()
{
    m_cwd = std::make_unique<QTemporaryDir>();
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cwd->isValid());
    QVERIFY(m_home->isValid());
}

QStringList TestGuiCommandLine::filesUnder(const QString& dir) const
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}

void TestGuiCommandLine::answersWithoutOpeningAStore_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out"); // a pattern stdout must match
    QTest::addColumn<QString>("err"); // text stderr must contain
    QTest::newRow("--help") << QStringList { QStringLiteral("--help") } << 0 << QStringLiteral("--store")
                            << QString();
    QTest::newRow("-h") << QStringList { QStringLiteral("-h") } << 0 << QStringLiteral("--version")
                        << QString();
    QTest::newRow("--help-all") << QStringList { QStringLiteral("--help-all") } << 0
                                << QStringLiteral("--store") << QString();
    QTest::newRow("--version") << QStringList { QStringLiteral("--version") } << 0
                               << QStringLiteral("^Quoteline \\d+\\.\\d+") << QString();
    QTest::newRow("empty --store") << QStringList { QStringLiteral("--store"), QString() } << 2 << QString()
                                   << QStringLiteral("--store needs a path");
    QTest::newRow("--store swallowing --help")
        << QStringList { QStringLiteral("--store"), QStringLiteral("--help") } << 2 << QString()
        << QStringLiteral("--store needs a path");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--bogus") } << 2 << QString()
                                    << QStringLiteral("unknown option --bogus");
    QTest::newRow("two stores") << QStringList { QStringLiteral("a.qlstore"), QStringLiteral("b.qlstore") }
                                << 2 << QString() << QStringLiteral("one store");
}

void TestGuiCommandLine::answersWithoutOpeningAStore()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_cwd->path());
    p.start(QStringLiteral(QL_BINARY_DIR "/app/quoteline"), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        QFAIL("quoteline did not exit: it opened its window instead of answering");
    }
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), exitCode);
    const QString stdOut = QString::fromUtf8(p.readAllStandardOutput());
    const QString stdErr = QString::fromUtf8(p.readAllStandardError());
    if (!out.isEmpty())
        QVERIFY2(QRegularExpression(out, QRegularExpression::MultilineOption).match(stdOut).hasMatch(),
            qPrintable(stdOut));
    if (!err.isEmpty())
        QVERIFY2(stdErr.contains(err), qPrintable(stdErr));
    QVERIFY2(
        filesUnder(m_cwd->path()).isEmpty(), qPrintable(filesUnder(m_cwd->path()).join(QLatin1Char(' '))));
    // No settings written (the remembered store) and no default store created.
    for (const QString& dir : { QStringLiteral("config"), QStringLiteral("data") }) {
        const QStringList files = filesUnder(m_home->filePath(dir));
        QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
    }
}

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "tst_guicommandline.moc"
