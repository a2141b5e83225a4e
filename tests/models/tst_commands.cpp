#include "StoreDump.h"
#include "TestStores.h"
#include "analysis/extraction/Extractor.h"
#include "commands/DeleteStatementCommand.h"
#include "commands/EditArticleCommand.h"
#include "commands/ImportArticlesCommand.h"
#include "commands/ReplaceEventsCommand.h"
#include "commands/ReplaceOfficeTermsCommand.h"
#include "commands/SetSpanCommand.h"
#include "commands/SetSpeakerCommand.h"
#include "commands/TagCommand.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace ql;

using CommandFactory = std::function<QUndoCommand*(Store*, qint64 articleId, qint64 statementId)>;
Q_DECLARE_METATYPE(CommandFactory)

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void undoRestoresExactState_data();
    void undoRestoresExactState();
    void failedEditReportsAndChangesNothing();
    void datingAnArticleDatesItsStatements_data();
    void datingAnArticleDatesItsStatements();
    void eventsCalendarRedatesStatements();
};

void TestCommands::undoRestoresExactState_data()
{
    QTest::addColumn<CommandFactory>("make");
    QTest::newRow("set speaker to a new person") << CommandFactory([](Store* s, qint64, qint64 st) {
        return new SetSpeakerCommand(s, st, QStringLiteral("Someone Else"));
    });
    QTest::newRow("set speaker to unknown") << CommandFactory(
        [](Store* s, qint64, qint64 st) { return new SetSpeakerCommand(s, st, QString()); });
    QTest::newRow("set speaker to the other speaker") << CommandFactory([](Store* s, qint64, qint64 st) {
        return new SetSpeakerCommand(s, st, QStringLiteral("Ivo Marek"));
    });
    QTest::newRow("change text span")
        << CommandFactory([](Store* s, qint64, qint64 st) { return new SetSpanCommand(s, st, 0, 10); });
    QTest::newRow("delete statement")
        << CommandFactory([](Store* s, qint64, qint64 st) { return new DeleteStatementCommand(s, st); });
    QTest::newRow("edit article metadata") << CommandFactory([](Store* s, qint64 a, qint64) {
        return new EditArticleCommand(
            s, a, { QStringLiteral("New title"), QDate(), QStringLiteral("https://example.net/x") });
    });
    QTest::newRow("add new tag") << CommandFactory([](Store* s, qint64, qint64 st) {
        return new TagCommand(s, st, QStringLiteral("industry"), TagCommand::Action::Add);
    });
    QTest::newRow("add tag it already has") << CommandFactory([](Store* s, qint64, qint64 st) {
        return new TagCommand(s, st, QStringLiteral("existing"), TagCommand::Action::Add);
    });
    QTest::newRow("remove tag") << CommandFactory([](Store* s, qint64, qint64 st) {
        return new TagCommand(s, st, QStringLiteral("existing"), TagCommand::Action::Remove);
    });
    QTest::newRow("edit office holders") << CommandFactory([](Store* s, qint64, qint64) {
        return new ReplaceOfficeTermsCommand(s,
            { { QStringLiteral("commissioner"), QStringLiteral("Ada Weiss"), QDate(2019, 1, 1),
                  QDate(2023, 1, 1) },
                { QStringLiteral("commissioner"), QStringLiteral("Ben Ortiz"), QDate(2023, 1, 1),
                    QDate() } });
    });
    QTest::newRow("edit events") << CommandFactory([](Store* s, qint64, qint64) {
        return new ReplaceEventsCommand(s,
            { { 0, QStringLiteral("Harbour Forum"), { QStringLiteral("Harbour Forum") },
                QStringLiteral("Gdansk"), QDate(2024, 3, 11), QDate(2024, 3, 12), QStringLiteral("forum"),
                false } });
    });
    QTest::newRow("change the article's date") << CommandFactory([](Store* s, qint64 a, qint64) {
        return new EditArticleCommand(s, a,
            { QStringLiteral("Test article 1"), QDate(2024, 5, 2),
                QStringLiteral("https://example.org/articles/1") });
    });
    QTest::newRow("import articles") << CommandFactory([](Store* s, qint64, qint64) {
        QList<PreparedArticle> batch;
        for (int n : { 50, 51 }) {
            PreparedArticle p;
            p.ok = true;
            p.source = QStringLiteral("test-%1").arg(n);
            p.article = test::sampleArticle(n);
            p.extraction = test::sampleExtraction(p.article);
            batch << p;
        }
        return new ImportArticlesCommand(s, batch);
    });
}

void TestCommands::undoRestoresExactState()
{
    QFETCH(CommandFactory, make);
    QTemporaryDir dir;
    Store store;
    QVERIFY(!store.open(dir.filePath(QStringLiteral("undo.qlstore"))).isError());
    const Article a = test::sampleArticle(1);
    const auto outcome = store.importArticle(a, test::sampleExtraction(a));
    QVERIFY(!outcome.error.isError());
    const qint64 statementId = store.statementRows(outcome.articleId, 0, 10).first().statement.id;
    QVERIFY(!store.addTag(statementId, QStringLiteral("existing")).isError());

    const QStringList before = test::dumpStore(store.path());
    QUndoStack stack;
    stack.push(make(&store, outcome.articleId, statementId));
    const QStringList after = test::dumpStore(store.path());
    const auto* command = dynamic_cast<const StoreCommand*>(stack.command(0));
    QVERIFY(command);
    QVERIFY2(!command->lastError().isError(), qPrintable(command->lastError().message));
    if (QTest::currentDataTag() != QByteArray("add tag it already has"))
        QVERIFY(after != before);

    stack.undo();
    QCOMPARE(test::dumpStore(store.path()), before);
    stack.redo();
    QCOMPARE(test::dumpStore(store.path()), after);
    stack.undo();
    QCOMPARE(test::dumpStore(store.path()), before);
}

void TestCommands::failedEditReportsAndChangesNothing()
{
    QTemporaryDir dir;
    Store store;
    QVERIFY(!store.open(dir.filePath(QStringLiteral("fail.qlstore"))).isError());
    const Article a = test::sampleArticle(1);
    const auto outcome = store.importArticle(a, test::sampleExtraction(a));
    const qint64 statementId = store.statementRows(outcome.articleId, 0, 10).first().statement.id;
    const QStringList before = test::dumpStore(store.path());

    StoreError reported;
    StoreCommand::setErrorHandler([&](const StoreError& e) { reported = e; });
    QUndoStack stack;
    stack.push(new SetSpanCommand(&store, statementId, 5, 100000)); // beyond the text
    StoreCommand::setErrorHandler({});
    QCOMPARE(int(reported.code), int(StoreError::Code::InvalidInput));
    QCOMPARE(stack.count(), 0); // obsolete commands leave the stack
    QCOMPARE(test::dumpStore(store.path()), before);
}

namespace {

// An undated article whose statement says when relative to the article's date.
Article relativeArticle(const QString& body)
{
    Article a = test::sampleArticle(3, QDate());
    a.text = body;
    a.original = a.text.toUtf8();
    a.contentHash = QByteArray::number(qHash(a.text), 16);
    return a;
}

} // namespace

void TestCommands::datingAnArticleDatesItsStatements_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("weekday") << QStringLiteral(
        "Vera Kolar spoke on Tuesday. \"Factories need orders for the next ten years,\" she said.")
                             << QDate(2024, 3, 14) << QDate(2024, 3, 12) << QDate(2024, 3, 12);
    QTest::newRow("nothing closer than the article")
        << QStringLiteral("\"Factories need orders for the next ten years,\" said Vera Kolar.")
        << QDate(2024, 3, 14) << QDate(2024, 3, 8) << QDate(2024, 3, 14);
    QTest::newRow("date removed again")
        << QStringLiteral("\"Factories need orders for the next ten years,\" said Vera Kolar yesterday.")
        << QDate() << QDate() << QDate();
}

void TestCommands::datingAnArticleDatesItsStatements()
{
    QFETCH(QString, body);
    QFETCH(QDate, published);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QTemporaryDir dir;
    Store store;
    QVERIFY(!store.open(dir.filePath(QStringLiteral("redate.qlstore"))).isError());
    // Imported with a date the analyst then corrects (or removes).
    Article a = relativeArticle(body);
    a.published = published.isValid() ? QDate() : QDate(2024, 3, 14);
    const Extraction x = Extractor().extract(a);
    QCOMPARE(x.statements.size(), 1);
    const auto outcome = store.importArticle(a, x);
    QVERIFY(!outcome.error.isError());
    const QStringList before = test::dumpStore(store.path());

    QUndoStack stack;
    stack.push(new EditArticleCommand(&store, outcome.articleId, { a.title, published, a.sourceUrl }));
    const Statement s = store.statementRows(outcome.articleId, 0, 10).first().statement;
    QCOMPARE(s.said.from, from);
    QCOMPARE(s.said.to, to);
    QCOMPARE(s.saidOn, s.said.day());
    const QStringList after = test::dumpStore(store.path());
    QVERIFY(after != before);
    stack.undo();
    QCOMPARE(test::dumpStore(store.path()), before);
    stack.redo();
    QCOMPARE(test::dumpStore(store.path()), after);
}

void TestCommands::eventsCalendarRedatesStatements()
{
    QTemporaryDir dir;
    Store store;
    QVERIFY(!store.open(dir.filePath(QStringLiteral("events.qlstore"))).isError());
    Article a = relativeArticle(QStringLiteral("Vera Kolar spoke at the Harbour Forum in Gdansk. \"Factories "
                                               "need orders for the next ten years,\" she said."));
    a.published = QDate(2024, 3, 14);
    const auto outcome = store.importArticle(a, Extractor().extract(a));
    QVERIFY(!outcome.error.isError());
    const Statement undated = store.statementRows(outcome.articleId, 0, 10).first().statement;
    QCOMPARE(undated.said.from, QDate(2024, 3, 8)); // the article's week: the forum is unknown yet
    const QStringList before = test::dumpStore(store.path());

    QList<CalendarEvent> events = EventCalendar::seeded().events();
    events.append({ 0, QStringLiteral("Harbour Forum"), { QStringLiteral("Harbour Forum") },
        QStringLiteral("Gdansk"), QDate(2024, 3, 5), QDate(2024, 3, 6), QStringLiteral("forum"), false });
    QUndoStack stack;
    stack.push(new ReplaceEventsCommand(&store, events));
    const Statement dated = store.statementRows(outcome.articleId, 0, 10).first().statement;
    QCOMPARE(dated.said.from, QDate(2024, 3, 5));
    QCOMPARE(dated.said.to, QDate(2024, 3, 6));
    QVERIFY2(dated.said.evidence.contains(QStringLiteral("Harbour Forum, Gdansk")),
        qPrintable(dated.said.evidence));
    QCOMPARE(store.events().size(), events.size());
    stack.undo();
    QCOMPARE(test::dumpStore(store.path()), before);
    QCOMPARE(store.statementRows(outcome.articleId, 0, 10).first().statement.said, undated.said);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
