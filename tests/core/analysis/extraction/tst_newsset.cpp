#include "core/analysis/extraction/ExtractionJson.h"
#include "core/analysis/extraction/Extractor.h"
#include "core/ingest/Ingestor.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QtTest>

// Runs the 160 real news articles of ../shared/eval/news through ingest and extraction and scores
// them with the shared reference scorer, so speaker attribution on other newsrooms' styles cannot
// silently regress. The articles stay in ../shared; nothing of them is copied into the project.
class tst_newsset : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_summary;

private Q_SLOTS:
    void initTestCase();
    void statementsMeetTarget();
    void attributionMeetsTarget();
};

void tst_newsset::initTestCase()
{
    const QString evalDir = QStringLiteral(QL_SHARED_EVAL_DIR);
    const QDir news(evalDir + QStringLiteral("/news"));
    QVERIFY2(news.exists(), qPrintable(QStringLiteral("shared eval set missing: %1").arg(news.path())));
    const QString scorer = evalDir + QStringLiteral("/score.py");
    QVERIFY2(QFile::exists(scorer), qPrintable(QStringLiteral("scorer missing: %1").arg(scorer)));
    const QStringList files = news.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 100, "the news set is incomplete");

    QTemporaryFile out;
    QVERIFY(out.open());
    const ql::Ingestor ingestor;
    const ql::Extractor extractor;
    for (const QString& name : files) {
        const QString path = news.filePath(name);
        const ql::IngestResult ingested = ingestor.readFile(path);
        QVERIFY2(ingested.ok, qPrintable(ingested.error));
        const ql::Extraction extraction = extractor.extract(ingested.article);
        out.write(QJsonDocument(ql::extractionToEvalJson(path, ingested.article, extraction))
                      .toJson(QJsonDocument::Compact));
        out.write("\n");
    }
    out.flush();

    QProcess python;
    python.start(
        QStringLiteral("python3"), { scorer, news.path(), out.fileName(), QStringLiteral("--json") });
    QVERIFY2(python.waitForFinished(120000), "scorer did not finish");
    QCOMPARE(python.exitCode(), 0);
    const QByteArray report = python.readAllStandardOutput();
    const QJsonObject root = QJsonDocument::fromJson(report).object();
    QVERIFY2(root.contains(QStringLiteral("summary")), report.constData());
    m_summary = root.value(QStringLiteral("summary")).toObject();
    qInfo().noquote() << "news summary:" << QJsonDocument(m_summary).toJson(QJsonDocument::Compact);
}

void tst_newsset::statementsMeetTarget()
{
    const double f1
        = m_summary.value(QStringLiteral("statements")).toObject().value(QStringLiteral("f1")).toDouble();
    QVERIFY2(f1 >= 0.955, qPrintable(QStringLiteral("statement F1 %1 < 0.955").arg(f1)));
}

void tst_newsset::attributionMeetsTarget()
{
    // The floor (0.920 measured when this test was written, target 0.92).
    const double attribution = m_summary.value(QStringLiteral("attribution")).toDouble();
    QVERIFY2(attribution >= 0.90, qPrintable(QStringLiteral("attribution %1 < 0.90").arg(attribution)));
}

QTEST_GUILESS_MAIN(tst_newsset)
#include "tst_newsset.moc"
