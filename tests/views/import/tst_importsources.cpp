#include "models/import/ExtractionTableModel.h"
#include "models/import/ReviewEntry.h"
#include "models/import/ReviewListModel.h"
#include "tests/common/TestStores.h"
#include "views/import/DropTarget.h"
#include "views/import/PasteFormat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <functional>
#include <memory>

using namespace ql;

using MimeFactory = std::function<QMimeData*(const QString& dir)>;
Q_DECLARE_METATYPE(MimeFactory)
Q_DECLARE_METATYPE(ql::PasteFormat::Kind)

// The parts of the import wizard that need no window: what a drop yields, what a paste is,
// and how the review edits shape what lands.
class TestImportSources : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dropPayloads_data();
    void dropPayloads();
    void pasteFormat_data();
    void pasteFormat();
    void rejectedStatementsLeaveAndFiguresAreRenumbered();
    void duplicatesWithinOneImportAreFlagged();
    void statementTextMustBeAPassage_data();
    void statementTextMustBeAPassage();
    void speakerCorrectionDropsTheExtractorsId();

private:
    PreparedArticle preparedSample(int n) const;

    QTemporaryDir m_dir;
};

void TestImportSources::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile file(m_dir.filePath(QStringLiteral("note.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("A short note.\n");
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder")));
}

PreparedArticle TestImportSources::preparedSample(int n) const
{
    PreparedArticle p;
    p.source = QStringLiteral("sample-%1.txt").arg(n);
    p.ok = true;
    p.article = test::sampleArticle(n);
    p.extraction = test::sampleExtraction(p.article);
    return p;
}

void TestImportSources::dropPayloads_data()
{
    QTest::addColumn<MimeFactory>("make");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("paths");
    QTest::addColumn<QStringList>("payloadTypes");

    QTest::newRow("local file") << MimeFactory([](const QString& dir) {
        auto* m = new QMimeData;
        m->setUrls({ QUrl::fromLocalFile(dir + QStringLiteral("/note.txt")) });
        return m;
    }) << true << 1 << QStringList();
    QTest::newRow("file and folder, file manager also sends names as text") << MimeFactory(
        [](const QString& dir) {
            auto* m = new QMimeData;
            m->setUrls({ QUrl::fromLocalFile(dir + QStringLiteral("/note.txt")),
                QUrl::fromLocalFile(dir + QStringLiteral("/folder")) });
            m->setText(dir + QStringLiteral("/note.txt\n") + dir + QStringLiteral("/folder"));
            return m;
        }) << true << 2 << QStringList();
    QTest::newRow("browser selection as HTML") << MimeFactory([](const QString&) {
        auto* m = new QMimeData;
        m->setHtml(QStringLiteral("<p>\"We stand ready,\" said the envoy.</p>"));
        m->setText(QStringLiteral("\"We stand ready,\" said the envoy."));
        return m;
    }) << true << 0 << QStringList { QStringLiteral("text/html"), QStringLiteral("text/plain") };
    QTest::newRow("plain text") << MimeFactory([](const QString&) {
        auto* m = new QMimeData;
        m->setText(QStringLiteral("Ministers met on Tuesday."));
        return m;
    }) << true << 0 << QStringList { QStringLiteral("text/plain") };
    // A link is a page to fetch (ImportSources::urls, see tst_linkimport), not text to read.
    QTest::newRow("dragged link is fetched, not read as text") << MimeFactory([](const QString&) {
        auto* m = new QMimeData;
        m->setUrls({ QUrl(QStringLiteral("https://news.example.org/story")) });
        m->setText(QStringLiteral("https://news.example.org/story"));
        return m;
    }) << true << 0 << QStringList();
    QTest::newRow("blank text") << MimeFactory([](const QString&) {
        auto* m = new QMimeData;
        m->setText(QStringLiteral("  \n "));
        return m;
    }) << false << 0 << QStringList();
    QTest::newRow("image only") << MimeFactory([](const QString&) {
        auto* m = new QMimeData;
        m->setData(QStringLiteral("image/png"), QByteArray("\x89PNG\r\n", 6));
        return m;
    }) << false << 0 << QStringList();
}

void TestImportSources::dropPayloads()
{
    QFETCH(MimeFactory, make);
    QFETCH(bool, accepted);
    QFETCH(int, paths);
    QFETCH(QStringList, payloadTypes);

    const std::unique_ptr<QMimeData> mime(make(m_dir.path()));
    QCOMPARE(DropTarget::canAccept(mime.get()), accepted);
    const ImportSources sources = DropTarget::fromMimeData(mime.get());
    QCOMPARE(int(sources.paths.size()), paths);
    for (const QString& path : sources.paths)
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    QStringList types;
    for (const auto& payload : sources.payloads)
        types += payload.keys();
    types.sort();
    payloadTypes.sort();
    QCOMPARE(types, payloadTypes);
    QVERIFY(!DropTarget::canAccept(nullptr));
}

void TestImportSources::pasteFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PasteFormat::Kind>("kind");

    QTest::newRow("prose") << QStringLiteral("The summit ended late. \"We agreed,\" she said.")
                           << PasteFormat::Kind::PlainText;
    QTest::newRow("prose with a less-than sign")
        << QStringLiteral("Spending is < 2% of GDP in three states.") << PasteFormat::Kind::PlainText;
    QTest::newRow("html page") << QStringLiteral("<!DOCTYPE html><html><body><p>Text</p></body></html>")
                               << PasteFormat::Kind::Html;
    QTest::newRow("html fragment") << QStringLiteral("<p>One</p>\n<blockquote>Two</blockquote>")
                                   << PasteFormat::Kind::Html;
    QTest::newRow("markdown with heading")
        << QStringLiteral("# Allies meet\n\nText follows.") << PasteFormat::Kind::Markdown;
    QTest::newRow("markdown signals")
        << QStringLiteral("Intro with a [link](https://example.org).\n\n- first point\n")
        << PasteFormat::Kind::Markdown;
    QTest::newRow("single bullet stays plain")
        << QStringLiteral("Notes\n- only one list line") << PasteFormat::Kind::PlainText;
}

void TestImportSources::pasteFormat()
{
    QFETCH(QString, text);
    QFETCH(PasteFormat::Kind, kind);
    QCOMPARE(PasteFormat::sniff(text), kind);
}

void TestImportSources::rejectedStatementsLeaveAndFiguresAreRenumbered()
{
    PreparedArticle p = preparedSample(1);
    QCOMPARE(int(p.extraction.statements.size()), 2);
    QCOMPARE(int(p.extraction.figures.size()), 1);
    // Tie the figure to the second statement so renumbering is visible.
    p.extraction.figures[0].statementIndex = 1;
    Figure loose = p.extraction.figures.at(0);
    loose.statementIndex = 0;
    p.extraction.figures << loose;

    ReviewEntry e = ReviewEntry::fromPrepared(p);
    e.statementAccepted[0] = false;
    const PreparedArticle out = e.accepted();
    QCOMPARE(int(out.extraction.statements.size()), 1);
    QCOMPARE(out.extraction.statements.at(0).speaker, QStringLiteral("Ivo Marek"));
    QCOMPARE(int(out.extraction.figures.size()), 2);
    QCOMPARE(out.extraction.figures.at(0).statementIndex, 0);
    QCOMPARE(out.extraction.figures.at(1).statementIndex, -1);

    e.figureAccepted[0] = false;
    QCOMPARE(int(e.accepted().extraction.figures.size()), 1);
    QCOMPARE(e.acceptedStatementCount(), 1);
    QCOMPARE(e.acceptedFigureCount(), 1);
}

void TestImportSources::duplicatesWithinOneImportAreFlagged()
{
    ReviewListModel model(nullptr);
    PreparedArticle bad;
    bad.source = QStringLiteral("empty.txt");
    bad.error = QStringLiteral("empty file");
    model.append({ preparedSample(1), preparedSample(2), preparedSample(1), bad });
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.count(ReviewEntry::Status::Ok), 2);
    QCOMPARE(model.count(ReviewEntry::Status::Duplicate), 1);
    QCOMPARE(model.count(ReviewEntry::Status::Rejected), 1);
    QCOMPARE(
        model.data(model.index(3), ReviewListModel::ReasonRole).toString(), QStringLiteral("empty file"));
    QVERIFY(!model.data(model.index(2), ReviewListModel::ReasonRole).toString().isEmpty());
    // Only ok documents can be kept or left out.
    QVERIFY(!model.setData(model.index(2), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(1), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(int(model.articlesToImport().size()), 1);

    // A later batch is checked against what the list holds already.
    model.append({ preparedSample(2) });
    QCOMPARE(model.count(ReviewEntry::Status::Duplicate), 2);
}

void TestImportSources::statementTextMustBeAPassage_data()
{
    QTest::addColumn<QString>("edited");
    QTest::addColumn<bool>("taken");
    QTest::addColumn<QString>("expected");

    QTest::newRow("shorter passage") << QStringLiteral("Ammunition output must double") << true
                                     << QStringLiteral("Ammunition output must double");
    QTest::newRow("surrounding spaces trimmed")
        << QStringLiteral("  output must double, ") << true << QStringLiteral("output must double,");
    QTest::newRow("words not in the article") << QStringLiteral("Ammunition output must triple") << false
                                              << QStringLiteral("Ammunition output must double,");
    QTest::newRow("empty") << QStringLiteral("   ") << false
                           << QStringLiteral("Ammunition output must double,");
}

void TestImportSources::statementTextMustBeAPassage()
{
    QFETCH(QString, edited);
    QFETCH(bool, taken);
    QFETCH(QString, expected);

    ReviewListModel documents(nullptr);
    documents.append({ preparedSample(3) });
    ExtractionTableModel model(&documents);
    model.setDocument(0);
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex text = model.index(0, ExtractionTableModel::TextColumn);
    QCOMPARE(model.setData(text, edited), taken);
    QCOMPARE(model.lastError().isEmpty(), taken);
    const Statement& s = documents.entry(0).prepared.extraction.statements.at(0);
    QCOMPARE(s.text, expected);
    QCOMPARE(documents.entry(0).prepared.article.text.mid(s.start, s.end - s.start), expected);
}

void TestImportSources::speakerCorrectionDropsTheExtractorsId()
{
    ReviewListModel documents(nullptr);
    PreparedArticle p = preparedSample(4);
    p.extraction.statements[0].speakerId = 42;
    documents.append({ p });
    ExtractionTableModel model(&documents);
    model.setDocument(0);
    QVERIFY(model.flags(model.index(0, ExtractionTableModel::SpeakerColumn)) & Qt::ItemIsEditable);
    // Figures have no speaker to correct.
    QVERIFY(!(model.flags(model.index(2, ExtractionTableModel::SpeakerColumn)) & Qt::ItemIsEditable));
    QVERIFY(model.setData(
        model.index(0, ExtractionTableModel::SpeakerColumn), QStringLiteral("  Petra   Sand ")));
    const Statement& s = documents.entry(0).prepared.extraction.statements.at(0);
    QCOMPARE(s.speaker, QStringLiteral("Petra Sand"));
    QCOMPARE(s.speakerId, qint64(0));
    QVERIFY(
        model.setData(model.index(2, ExtractionTableModel::AcceptColumn), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(documents.entry(0).acceptedFigureCount(), 0);
    documents.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestImportSources)
#include "tst_importsources.moc"
