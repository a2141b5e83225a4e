// The user's sample articles (../shared/eval/dev) import with clean text and the right dates.
#include "core/ingest/Ingestor.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace ql;

namespace {

// The scorer's normalisation: typographic quotes folded, whitespace collapsed, case folded.
QString normalised(const QString& text)
{
    QString t = text.normalized(QString::NormalizationForm_KC);
    static const QList<QPair<QChar, QChar>> quotes
        = { { QChar(0x201C), QLatin1Char('"') }, { QChar(0x201D), QLatin1Char('"') },
              { QChar(0x201E), QLatin1Char('"') }, { QChar(0x00AB), QLatin1Char('"') },
              { QChar(0x00BB), QLatin1Char('"') }, { QChar(0x2018), QLatin1Char('\'') },
              { QChar(0x2019), QLatin1Char('\'') }, { QChar(0x201A), QLatin1Char('\'') } };
    for (const auto& q : quotes)
        t.replace(q.first, q.second);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    t.replace(space, QStringLiteral(" "));
    return t.toCaseFolded().trimmed();
}

bool endsSentence(const QString& paragraph)
{
    static const QRegularExpression re(QStringLiteral("[.!?][\"”’)]?$"));
    return re.match(paragraph.trimmed()).hasMatch();
}

int words(const QString& s)
{
    return int(s.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

} // namespace

class TestDevsetIngest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QDir dir(QStringLiteral(QL_SHARED_EVAL_DIR "/dev"));
        QVERIFY2(dir.exists(),
            qPrintable(
                QStringLiteral("the shared evaluation set is missing: %1 (expected beside the project)")
                    .arg(dir.absolutePath())));
        QVERIFY2(!dir.entryList({ QStringLiteral("*.gold.json") }).isEmpty(),
            qPrintable(QStringLiteral("no gold files in %1").arg(dir.absolutePath())));
    }

    void article_data()
    {
        QTest::addColumn<QString>("textPath");
        QTest::addColumn<QString>("goldPath");
        const QDir dir(QStringLiteral(QL_SHARED_EVAL_DIR "/dev"));
        const QStringList golds = dir.entryList({ QStringLiteral("*.gold.json") }, QDir::Files, QDir::Name);
        for (const QString& gold : golds) {
            const QString base = gold.left(gold.size() - int(qstrlen(".gold.json")));
            const QStringList docs
                = dir.entryList({ base + QStringLiteral(".*") }, QDir::Files)
                      .filter(QRegularExpression(QStringLiteral("^(?!.*\\.gold\\.json$)")));
            if (docs.isEmpty())
                continue;
            QTest::newRow(qPrintable(base)) << dir.filePath(docs.first()) << dir.filePath(gold);
        }
    }

    void article()
    {
        QFETCH(QString, textPath);
        QFETCH(QString, goldPath);
        QFile goldFile(goldPath);
        QVERIFY2(goldFile.open(QIODevice::ReadOnly), qPrintable(goldPath));
        const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object();

        const IngestResult r = Ingestor().readFile(textPath);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString text = normalised(r.article.text);
        const QStringList paragraphs = r.article.text.split(QStringLiteral("\n\n"));

        // Every statement the analyst expects is still in the text.
        for (const QJsonValue& s : gold.value(QLatin1String("statements")).toArray()) {
            const QString quote = normalised(s.toObject().value(QLatin1String("text")).toString());
            QVERIFY2(text.contains(quote), qPrintable(QStringLiteral("statement lost: %1").arg(quote)));
        }

        // No boilerplate survives. A listed string may stay only inside article prose: a paragraph
        // of twenty words or more that ends a sentence, or quoted as a name inside such prose.
        QStringList bad;
        for (const char* key : { "non_statements", "non_figures" }) {
            for (const QJsonValue& v : gold.value(QLatin1String(key)).toArray())
                bad.append(v.toString());
        }
        for (const QString& b : std::as_const(bad)) {
            const QString nb = normalised(b);
            if (nb.isEmpty())
                continue;
            for (const QString& p : paragraphs) {
                const QString np = normalised(p);
                if (!np.contains(nb))
                    continue;
                const bool prose = words(p) >= 20 && endsSentence(p);
                QVERIFY2(prose,
                    qPrintable(QStringLiteral("boilerplate survived: \"%1\" in paragraph \"%2\"").arg(b, p)));
            }
        }

        // The date is one the gold accepts, or none where the gold has none.
        const QJsonValue published
            = gold.value(QLatin1String("article")).toObject().value(QLatin1String("published"));
        if (published.isNull()) {
            QVERIFY2(r.article.published.isNull(),
                qPrintable(QStringLiteral("invented date %1 (%2)")
                               .arg(r.article.published.toString(Qt::ISODate), r.article.dateOrigin)));
        } else {
            QStringList accepted;
            for (const QJsonValue& d : published.toArray())
                accepted.append(d.toString());
            QVERIFY2(accepted.contains(r.article.published.toString(Qt::ISODate)),
                qPrintable(QStringLiteral("date %1 (%2), expected one of %3")
                               .arg(r.article.published.toString(Qt::ISODate), r.article.dateOrigin,
                                   accepted.join(QStringLiteral(", ")))));
            QVERIFY(!r.article.dateOrigin.isEmpty());
        }
        QCOMPARE(r.article.language, QStringLiteral("en"));
        QCOMPARE(r.article.format, QStringLiteral("text"));
        QVERIFY(!r.article.title.isEmpty());
        QCOMPARE(r.article.contentHash.size(), 64);
    }
};

QTEST_GUILESS_MAIN(TestDevsetIngest)
#include "tst_devset_ingest.moc"
