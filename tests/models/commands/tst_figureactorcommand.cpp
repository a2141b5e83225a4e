#include "core/store/ChangeNotifier.h"
#include "core/store/Store.h"
#include "core/store/testing/StoreDump.h"
#include "models/commands/SetFigureActorCommand.h"
#include "tests/common/TestStores.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ql;

// Who commits a figure is the analyst's to correct, undoably, like every other edit.
class TestFigureActorCommand : public QObject
{
    Q_OBJECT

private slots:
    void undoRestoresExactState_data();
    void undoRestoresExactState();
    void unknownFigureChangesNothing();
    void storedActorAndRateSurviveTheStore();
};

void TestFigureActorCommand::undoRestoresExactState_data()
{
    QTest::addColumn<QString>("actor");
    QTest::newRow("a country") << QStringLiteral("Estonia");
    QTest::newRow("nobody") << QString();
    QTest::newRow("spaces are tidied") << QStringLiteral("  Joint   Supply Agency ");
}

void TestFigureActorCommand::undoRestoresExactState()
{
    QFETCH(QString, actor);
    QTemporaryDir dir;
    Store store;
    QVERIFY(!store.open(dir.filePath(QStringLiteral("actor.qlstore"))).isError());
    const Article a = test::sampleArticle(1);
    Extraction e = test::sampleExtraction(a);
    e.figures.first().actor = QStringLiteral("Test Wire");
    const auto outcome = store.importArticle(a, e);
    QVERIFY(!outcome.error.isError());
    const QList<Figure> figures = store.figures(outcome.articleId);
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.first().actor, QStringLiteral("Test Wire"));

    const QStringList before = test::dumpStore(store.path());
    QSignalSpy changed(store.notifier(), &ChangeNotifier::articleChanged);
    QUndoStack stack;
    stack.push(new SetFigureActorCommand(&store, { figures.first().id }, actor));
    const auto* command = dynamic_cast<const StoreCommand*>(stack.command(0));
    QVERIFY(command);
    QVERIFY2(!command->lastError().isError(), qPrintable(command->lastError().message));
    QCOMPARE(store.figures(outcome.articleId).first().actor, actor.simplified());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toLongLong(), outcome.articleId);
    const QStringList after = test::dumpStore(store.path());
    QVERIFY(after != before);

    stack.undo();
    QCOMPARE(test::dumpStore(store.path()), before);
    stack.redo();
    QCOMPARE(test::dumpStore(store.path()), after);
    stack.undo();
    QCOMPARE(test::dumpStore(store.path()), before);
}

void TestFigureActorCommand::unknownFigureChangesNothing()
{
    QTemporaryDir dir;
    Store store;
    QVERIFY(!store.open(dir.filePath(QStringLiteral("unknown.qlstore"))).isError());
    const Article a = test::sampleArticle(2);
    QVERIFY(!store.importArticle(a, test::sampleExtraction(a)).error.isError());
    const QStringList before = test::dumpStore(store.path());
    StoreError reported;
    StoreCommand::setErrorHandler([&](const StoreError& e) { reported = e; });
    QUndoStack stack;
    const qint64 real = store.figures().first().id;
    stack.push(new SetFigureActorCommand(&store, { real, 987654 }, QStringLiteral("Estonia")));
    StoreCommand::setErrorHandler({});
    QCOMPARE(int(reported.code), int(StoreError::Code::NotFound));
    QCOMPARE(test::dumpStore(store.path()), before); // the known figure is not half-changed either
}

void TestFigureActorCommand::storedActorAndRateSurviveTheStore()
{
    QTemporaryDir dir;
    Store store;
    QVERIFY(!store.open(dir.filePath(QStringLiteral("rate.qlstore"))).isError());
    const Article a = test::sampleArticle(3);
    Extraction e = test::sampleExtraction(a);
    e.figures.first().actor = QStringLiteral("Ukraine aid");
    e.figures.first().perYear = true;
    e.figures.first().reportedBy = QStringLiteral("Kolar");
    const auto outcome = store.importArticle(a, e);
    QVERIFY(!outcome.error.isError());
    const QList<FigureRow> rows = store.figureRows(QStringLiteral("money"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().figure.actor, QStringLiteral("Ukraine aid"));
    QVERIFY(rows.first().figure.perYear);
    QCOMPARE(rows.first().figure.reportedBy, QStringLiteral("Kolar"));
    QCOMPARE(rows.first().source, QStringLiteral("Test Wire"));
    QCOMPARE(rows.first().date, QDate(2024, 3, 14));
    QVERIFY(store.schemaVersion() >= 5);
}

QTEST_GUILESS_MAIN(TestFigureActorCommand)
#include "tst_figureactorcommand.moc"
