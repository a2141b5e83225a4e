#include "core/export/CsvWriter.h"
#include "core/export/ExportFilter.h"
#include "core/export/StatementExporter.h"
#include "core/store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ql;

namespace {

// Text written for this test: every CSV hazard at once (commas, quotes, a line break, a leading
// space, non-ASCII).
const QString kTricky = QStringLiteral("We will spend, \"whatever it takes\",\non défense — now ");

Article makeArticle(int n, const QString& text, const QDate& published, const QString& publisher)
{
    Article a;
    a.title = QStringLiteral("Article %1, with a comma").arg(n);
    a.publisher = publisher;
    a.sourceUrl = QStringLiteral("https://example.org/a/%1?x=1,2").arg(n);
    a.published = published;
    a.format = QStringLiteral("text");
    a.text = text;
    a.original = text.toUtf8();
    a.contentHash = QByteArray::number(n).toHex().rightJustified(64, '0');
    return a;
}

Statement makeStatement(const Article& a, const QString& text, const QString& speaker, const QDate& from,
    const QDate& to, StatementKind kind = StatementKind::Quote)
{
    Statement s;
    s.text = text;
    s.speaker = speaker;
    s.kind = kind;
    s.start = int(a.text.indexOf(text));
    s.end = s.start + int(text.size());
    s.said.from = from;
    s.said.to = to;
    s.saidOn = s.said.day();
    return s;
}

// RFC 4180 read back the way Python's csv module reads it: quoted fields may hold commas, quotes
// (doubled) and line breaks; records end with CRLF.
QList<QStringList> parseCsv(const QString& data)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QChar c = data.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < data.size() && data.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < data.size() && data.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

} // namespace

class TestStatementExporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void csvQuoting_data();
    void csvQuoting();
    void csvRoundTrip();
    void csvByteOrderMark();
    void csvReadByPython();
    void jsonRoundTrip();
    void risFields();
    void filters_data();
    void filters();
    void writeFileKeepsOldFileOnError();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestStatementExporter::init()
{
    m_store = std::make_unique<Store>();
    QVERIFY(!m_store->open(m_dir.filePath(QStringLiteral("export.qlstore"))).isError());
    const QString text1
        = QStringLiteral("Intro. ") + kTricky + QStringLiteral(" And \"Orders first,\" she said.");
    const Article a1 = makeArticle(1, text1, QDate(2024, 3, 14), QStringLiteral("Test Wire"));
    Extraction e1;
    e1.statements << makeStatement(
        a1, kTricky, QStringLiteral("Vera Kolar"), QDate(2024, 3, 12), QDate(2024, 3, 12))
                  << makeStatement(a1, QStringLiteral("Orders first,"), QStringLiteral("Ivo Marek"),
                         QDate(2024, 3, 1), QDate(2024, 3, 7));
    const auto o1 = m_store->importArticle(a1, e1);
    QVERIFY2(!o1.error.isError(), qPrintable(o1.error.message));
    const Article a2 = makeArticle(2, QStringLiteral("Plain text. We keep going."), QDate(), QString());
    Extraction e2;
    e2.statements << makeStatement(
        a2, QStringLiteral("We keep going."), QString(), QDate(), QDate(), StatementKind::Transcript);
    const auto o2 = m_store->importArticle(a2, e2);
    QVERIFY2(!o2.error.isError(), qPrintable(o2.error.message));
    const auto rows = m_store->statementRows(o1.articleId, 0, 10);
    QCOMPARE(rows.size(), 2);
    QVERIFY(!m_store->addTag(rows.at(0).statement.id, QStringLiteral("ammunition, shells")).isError());
    QVERIFY(!m_store->addTag(rows.at(0).statement.id, QStringLiteral("industry")).isError());
}

void TestStatementExporter::cleanup()
{
    m_store.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("export.qlstore")));
}

void TestStatementExporter::csvQuoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"no\"") << QStringLiteral("\"say \"\"no\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("unicode") << QStringLiteral("défense “x”") << QStringLiteral("défense “x”");
}

void TestStatementExporter::csvQuoting()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::quoted(field), expected);
}

void TestStatementExporter::csvRoundTrip()
{
    const auto records = StatementExporter::collect(*m_store, ExportFilter());
    QCOMPARE(records.size(), 3);
    const QByteArray data = StatementExporter::write(records, ExportFormat::Csv);
    QVERIFY(!data.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(data));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), StatementExporter::csvHeader());
    for (const QStringList& row : rows)
        QCOMPARE(row.size(), StatementExporter::csvHeader().size());
    // Ordered by date: Ivo Marek's window ends before Vera Kolar's day; the undated one is last.
    const QStringList& tricky = rows.at(2);
    QCOMPARE(tricky.at(1), QStringLiteral("Vera Kolar"));
    QCOMPARE(tricky.at(2), kTricky);
    QCOMPARE(tricky.at(3), QStringLiteral("quote"));
    QCOMPARE(tricky.at(4), QStringLiteral("12 Mar 2024"));
    QCOMPARE(tricky.at(5), QStringLiteral("2024-03-12"));
    QCOMPARE(tricky.at(7), QStringLiteral("ammunition, shells; industry"));
    QCOMPARE(tricky.at(9), QStringLiteral("Article 1, with a comma"));
    QCOMPARE(tricky.at(10), QStringLiteral("Test Wire"));
    QCOMPARE(tricky.at(11), QStringLiteral("2024-03-14"));
    QCOMPARE(tricky.at(12), QStringLiteral("https://example.org/a/1?x=1,2"));
    const QStringList& undated = rows.at(3);
    QCOMPARE(undated.at(1), QString());
    QCOMPARE(undated.at(3), QStringLiteral("transcript"));
    QCOMPARE(undated.at(4), QString());
    QCOMPARE(undated.at(11), QString());
}

void TestStatementExporter::csvByteOrderMark()
{
    const auto records = StatementExporter::collect(*m_store, ExportFilter());
    const QByteArray data = StatementExporter::write(records, ExportFormat::Csv, true);
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(parseCsv(QString::fromUtf8(data.mid(3))).size(), 4);
}

void TestStatementExporter::csvReadByPython()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed (packaging/install-deps.sh installs it)");
    const QString path = m_dir.filePath(QStringLiteral("statements.csv"));
    const auto records = StatementExporter::collect(*m_store, ExportFilter());
    QCOMPARE(StatementExporter::writeFile(path, records, ExportFormat::Csv), QString());
    // Python's csv module is what analysts' scripts (and the issue) read CSV with.
    const QString script = QStringLiteral("import csv, json, sys\n"
                                          "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                                          "    print(json.dumps(list(csv.reader(f))))\n");
    QProcess p;
    p.start(python, { QStringLiteral("-c"), script, path });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonArray rows = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    QCOMPARE(rows.size(), 4);
    const QJsonArray tricky = rows.at(2).toArray();
    QCOMPARE(tricky.size(), StatementExporter::csvHeader().size());
    QCOMPARE(tricky.at(2).toString(), kTricky);
    QCOMPARE(tricky.at(7).toString(), QStringLiteral("ammunition, shells; industry"));
    QCOMPARE(tricky.at(12).toString(), QStringLiteral("https://example.org/a/1?x=1,2"));
}

void TestStatementExporter::jsonRoundTrip()
{
    const auto records = StatementExporter::collect(*m_store, ExportFilter());
    QJsonParseError error;
    const QJsonDocument doc
        = QJsonDocument::fromJson(StatementExporter::write(records, ExportFormat::Json), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), 3);
    const QJsonObject tricky = array.at(1).toObject();
    QCOMPARE(tricky.value(QStringLiteral("text")).toString(), kTricky);
    QCOMPARE(tricky.value(QStringLiteral("tags")).toArray().size(), 2);
    QCOMPARE(tricky.value(QStringLiteral("said_from")).toString(), QStringLiteral("2024-03-12"));
    QCOMPARE(tricky.value(QStringLiteral("publisher")).toString(), QStringLiteral("Test Wire"));
    const QJsonObject undated = array.at(2).toObject();
    QVERIFY(undated.value(QStringLiteral("speaker")).isNull());
    QVERIFY(undated.value(QStringLiteral("said_from")).isNull());
    QVERIFY(undated.value(QStringLiteral("article_date")).isNull());
}

void TestStatementExporter::risFields()
{
    const auto records = StatementExporter::collect(*m_store, ExportFilter());
    const QString ris = QString::fromUtf8(StatementExporter::write(records, ExportFormat::Ris));
    // Every line is "TAG  - value" and every record closes with ER.
    const QStringList lines = ris.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    static const QRegularExpression tagLine(QStringLiteral("^[A-Z][A-Z0-9]  - "));
    QList<QMultiHash<QString, QString>> parsed;
    QMultiHash<QString, QString> current;
    for (const QString& line : lines) {
        QVERIFY2(tagLine.match(line).hasMatch(), qPrintable(line));
        const QString tag = line.left(2);
        const QString value = line.mid(6);
        if (tag == QLatin1String("ER")) {
            parsed << current;
            current.clear();
        } else {
            current.insert(tag, value);
        }
    }
    QVERIFY(current.isEmpty());
    QCOMPARE(parsed.size(), 3);
    const auto& tricky = parsed.at(1);
    QCOMPARE(tricky.value(QStringLiteral("TY")), QStringLiteral("NEWS"));
    QCOMPARE(tricky.value(QStringLiteral("TI")), QStringLiteral("Article 1, with a comma"));
    QCOMPARE(tricky.value(QStringLiteral("AU")), QStringLiteral("Vera Kolar"));
    QCOMPARE(tricky.value(QStringLiteral("PY")), QStringLiteral("2024"));
    QCOMPARE(tricky.value(QStringLiteral("DA")), QStringLiteral("2024/03/14"));
    QCOMPARE(tricky.value(QStringLiteral("PB")), QStringLiteral("Test Wire"));
    QCOMPARE(tricky.value(QStringLiteral("UR")), QStringLiteral("https://example.org/a/1?x=1,2"));
    QStringList keywords = tricky.values(QStringLiteral("KW"));
    keywords.sort();
    QCOMPARE(keywords, (QStringList { QStringLiteral("ammunition, shells"), QStringLiteral("industry") }));
    // The statement is in the note, on one line (RIS values cannot break).
    const QString note = tricky.value(QStringLiteral("N1"));
    QVERIFY2(note.contains(QStringLiteral("whatever it takes")), qPrintable(note));
    QVERIFY(!note.contains(QLatin1Char('\n')));
    QVERIFY(note.contains(QStringLiteral("said 12 Mar 2024")));
    const auto& undated = parsed.at(2);
    QVERIFY(!undated.contains(QStringLiteral("AU")));
    QVERIFY(!undated.contains(QStringLiteral("PY")));
}

void TestStatementExporter::filters_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("expected");
    const QString vera = QStringLiteral("Vera Kolar");
    const QString ivo = QStringLiteral("Ivo Marek");
    QTest::newRow("none") << QString() << QString() << QDate() << QDate()
                          << QStringList { ivo, vera, QString() };
    QTest::newRow("tag") << QStringLiteral("INDUSTRY") << QString() << QDate() << QDate()
                         << QStringList { vera };
    QTest::newRow("tag with comma") << QStringLiteral("ammunition, shells") << QString() << QDate() << QDate()
                                    << QStringList { vera };
    QTest::newRow("unknown tag") << QStringLiteral("nothing") << QString() << QDate() << QDate()
                                 << QStringList {};
    QTest::newRow("speaker") << QString() << QStringLiteral("ivo marek") << QDate() << QDate()
                             << QStringList { ivo };
    QTest::newRow("from") << QString() << QString() << QDate(2024, 3, 10) << QDate() << QStringList { vera };
    QTest::newRow("to") << QString() << QString() << QDate() << QDate(2024, 3, 2) << QStringList { ivo };
    QTest::newRow("overlap") << QString() << QString() << QDate(2024, 3, 5) << QDate(2024, 3, 12)
                             << QStringList { ivo, vera };
    QTest::newRow("tag and speaker") << QStringLiteral("industry") << ivo << QDate() << QDate()
                                     << QStringList {};
}

void TestStatementExporter::filters()
{
    QFETCH(QString, tag);
    QFETCH(QString, speaker);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, expected);
    ExportFilter filter;
    filter.tag = tag;
    filter.speaker = speaker;
    filter.from = from;
    filter.to = to;
    QStringList speakers;
    for (const ExportRecord& r : StatementExporter::collect(*m_store, filter))
        speakers << r.speaker;
    QCOMPARE(speakers, expected);
}

void TestStatementExporter::writeFileKeepsOldFileOnError()
{
    const QString path = m_dir.filePath(QStringLiteral("missing-folder/out.csv"));
    const QString error = StatementExporter::writeFile(path, {}, ExportFormat::Csv);
    QVERIFY(error.startsWith(QStringLiteral("cannot write")));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestStatementExporter)
#include "tst_statementexporter.moc"
