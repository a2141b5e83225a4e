// Published dates of real saved web pages, scored as the user scores them: the 500 pages of
// ../shared/eval/web/dates go through `quoteline-cli extract --format jsonl`, and the shared
// scorer (score_dates.py) compares each page's date with the expected day. A wrong date is worse
// than none, so both are bounded. The pages stay in ../shared; nothing of them enters the project.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// Floors just below today's figures (0.926 correct, 0.020 wrong on the evening of 2026-12-01;
// 0.914 and 0.030 before, 0.864 and 0.046 earlier), so the score cannot rot unnoticed. Issue 13's
// target is 0.92 correct and at most 2 % wrong: raise these as the figures rise.
constexpr double MinCorrect = 0.92; // share of all pages dated with the expected day
constexpr double MaxWrong = 0.024; // share of all pages given another day

QString cliPath()
{
    return QStringLiteral(QL_BINARY_DIR "/app/quoteline-cli");
}

QString datesDir()
{
    return QStringLiteral(QL_SHARED_EVAL_DIR "/web/dates");
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

class TestWebDates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QDir(datesDir()).exists())
            QSKIP(qPrintable(
                QStringLiteral("the shared evaluation set is not beside the checkout (%1 missing): "
                               "published dates of web pages are not scored")
                    .arg(datesDir())));
        QVERIFY2(QFile::exists(cliPath()),
            qPrintable(QStringLiteral("build quoteline-cli first: %1").arg(cliPath())));
        m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY2(!m_python.isEmpty(), "python3 is needed to run the shared scorer");
    }

    void publishedDateScore()
    {
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
                datesDir() + QStringLiteral("/pages"), pages },
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const int pageCount = int(QDir(pages).entryList({ QStringLiteral("*.html") }, QDir::Files).size());
        QVERIFY2(pageCount >= 100, qPrintable(QStringLiteral("only %1 pages unpacked").arg(pageCount)));

        // A page the importer refuses prints no line and counts as undated: the exit code is not asserted.
        const QByteArray jsonl = run(cliPath(),
            { QStringLiteral("extract"), QStringLiteral("--format"), QStringLiteral("jsonl"), pages },
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
            { datesDir() + QStringLiteral("/../score_dates.py"),
                datesDir() + QStringLiteral("/expected.json"), predictions, QStringLiteral("--json"),
                scores },
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qInfo().noquote() << report.trimmed();
        QFile f(scores);
        QVERIFY2(f.open(QIODevice::ReadOnly), "the scorer wrote no scores");
        const QJsonObject m = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY2(m.contains(QStringLiteral("pages")) && m.contains(QStringLiteral("correct")),
            "no counts in the scorer's output");
        const int total = m.value(QStringLiteral("pages")).toInt();
        QVERIFY2(total >= pageCount, qPrintable(QStringLiteral("the scorer saw %1 pages").arg(total)));
        const double correct = m.value(QStringLiteral("correct")).toDouble() / total;
        const double wrong = m.value(QStringLiteral("wrong")).toDouble() / total;
        qInfo("published dates: %.3f correct, %.3f wrong, %d pages refused", correct, wrong,
            int(m.value(QStringLiteral("failed")).toArray().size()));
        QVERIFY2(correct >= MinCorrect,
            qPrintable(QStringLiteral("%1 of pages dated correctly < %2").arg(correct).arg(MinCorrect)));
        QVERIFY2(wrong <= MaxWrong,
            qPrintable(QStringLiteral("%1 of pages given a wrong date > %2").arg(wrong).arg(MaxWrong)));
    }

private:
    QString m_python;
};

QTEST_GUILESS_MAIN(TestWebDates)
#include "tst_webdates.moc"
