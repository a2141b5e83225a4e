#include "tests/core/analysis/extraction/EvalScorer.h"

#include "core/analysis/extraction/ExtractionJson.h"
#include "core/analysis/extraction/Extractor.h"
#include "core/ingest/Ingestor.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QtTest>

// Invented articles in styles the user's dev set lacks (HTML pages, Markdown, legacy encodings,
// press conferences, interviews, wire copy, British quotation marks), each with a gold file in the
// dev set's schema. Every file goes through the real ingest and extraction, and is scored with the
// reference scorer's rules.
class tst_corpus : public QObject
{
    Q_OBJECT

private:
    static QString corpusDir()
    {
        return QStringLiteral(QL_SOURCE_DIR "/tests/core/analysis/extraction/corpus");
    }
    static QJsonObject readJson(const QString& path);
    static QJsonObject predict(const QString& path);

    EvalCounts m_total;
    int m_scored = 0;

private Q_SLOTS:
    void initTestCase();
    void article_data();
    void article();
    void referenceScorerAgrees();
    void cleanupTestCase();
};

QJsonObject tst_corpus::readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject tst_corpus::predict(const QString& path)
{
    const ql::IngestResult ingested = ql::Ingestor().readFile(path);
    if (!ingested.ok)
        return {};
    const ql::Extraction extraction = ql::Extractor().extract(ingested.article);
    return ql::extractionToEvalJson(path, ingested.article, extraction);
}

void tst_corpus::initTestCase()
{
    QVERIFY2(QDir(corpusDir()).exists(), qPrintable(corpusDir()));
}

void tst_corpus::article_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<double>("minStatementF1");
    QTest::addColumn<double>("minAttribution");
    QTest::addColumn<double>("minFigureF1");

    const QDir dir(corpusDir());
    const QStringList golds = dir.entryList({ QStringLiteral("*.gold.json") }, QDir::Files, QDir::Name);
    QVERIFY2(golds.size() >= 10, "the corpus needs at least ten articles");
    for (const QString& gold : golds) {
        const QString name = gold.left(gold.size() - int(qstrlen(".gold.json")));
        const QStringList articles = dir.entryList({ name + QStringLiteral(".*") }, QDir::Files, QDir::Name);
        QString path;
        for (const QString& a : articles) {
            if (!a.endsWith(QLatin1String(".gold.json")))
                path = dir.filePath(a);
        }
        QVERIFY2(!path.isEmpty(), qPrintable(QStringLiteral("no article beside %1").arg(gold)));
        QTest::newRow(qPrintable(name)) << path << 0.8 << 0.9 << 0.8;
    }
}

void tst_corpus::article()
{
    QFETCH(QString, path);
    QFETCH(double, minStatementF1);
    QFETCH(double, minAttribution);
    QFETCH(double, minFigureF1);

    const QFileInfo info(path);
    const QString name = info.completeBaseName();
    const QJsonObject gold = readJson(info.dir().filePath(name + QStringLiteral(".gold.json")));
    QVERIFY2(gold.contains(QStringLiteral("statements")), "gold file unreadable");
    const QJsonObject prediction = predict(path);
    QVERIFY2(!prediction.isEmpty(), "ingest failed");

    const EvalCounts c = EvalScorer::score(gold, prediction);
    m_total += c;
    ++m_scored;
    qInfo().noquote() << name << c.summary();
    for (const QString& p : c.problems)
        qInfo().noquote() << "   " << p;

    QVERIFY2(c.statementF1() >= minStatementF1,
        qPrintable(QStringLiteral("statement F1 %1 < %2").arg(c.statementF1()).arg(minStatementF1)));
    if (c.pairs > 0)
        QVERIFY2(c.attribution() >= minAttribution,
            qPrintable(QStringLiteral("attribution %1 < %2").arg(c.attribution()).arg(minAttribution)));
    QVERIFY2(c.figureF1() >= minFigureF1,
        qPrintable(QStringLiteral("figure F1 %1 < %2").arg(c.figureF1()).arg(minFigureF1)));
    QCOMPARE(c.dates, 1);
}

// The C++ scorer above must agree with the user's reference scorer, or the thresholds mean nothing.
void tst_corpus::referenceScorerAgrees()
{
    const QString scorer = QStringLiteral(QL_SHARED_EVAL_DIR "/score.py");
    QVERIFY2(QFile::exists(scorer), qPrintable(QStringLiteral("scorer missing: %1").arg(scorer)));
    const QDir dir(corpusDir());
    QTemporaryFile out;
    QVERIFY(out.open());
    EvalCounts total;
    for (const QString& gold : dir.entryList({ QStringLiteral("*.gold.json") }, QDir::Files, QDir::Name)) {
        const QString name = gold.left(gold.size() - int(qstrlen(".gold.json")));
        for (const QString& a : dir.entryList({ name + QStringLiteral(".*") }, QDir::Files, QDir::Name)) {
            if (a.endsWith(QLatin1String(".gold.json")))
                continue;
            const QJsonObject prediction = predict(dir.filePath(a));
            QVERIFY2(!prediction.isEmpty(), qPrintable(a));
            total += EvalScorer::score(readJson(dir.filePath(gold)), prediction);
            out.write(QJsonDocument(prediction).toJson(QJsonDocument::Compact));
            out.write("\n");
        }
    }
    out.flush();

    QProcess python;
    python.start(QStringLiteral("python3"), { scorer, dir.path(), out.fileName(), QStringLiteral("--json") });
    QVERIFY2(python.waitForFinished(60000), "scorer did not finish");
    QCOMPARE(python.exitCode(), 0);
    const QJsonObject summary = QJsonDocument::fromJson(python.readAllStandardOutput())
                                    .object()
                                    .value(QStringLiteral("summary"))
                                    .toObject();
    qInfo().noquote() << "reference scorer:" << QJsonDocument(summary).toJson(QJsonDocument::Compact);
    const QJsonObject statements = summary.value(QStringLiteral("statements")).toObject();
    const QJsonObject figures = summary.value(QStringLiteral("figures")).toObject();
    QCOMPARE(
        qRound(statements.value(QStringLiteral("f1")).toDouble() * 1000), qRound(total.statementF1() * 1000));
    QCOMPARE(qRound(summary.value(QStringLiteral("attribution")).toDouble() * 1000),
        qRound(total.attribution() * 1000));
    QCOMPARE(qRound(figures.value(QStringLiteral("f1")).toDouble() * 1000), qRound(total.figureF1() * 1000));
    QCOMPARE(qRound(summary.value(QStringLiteral("dates")).toDouble() * 1000),
        qRound(double(total.dates) / double(total.articles) * 1000));
}

void tst_corpus::cleanupTestCase()
{
    if (m_scored > 0)
        qInfo().noquote() << "corpus total:" << m_total.summary();
}

QTEST_GUILESS_MAIN(tst_corpus)
#include "tst_corpus.moc"
