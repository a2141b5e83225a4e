#include "StoreDump.h"
#include "TestStores.h"
#include "commands/DeleteStatementCommand.h"
#include "commands/EditArticleCommand.h"
#include "commands/ImportArticlesCommand.h"
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

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
