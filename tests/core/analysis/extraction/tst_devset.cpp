#include "core/analysis/extraction/ExtractionJson.h"
#include "core/analysis/extraction/Extractor.h"
#include "core/ingest/Ingestor.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QtTest>

// Runs the user's five dev articles through ingest and extraction and scores them with the shared
// reference scorer. The articles stay in ../shared; nothing of them is copied into the project.
class tst_devset : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_summary;

private Q_SLOTS:
    void initTestCase();
    void statementsMeetTarget();
    void attributionMeetsTarget();
    void figuresMeetTarget();
};

void tst_devset::initTestCase()
{
    const QString evalDir = QStringLiteral(QL_SHARED_EVAL_DIR);
    const QDir dev(evalDir + QStringLiteral("/dev"));
    QVERIFY2(dev.exists(), qPrintable(QStringLiteral("shared eval set missing: %1").arg(dev.path())));
    const QString scorer = evalDir + QStringLiteral("/score.py");
    QVERIFY2(QFile::exists(scorer), qPrintable(QStringLiteral("scorer missing: %1").arg(scorer)));
    const QStringList files = dev.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), "no dev articles");

    QTemporaryFile out;
    QVERIFY(out.open());
    const ql::Ingestor ingestor;
    const ql::Extractor extractor;
    for (const QString& name : files) {
        const QString path = dev.filePath(name);
        const ql::IngestResult ingested = ingestor.readFile(path);
        QVERIFY2(ingested.ok, qPrintable(ingested.error));
        const ql::Extraction extraction = extractor.extract(ingested.article);
        const QJsonObject obj = ql::extractionToEvalJson(path, ingested.article, extraction);
        out.write(QJsonDocument(obj).toJson(QJsonDocument::Compact));
        out.write("\n");
    }
    out.flush();

    QProcess python;
    python.start(QStringLiteral("python3"), { scorer, dev.path(), out.fileName(), QStringLiteral("--json") });
    QVERIFY2(python.waitForFinished(60000), "scorer did not finish");
    QCOMPARE(python.exitCode(), 0);
    const QByteArray report = python.readAllStandardOutput();
    const QJsonObject root = QJsonDocument::fromJson(report).object();
    QVERIFY2(root.contains(QStringLiteral("summary")), report.constData());
    m_summary = root.value(QStringLiteral("summary")).toObject();
    qInfo().noquote() << "dev summary:" << QJsonDocument(m_summary).toJson(QJsonDocument::Compact);
    for (const QJsonValue& v : root.value(QStringLiteral("articles")).toArray())
        qInfo().noquote() << QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

void tst_devset::statementsMeetTarget()
{
    const double f1
        = m_summary.value(QStringLiteral("statements")).toObject().value(QStringLiteral("f1")).toDouble();
    QVERIFY2(f1 >= 0.95, qPrintable(QStringLiteral("statement F1 %1 < 0.95").arg(f1)));
}

void tst_devset::attributionMeetsTarget()
{
    const double attribution = m_summary.value(QStringLiteral("attribution")).toDouble();
    QVERIFY2(attribution >= 0.95, qPrintable(QStringLiteral("attribution %1 < 0.95").arg(attribution)));
}

void tst_devset::figuresMeetTarget()
{
    const double f1
        = m_summary.value(QStringLiteral("figures")).toObject().value(QStringLiteral("f1")).toDouble();
    QVERIFY2(f1 >= 0.95, qPrintable(QStringLiteral("figure F1 %1 < 0.95").arg(f1)));
}

QTEST_GUILESS_MAIN(tst_devset)
#include "tst_devset.moc"
