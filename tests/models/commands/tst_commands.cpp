#include "core/analysis/extraction/Extractor.h"
#include "core/importing/OfficeTable.h"
#include "core/store/Store.h"
#include "core/store/testing/StoreDump.h"
#include "models/commands/DeleteStatementCommand.h"
#include "models/commands/EditArticleCommand.h"
#include "models/commands/ImportArticlesCommand.h"
#include "models/commands/RedatingRunner.h"
#include "models/commands/ReplaceEventsCommand.h"
#include "models/commands/ReplaceOfficeTermsCommand.h"
#include "models/commands/SetNoteCommand.h"
#include "models/commands/SetSpanCommand.h"
#include "models/commands/SetSpeakerCommand.h"
#include "models/commands/TagCommand.h"
#include "tests/common/TestStores.h"

#include <QSet>
#include <QSignalSpy>
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
    void staleEditIsRefusedNotOverwritten();
    void ownEditsOfOneStatementUndoInTurn();
    void datingAnArticleDatesItsStatements_data();
    void datingAnArticleDatesItsStatements();
    void eventsCalendarRedatesStatements();
    void redatingOffTheGuiThreadMatches_data();
    void redatingOffTheGuiThreadMatches();
    void redatingReadsAgainWhenTheStoreChanges();
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

namespace {

const QString kForumText = QStringLiteral(
    "NATO Secretary General Vera Kolar spoke at the Harbour Forum in Gdansk. \"Factories need orders "
    "for the next ten years,\" she said. On Tuesday Ivo Marek told reporters: \"Shells come first.\"");

QList<CalendarEvent> eventsWithForum()
{
    QList<CalendarEvent> events = EventCalendar::seeded().events();
    events.append({ 0, QStringLiteral("Harbour Forum"), { QStringLiteral("Harbour Forum") },
        QStringLiteral("Gdansk"), QDate(2024, 3, 5), QDate(2024, 3, 6), QStringLiteral("forum"), false });
    return events;
}

// The seed's terms and an invented Secretary General since 9 March 2024.
QList<OfficeTerm> termsWithKolar()
{
    QList<OfficeTerm> terms = OfficeHolders::seed().terms();
    terms.append({ QStringLiteral("nato-secretary-general"), QStringLiteral("Vera Kolar"), QDate(2024, 3, 9),
        QDate() });
    return terms;
}

// A store holding a dated and an undated article whose statements the edits below re-date.
qint64 fillRedatingStore(Store& store)
{
    qint64 first = 0;
    for (int n : { 4, 5 }) {
        Article a = relativeArticle(kForumText + QStringLiteral(" (%1)").arg(n));
        a.title = QStringLiteral("Forum report %1").arg(n);
        a.published = n == 4 ? QDate(2024, 3, 11) : QDate();
        const auto outcome = store.importArticle(a, Extractor().extract(a));
        if (outcome.error.isError())
            return 0;
        if (!first)
            first = outcome.articleId;
    }
    return first;
}

} // namespace

void TestCommands::redatingOffTheGuiThreadMatches_data()
{
    QTest::addColumn<QString>("edit");
    QTest::newRow("article date") << QStringLiteral("article");
    QTest::newRow("article date removed") << QStringLiteral("undated");
    QTest::newRow("events") << QStringLiteral("events");
    QTest::newRow("offices") << QStringLiteral("offices");
}

// The worker's re-dating is the one the GUI thread would have worked out: the same store after the
// edit, and undo puts back the store exactly.
void TestCommands::redatingOffTheGuiThreadMatches()
{
    QFETCH(QString, edit);
    QTemporaryDir dir;
    Store inline_;
    Store threaded;
    QVERIFY(!inline_.open(dir.filePath(QStringLiteral("inline.qlstore"))).isError());
    QVERIFY(!threaded.open(dir.filePath(QStringLiteral("threaded.qlstore"))).isError());
    const qint64 articleId = fillRedatingStore(inline_);
    QVERIFY(articleId > 0);
    QCOMPARE(fillRedatingStore(threaded), articleId);
    const QStringList before = test::dumpStore(threaded.path());
    QCOMPARE(test::dumpStore(inline_.path()), before);

    const auto summary = threaded.articleSummary(articleId);
    QVERIFY(summary);
    const EditArticleCommand::Fields fields { summary->title,
        edit == QLatin1String("undated") ? QDate() : QDate(2024, 3, 20), summary->sourceUrl };
    QUndoStack inlineStack;
    QUndoStack threadedStack;
    RedatingRunner runner(&threaded);
    QSignalSpy busy(&runner, &RedatingRunner::busyChanged);
    int handedBack = 0;
    if (edit == QLatin1String("events")) {
        inlineStack.push(new ReplaceEventsCommand(&inline_, eventsWithForum()));
        runner.redateAll(std::nullopt, EventCalendar(eventsWithForum()), [&](StatementRedater::Change dates) {
            ++handedBack;
            threadedStack.push(new ReplaceEventsCommand(&threaded, eventsWithForum(), std::move(dates)));
        });
    } else if (edit == QLatin1String("offices")) {
        inlineStack.push(new ReplaceOfficeTermsCommand(&inline_, termsWithKolar()));
        runner.redateAll(OfficeHolders(OfficeHolders::seed().offices(), termsWithKolar()), std::nullopt,
            [&](StatementRedater::Change dates) {
                ++handedBack;
                threadedStack.push(
                    new ReplaceOfficeTermsCommand(&threaded, termsWithKolar(), std::move(dates)));
            });
    } else {
        inlineStack.push(new EditArticleCommand(&inline_, articleId, fields));
        runner.redateArticle(articleId, fields.published, [&](StatementRedater::Change dates) {
            ++handedBack;
            threadedStack.push(new EditArticleCommand(&threaded, articleId, fields, std::move(dates)));
        });
    }
    // Nothing is pushed until the worker is done and the event loop hands the result back.
    QVERIFY(runner.isBusy());
    QCOMPARE(threadedStack.count(), 0);
    runner.waitForIdle();
    QVERIFY(!runner.isBusy());
    QCOMPARE(handedBack, 1);
    QCOMPARE(busy.count(), 2); // busy, then idle
    QCOMPARE(threadedStack.count(), 1);
    const auto* command = dynamic_cast<const StoreCommand*>(threadedStack.command(0));
    QVERIFY(command);
    QVERIFY2(!command->lastError().isError(), qPrintable(command->lastError().message));

    const QStringList after = test::dumpStore(threaded.path());
    QVERIFY(after != before);
    QCOMPARE(after, test::dumpStore(inline_.path()));
    threadedStack.undo();
    QCOMPARE(test::dumpStore(threaded.path()), before);
    threadedStack.redo();
    QCOMPARE(test::dumpStore(threaded.path()), after);
    threadedStack.undo();
    QCOMPARE(test::dumpStore(threaded.path()), before);
}

// An article stored while the worker reads must not be missed by the re-dating it hands back.
void TestCommands::redatingReadsAgainWhenTheStoreChanges()
{
    QTemporaryDir dir;
    Store store;
    QVERIFY(!store.open(dir.filePath(QStringLiteral("changing.qlstore"))).isError());
    QVERIFY(fillRedatingStore(store) > 0);
    RedatingRunner runner(&store);
    StatementRedater::Change handed;
    runner.redateAll(std::nullopt, EventCalendar(eventsWithForum()),
        [&](StatementRedater::Change dates) { handed = std::move(dates); });
    Article late = relativeArticle(kForumText + QStringLiteral(" (late)"));
    late.title = QStringLiteral("Late forum report");
    late.published = QDate(2024, 3, 15);
    const auto outcome = store.importArticle(late, Extractor().extract(late));
    QVERIFY(!outcome.error.isError());
    runner.waitForIdle();

    QSet<qint64> redatedArticles;
    for (const Statement& s : std::as_const(handed.after))
        redatedArticles.insert(s.articleId);
    QVERIFY(redatedArticles.contains(outcome.articleId));
    QCOMPARE(redatedArticles.size(), 3);
    // The same change the GUI thread works out against the store as it is now.
    const StatementRedater::Change expected
        = StatementRedater(store, OfficeTable::load(store), EventCalendar(eventsWithForum())).redateAll();
    QCOMPARE(handed.after.size(), expected.after.size());
    for (int i = 0; i < expected.after.size(); ++i) {
        QCOMPARE(handed.after.at(i).id, expected.after.at(i).id);
        QCOMPARE(handed.after.at(i).said, expected.after.at(i).said);
        QCOMPARE(handed.before.at(i).said, expected.before.at(i).said);
    }
}

// Another window changes the statement after this window showed it: the edit begun on the row as
// shown is refused and reported, the other change stays, and an undo over it is refused as well.
void TestCommands::staleEditIsRefusedNotOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stale.qlstore"));
    Store mine;
    QVERIFY(!mine.open(path).isError());
    const Article a = test::sampleArticle(1);
    const auto outcome = mine.importArticle(a, test::sampleExtraction(a));
    QVERIFY(!outcome.error.isError());
    const qint64 id = mine.statementRows(outcome.articleId, 0, 10).first().statement.id;
    const qint64 shown = mine.statementRow(id)->rowVersion;
    Store theirs;
    QVERIFY(!theirs.open(path).isError());

    QList<StoreError> reported;
    StoreCommand::setErrorHandler([&reported](const StoreError& e) { reported << e; });
    QUndoStack theirStack;
    theirStack.push(new SetSpeakerCommand(&theirs, id, QStringLiteral("Ilse Brandvold")));
    QVERIFY(reported.isEmpty());

    QUndoStack myStack;
    myStack.push(new SetSpeakerCommand(&mine, id, QStringLiteral("Tomas Verhaegen"), shown));
    QCOMPARE(reported.size(), 1);
    QCOMPARE(reported.first().code, StoreError::Code::Conflict);
    QCOMPARE(myStack.count(), 0); // a refused edit leaves nothing to undo
    QCOMPARE(mine.statementRow(id)->statement.speaker, QStringLiteral("Ilse Brandvold"));

    // An edit on the row as it is now goes through; their undo would now overwrite it: refused.
    myStack.push(new SetSpeakerCommand(&mine, id, QStringLiteral("Tomas Verhaegen")));
    QCOMPARE(reported.size(), 1);
    theirStack.undo();
    QCOMPARE(reported.size(), 2);
    QCOMPARE(reported.last().code, StoreError::Code::Conflict);
    QCOMPARE(theirs.statementRow(id)->statement.speaker, QStringLiteral("Tomas Verhaegen"));
    // My own undo and redo, on my own last write, work.
    myStack.undo();
    QCOMPARE(mine.statementRow(id)->statement.speaker, QStringLiteral("Ilse Brandvold"));
    myStack.redo();
    QCOMPARE(mine.statementRow(id)->statement.speaker, QStringLiteral("Tomas Verhaegen"));
    QCOMPARE(reported.size(), 2);
    StoreCommand::setErrorHandler({});
}

// Several edits of one statement in one window (speaker, span, note), then Undo of each in turn and
// Redo again: each later edit bumped the row's version, but they are this window's own, so none
// of the undos is refused as stale; the store ends exactly as it began.
void TestCommands::ownEditsOfOneStatementUndoInTurn()
{
    QTemporaryDir dir;
    Store store;
    QVERIFY(!store.open(dir.filePath(QStringLiteral("own.qlstore"))).isError());
    const Article a = test::sampleArticle(1);
    const auto outcome = store.importArticle(a, test::sampleExtraction(a));
    QVERIFY(!outcome.error.isError());
    const qint64 id = store.statementRows(outcome.articleId, 0, 10).first().statement.id;
    const QStringList before = test::dumpStore(store.path());

    QList<StoreError> reported;
    StoreCommand::setErrorHandler([&reported](const StoreError& e) { reported << e; });
    QUndoStack stack;
    stack.push(new SetSpeakerCommand(&store, id, QStringLiteral("Ilse Brandvold")));
    stack.push(new SetSpanCommand(&store, id, 0, 12));
    stack.push(new SetNoteCommand(&store, Store::NoteTarget::Statement, id, QStringLiteral("check it")));
    QCOMPARE(stack.count(), 3);
    stack.undo();
    stack.undo();
    stack.undo();
    QVERIFY2(reported.isEmpty(), qPrintable(reported.value(0).message));
    QCOMPARE(test::dumpStore(store.path()), before);
    stack.redo();
    stack.redo();
    stack.redo();
    QVERIFY2(reported.isEmpty(), qPrintable(reported.value(0).message));
    QCOMPARE(store.statementRow(id)->statement.speaker, QStringLiteral("Ilse Brandvold"));
    QCOMPARE(store.note(Store::NoteTarget::Statement, id), QStringLiteral("check it"));
    StoreCommand::setErrorHandler({});
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
