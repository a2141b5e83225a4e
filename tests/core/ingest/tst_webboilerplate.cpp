// Article text of real saved web pages, scored as the user scores it: the 90 pages of
// ../shared/eval/web/boilerplate go through `quoteline-cli extract --format jsonl --text`, and the
// benchmark's own scorer (score_boilerplate.py) compares the text with what a person would copy.
// The floor sits below today's figure so the score cannot rot unnoticed.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr double MinF1 = 0.93;

QString cliPath()
{
    return QStringLiteral(QL_BINARY_DIR "/app/quoteline-cli");
}

QString boilerplateDir()
{
    return QStringLiteral(QL_SHARED_EVAL_DIR "/web/boilerplate");
}

// Runs a program to its end; its standard output, or a failure message in `error`.
QByteArray run(const QString& program, const QStringList& args, QString* error, int timeoutMs = 240000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(program, p.errorString());
        return {};
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        *error = QStringLiteral("%1 timed out").arg(program);
        return {};
    }
    if (p.exitStatus() != QProcess::NormalExit)
        *error
            = QStringLiteral("%1 crashed: %2").arg(program, QString::fromLocal8Bit(p.readAllStandardError()));
    return p.readAllStandardOutput();
}

} // namespace

class TestWebBoilerplate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()),
            qPrintable(QStringLiteral("build quoteline-cli first: %1").arg(cliPath())));
        m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    }

    // --text adds the cleaned text to each JSON line; without it the line has none.
    void textOnlyWithFlag_data()
    {
        QTest::addColumn<bool>("withText");
        QTest::newRow("--text") << true;
        QTest::newRow("default") << false;
    }

    void textOnlyWithFlag()
    {
        QFETCH(bool, withText);
        QStringList args = { QStringLiteral("extract"), QStringLiteral("--format"), QStringLiteral("jsonl") };
        if (withText)
            args << QStringLiteral("--text");
        args << QStringLiteral(QL_SOURCE_DIR "/tests/core/ingest/fixtures/content/form_wrapped.html");
        QString error;
        const QByteArray out = run(cliPath(), args, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject line = QJsonDocument::fromJson(out.trimmed()).object();
        QVERIFY2(line.contains(QStringLiteral("statements")), out.constData());
        QCOMPARE(line.contains(QStringLiteral("text")), withText);
        if (withText)
            QVERIFY(line.value(QStringLiteral("text"))
                        .toString()
                        .startsWith(QLatin1String("The procurement agency signed a contract")));
    }

    void articleTextScore()
    {
        if (!QDir(boilerplateDir()).exists())
            QSKIP(qPrintable(
                QStringLiteral("the shared evaluation set is not beside the checkout (%1 missing): "
                               "web article text is not scored")
                    .arg(boilerplateDir())));
        QVERIFY2(!m_python.isEmpty(), "python3 is needed to run the shared scorer");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pages = dir.filePath(QStringLiteral("pages"));
        QVERIFY(QDir().mkpath(pages));
        // The pages are stored gzipped; the importer reads them as saved, so unpacked first.
        QString error;
        run(m_python,
            { QStringLiteral("-c"),
                QStringLiteral(
                    "import gzip,sys,pathlib\n"
                    "src,dst=pathlib.Path(sys.argv[1]),pathlib.Path(sys.argv[2])\n"
                    "for f in src.glob('*.html.gz'): (dst/f.name[:-3]).write_bytes(gzip.open(f).read())\n"),
                boilerplateDir() + QStringLiteral("/html"), pages },
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const int pageCount = int(QDir(pages).entryList({ QStringLiteral("*.html") }, QDir::Files).size());
        QVERIFY2(pageCount >= 50, qPrintable(QStringLiteral("only %1 pages unpacked").arg(pageCount)));

        // A page the importer refuses prints no line and counts as empty: the exit code is not asserted.
        const QByteArray jsonl = run(cliPath(),
            { QStringLiteral("extract"), QStringLiteral("--format"), QStringLiteral("jsonl"),
                QStringLiteral("--text"), pages },
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString predictions = dir.filePath(QStringLiteral("predictions.jsonl"));
        {
            QFile f(predictions);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(jsonl), qint64(jsonl.size()));
        }

        const QString scores = dir.filePath(QStringLiteral("scores.json"));
        const QByteArray report = run(m_python,
            { boilerplateDir() + QStringLiteral("/../score_boilerplate.py"),
                boilerplateDir() + QStringLiteral("/ground-truth.json.gz"), predictions,
                QStringLiteral("--label"), QStringLiteral("quoteline"), QStringLiteral("--n-bootstrap"),
                QStringLiteral("20"), QStringLiteral("--json"), scores },
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qInfo().noquote() << report.trimmed();
        QFile f(scores);
        QVERIFY2(f.open(QIODevice::ReadOnly), "the scorer wrote no scores");
        const QJsonObject m
            = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("quoteline")).toObject();
        QVERIFY2(m.contains(QStringLiteral("f1")), "no F1 in the scorer's output");
        const double f1 = m.value(QStringLiteral("f1")).toDouble();
        const int empty = m.value(QStringLiteral("empty_predictions")).toInt();
        qInfo("article text F1 %.3f, %d of %d pages empty", f1, empty, pageCount);
        QVERIFY2(f1 >= MinF1, qPrintable(QStringLiteral("article text F1 %1 < %2").arg(f1).arg(MinF1)));
    }

private:
    QString m_python;
};

QTEST_GUILESS_MAIN(TestWebBoilerplate)
#include "tst_webboilerplate.moc"
