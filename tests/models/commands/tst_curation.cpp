#include "core/families/FamilyIndex.h"
#include "core/store/ChangeNotifier.h"
#include "core/store/Store.h"
#include "core/store/testing/StoreDump.h"
#include "models/commands/AddStatementCommand.h"
#include "models/commands/BulkEditCommand.h"
#include "models/commands/CreateTagCommand.h"
#include "models/commands/DeleteArticlesCommand.h"
#include "models/commands/DeleteStatementCommand.h"
#include "models/commands/EditTagCommand.h"
#include "models/commands/LinkSpeakerCommand.h"
#include "models/commands/MergeSpeakersCommand.h"
#include "models/commands/MergeTagsCommand.h"
#include "models/commands/RenameSpeakerCommand.h"
#include "models/commands/SetNoteCommand.h"
#include "models/commands/SetSpeakerCommand.h"
#include "models/commands/TagCommand.h"
#include "models/library/IdFilterProxy.h"
#include "models/library/StatementTableModel.h"
#include "tests/common/TestStores.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace ql;

namespace {

// Two articles, a tag, notes and variant families: everything an undo must put back.
struct Fixture
{
    QTemporaryDir dir;
    Store store;
    qint64 article1 = 0;
    qint64 article2 = 0;
    QList<qint64> statements1; // Vera Kolar, Ivo Marek
    QList<qint64> statements2;

    bool open()
    {
        if (store.open(dir.filePath(QStringLiteral("curation.qlstore"))).isError())
            return false;
        for (int n : { 1, 2 }) {
            const Article a = test::sampleArticle(n);
            const auto outcome = store.importArticle(a, test::sampleExtraction(a));
            if (outcome.error.isError())
                return false;
            QList<qint64>& ids = n == 1 ? statements1 : statements2;
            (n == 1 ? article1 : article2) = outcome.articleId;
            for (const StatementRow& row : store.statementRows(outcome.articleId, 0, 10))
                ids << row.statement.id;
        }
        FamilyIndex families(store);
        return statements1.size() == 2 && statements2.size() == 2
            && !store.addTag(statements1.at(0), QStringLiteral("industry")).isError()
            && !store.addTag(statements2.at(0), QStringLiteral("ammunition")).isError()
            && !store.setNote(Store::NoteTarget::Article, article1, QStringLiteral("Check the wire copy"))
                    .isError()
            && !store.setNote(Store::NoteTarget::Statement, statements1.at(1), QStringLiteral("Paraphrase?"))
                    .isError()
            && !families.load().isError();
    }

    qint64 speakerId(const QString& name) const
    {
        for (const SpeakerRecord& r : store.speakerRecords())
            if (r.name == name)
                return r.id;
        return 0;
    }
    qint64 tagId(const QString& name) const
    {
        for (const TagRecord& t : store.tagRecords())
            if (t.name == name)
                return t.id;
        return 0;
    }
};

using Factory = std::function<QUndoCommand*(Fixture&)>;

Statement marked(const Fixture& f, const QString& words, const QString& speaker)
{
    const auto article = f.store.article(f.article1);
    Statement s;
    s.articleId = f.article1;
    s.speaker = speaker;
    s.kind = StatementKind::Paraphrase;
    s.start = int(article->text.indexOf(words));
    s.end = s.start + int(words.size());
    s.said = { QDate(2024, 3, 12), QDate(2024, 3, 13), QStringLiteral("set by the analyst") };
    s.saidOn = s.said.day();
    return s;
}

BulkEditCommand* bulk(const QString& text, std::vector<std::unique_ptr<StoreCommand>> parts)
{
    auto* command = new BulkEditCommand(text);
    for (auto& part : parts)
        command->add(std::move(part));
    return command;
}

} // namespace

Q_DECLARE_METATYPE(Factory)

class TestCuration : public QObject
{
    Q_OBJECT

private slots:
    void undoRestoresExactState_data();
    void undoRestoresExactState();
    void addedStatementKeepsItsOffsets();
    void badSpanIsRefusedAndChangesNothing_data();
    void badSpanIsRefusedAndChangesNothing();
    void mergedAndRenamedNamesResolveOnReimport();
    void renameOntoAnotherSpeakerIsRefused();
    void codebookTagSurvivesWhenUnused();
    void failedBulkEditTakesItsPartsBack();
    void restoredArticleIsSearchableAndInItsFamily();
    void tagFilterProxyShowsTaggedRowsOnly();
};

void TestCuration::undoRestoresExactState_data()
{
    QTest::addColumn<Factory>("make");
    QTest::newRow("add statement, new speaker and tag") << Factory([](Fixture& f) {
        return new AddStatementCommand(&f.store,
            marked(f, QStringLiteral("The fund holds"), QStringLiteral("Ada Weiss")),
            { QStringLiteral("funding"), QStringLiteral("industry") });
    });
    QTest::newRow("add statement, known speaker") << Factory([](Fixture& f) {
        return new AddStatementCommand(
            &f.store, marked(f, QStringLiteral("Headline 1"), QStringLiteral("Ivo Marek")), {});
    });
    QTest::newRow("delete one article")
        << Factory([](Fixture& f) { return new DeleteArticlesCommand(&f.store, { f.article1 }); });
    QTest::newRow("delete two articles") << Factory([](Fixture& f) {
        return new DeleteArticlesCommand(&f.store, { f.article2, f.article1 });
    });
    QTest::newRow("rename speaker") << Factory([](Fixture& f) {
        return new RenameSpeakerCommand(
            &f.store, f.speakerId(QStringLiteral("Vera Kolar")), QStringLiteral("Vera M. Kolar"));
    });
    QTest::newRow("merge speakers") << Factory([](Fixture& f) {
        return new MergeSpeakersCommand(
            &f.store, f.speakerId(QStringLiteral("Vera Kolar")), f.speakerId(QStringLiteral("Ivo Marek")));
    });
    QTest::newRow("link speaker to office holder") << Factory([](Fixture& f) {
        return new LinkSpeakerCommand(
            &f.store, f.speakerId(QStringLiteral("Ivo Marek")), QStringLiteral("Ivo Marek"));
    });
    QTest::newRow("create tag") << Factory([](Fixture& f) {
        return new CreateTagCommand(&f.store, QStringLiteral("deterrence"), QStringLiteral("#aa3355"));
    });
    QTest::newRow("rename and colour tag") << Factory([](Fixture& f) {
        return new EditTagCommand(&f.store, f.tagId(QStringLiteral("industry")),
            QStringLiteral("defence industry"), QStringLiteral("#2255aa"));
    });
    QTest::newRow("merge tags") << Factory([](Fixture& f) {
        return new MergeTagsCommand(
            &f.store, f.tagId(QStringLiteral("ammunition")), f.tagId(QStringLiteral("industry")));
    });
    QTest::newRow("statement note") << Factory([](Fixture& f) {
        return new SetNoteCommand(&f.store, Store::NoteTarget::Statement, f.statements1.at(0),
            QStringLiteral("Quoted again in May"));
    });
    QTest::newRow("clear article note") << Factory([](Fixture& f) {
        return new SetNoteCommand(&f.store, Store::NoteTarget::Article, f.article1, QString());
    });
    QTest::newRow("bulk set speaker") << Factory([](Fixture& f) {
        std::vector<std::unique_ptr<StoreCommand>> parts;
        for (qint64 id : f.statements1 + f.statements2)
            parts.push_back(std::make_unique<SetSpeakerCommand>(&f.store, id, QStringLiteral("Ada Weiss")));
        return bulk(QStringLiteral("Set speaker"), std::move(parts));
    });
    QTest::newRow("bulk add tag") << Factory([](Fixture& f) {
        std::vector<std::unique_ptr<StoreCommand>> parts;
        for (qint64 id : f.statements1 + f.statements2)
            parts.push_back(std::make_unique<TagCommand>(
                &f.store, id, QStringLiteral("industry"), TagCommand::Action::Add));
        return bulk(QStringLiteral("Add tag"), std::move(parts));
    });
    QTest::newRow("bulk remove tag") << Factory([](Fixture& f) {
        std::vector<std::unique_ptr<StoreCommand>> parts;
        for (qint64 id : { f.statements1.at(0), f.statements2.at(0) })
            parts.push_back(std::make_unique<TagCommand>(
                &f.store, id, QStringLiteral("industry"), TagCommand::Action::Remove));
        return bulk(QStringLiteral("Remove tag"), std::move(parts));
    });
    QTest::newRow("bulk delete statements") << Factory([](Fixture& f) {
        std::vector<std::unique_ptr<StoreCommand>> parts;
        for (qint64 id : { f.statements1.at(0), f.statements1.at(1), f.statements2.at(0) })
            parts.push_back(std::make_unique<DeleteStatementCommand>(&f.store, id));
        return bulk(QStringLiteral("Delete statements"), std::move(parts));
    });
}

void TestCuration::undoRestoresExactState()
{
    QFETCH(Factory, make);
    Fixture f;
    QVERIFY(f.open());
    const QStringList before = test::dumpStore(f.store.path());
    QUndoStack stack;
    stack.push(make(f));
    QCOMPARE(stack.count(), 1); // a failed command would have left the stack
    const QStringList after = test::dumpStore(f.store.path());
    QVERIFY(after != before);

    stack.undo();
    QCOMPARE(test::dumpStore(f.store.path()), before);
    stack.redo();
    QCOMPARE(test::dumpStore(f.store.path()), after);
    stack.undo();
    QCOMPARE(test::dumpStore(f.store.path()), before);
}

void TestCuration::addedStatementKeepsItsOffsets()
{
    Fixture f;
    QVERIFY(f.open());
    QSignalSpy added(f.store.notifier(), &ChangeNotifier::statementsAdded);
    const Statement s = marked(f, QStringLiteral("The fund holds €1 billion."), QStringLiteral("Vera Kolar"));
    QUndoStack stack;
    auto* command = new AddStatementCommand(&f.store, s, { QStringLiteral(" funding  ") });
    stack.push(command);
    QCOMPARE(added.count(), 1);
    const auto row = f.store.statementRow(command->statementId());
    QVERIFY(row);
    const QString text = f.store.article(f.article1)->text;
    QCOMPARE(row->statement.start, s.start);
    QCOMPARE(row->statement.end, s.end);
    QCOMPARE(row->statement.text, text.mid(s.start, s.end - s.start));
    QCOMPARE(row->statement.speaker, QStringLiteral("Vera Kolar"));
    QCOMPARE(row->statement.kind, StatementKind::Paraphrase);
    QCOMPARE(row->statement.said.from, QDate(2024, 3, 12));
    QCOMPARE(row->statement.said.to, QDate(2024, 3, 13));
    QCOMPARE(row->tags, QStringList { QStringLiteral("funding") });
    QVERIFY(f.store.searchStatementIds(QStringLiteral("fund")).contains(command->statementId()));
    // Redo puts it back under the same id, so later commands on the stack still find it.
    const qint64 id = command->statementId();
    stack.undo();
    QVERIFY(!f.store.statementRow(id));
    stack.redo();
    QCOMPARE(command->statementId(), id);
}

void TestCuration::badSpanIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::newRow("past the end") << 5 << 100000;
    QTest::newRow("empty") << 7 << 7;
    QTest::newRow("negative") << -1 << 4;
    QTest::newRow("only blanks") << 10 << 12; // the blank line after the headline
}

void TestCuration::badSpanIsRefusedAndChangesNothing()
{
    QFETCH(int, start);
    QFETCH(int, end);
    Fixture f;
    QVERIFY(f.open());
    const QStringList before = test::dumpStore(f.store.path());
    Statement s = marked(f, QStringLiteral("Headline"), QStringLiteral("Ada Weiss"));
    s.start = start;
    s.end = end;
    StoreError reported;
    StoreCommand::setErrorHandler([&](const StoreError& e) { reported = e; });
    QUndoStack stack;
    stack.push(new AddStatementCommand(&f.store, s, { QStringLiteral("new tag") }));
    StoreCommand::setErrorHandler({});
    QCOMPARE(int(reported.code), int(StoreError::Code::InvalidInput));
    QVERIFY(!reported.message.isEmpty());
    QCOMPARE(stack.count(), 0);
    QCOMPARE(test::dumpStore(f.store.path()), before);
}

void TestCuration::mergedAndRenamedNamesResolveOnReimport()
{
    Fixture f;
    QVERIFY(f.open());
    QSignalSpy speakers(f.store.notifier(), &ChangeNotifier::speakersChanged);
    QUndoStack stack;
    const qint64 ivo = f.speakerId(QStringLiteral("Ivo Marek"));
    stack.push(new RenameSpeakerCommand(&f.store, ivo, QStringLiteral("Ivo J. Marek")));
    stack.push(new MergeSpeakersCommand(&f.store, f.speakerId(QStringLiteral("Vera Kolar")), ivo));
    QCOMPARE(speakers.count(), 2);
    const auto kept = f.store.speakerRecord(ivo);
    QVERIFY(kept);
    QCOMPARE(kept->name, QStringLiteral("Ivo J. Marek"));
    QCOMPARE(kept->aliases, QStringList({ QStringLiteral("Ivo Marek"), QStringLiteral("Vera Kolar") }));
    QCOMPARE(kept->statementCount, 4);
    QCOMPARE(f.store.speakerRecords().size(), 1);

    // A later import naming either old spelling lands on the kept speaker.
    const Article a = test::sampleArticle(3);
    const auto outcome = f.store.importArticle(a, test::sampleExtraction(a));
    QVERIFY(!outcome.error.isError());
    for (const StatementRow& row : f.store.statementRows(outcome.articleId, 0, 10)) {
        QCOMPARE(row.statement.speakerId, ivo);
        QCOMPARE(row.statement.speaker, QStringLiteral("Ivo J. Marek"));
    }
    QCOMPARE(f.store.speakerRecords().size(), 1);
}

void TestCuration::renameOntoAnotherSpeakerIsRefused()
{
    Fixture f;
    QVERIFY(f.open());
    const QStringList before = test::dumpStore(f.store.path());
    StoreError reported;
    StoreCommand::setErrorHandler([&](const StoreError& e) { reported = e; });
    QUndoStack stack;
    stack.push(new RenameSpeakerCommand(
        &f.store, f.speakerId(QStringLiteral("Vera Kolar")), QStringLiteral("Ivo Marek")));
    stack.push(new MergeSpeakersCommand(
        &f.store, f.speakerId(QStringLiteral("Ivo Marek")), f.speakerId(QStringLiteral("Ivo Marek"))));
    StoreCommand::setErrorHandler({});
    QCOMPARE(int(reported.code), int(StoreError::Code::InvalidInput));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(test::dumpStore(f.store.path()), before);
}

void TestCuration::codebookTagSurvivesWhenUnused()
{
    Fixture f;
    QVERIFY(f.open());
    QSignalSpy tags(f.store.notifier(), &ChangeNotifier::tagsChanged);
    QUndoStack stack;
    stack.push(new CreateTagCommand(&f.store, QStringLiteral("deterrence"), QStringLiteral("#aa3355")));
    QCOMPARE(tags.count(), 1);
    stack.push(
        new TagCommand(&f.store, f.statements1.at(0), QStringLiteral("deterrence"), TagCommand::Action::Add));
    stack.push(new TagCommand(
        &f.store, f.statements1.at(0), QStringLiteral("deterrence"), TagCommand::Action::Remove));
    const qint64 id = f.tagId(QStringLiteral("deterrence"));
    QVERIFY(id > 0);
    QCOMPARE(f.store.tagRecord(id)->colour, QStringLiteral("#aa3355"));
    QCOMPARE(f.store.tagRecord(id)->statementCount, 0);
    // A tag that only came with a statement still goes with it.
    stack.push(new TagCommand(
        &f.store, f.statements2.at(0), QStringLiteral("ammunition"), TagCommand::Action::Remove));
    QCOMPARE(f.tagId(QStringLiteral("ammunition")), 0);
    // The codebook refuses a second tag of the same name.
    StoreError reported;
    StoreCommand::setErrorHandler([&](const StoreError& e) { reported = e; });
    stack.push(new CreateTagCommand(&f.store, QStringLiteral("deterrence"), QString()));
    stack.push(new EditTagCommand(
        &f.store, f.tagId(QStringLiteral("industry")), QStringLiteral("deterrence"), QString()));
    StoreCommand::setErrorHandler({});
    QCOMPARE(int(reported.code), int(StoreError::Code::Duplicate));
    QCOMPARE(stack.count(), 4);
}

void TestCuration::failedBulkEditTakesItsPartsBack()
{
    Fixture f;
    QVERIFY(f.open());
    const QStringList before = test::dumpStore(f.store.path());
    std::vector<std::unique_ptr<StoreCommand>> parts;
    parts.push_back(std::make_unique<DeleteStatementCommand>(&f.store, f.statements1.at(0)));
    parts.push_back(
        std::make_unique<SetSpeakerCommand>(&f.store, f.statements1.at(1), QStringLiteral("Ada Weiss")));
    parts.push_back(std::make_unique<DeleteStatementCommand>(&f.store, 987654)); // no such statement
    StoreError reported;
    StoreCommand::setErrorHandler([&](const StoreError& e) { reported = e; });
    QUndoStack stack;
    auto* command = bulk(QStringLiteral("Delete statements"), std::move(parts));
    QCOMPARE(command->size(), 3);
    stack.push(command);
    StoreCommand::setErrorHandler({});
    QCOMPARE(int(reported.code), int(StoreError::Code::NotFound));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(test::dumpStore(f.store.path()), before);
}

void TestCuration::restoredArticleIsSearchableAndInItsFamily()
{
    Fixture f;
    QVERIFY(f.open());
    const FamilyState families = f.store.familyState();
    QVERIFY(families.familyOfStatement.contains(f.statements1.at(0)));
    QSignalSpy removed(f.store.notifier(), &ChangeNotifier::articlesRemoved);
    QSignalSpy added(f.store.notifier(), &ChangeNotifier::articlesAdded);
    QUndoStack stack;
    stack.push(new DeleteArticlesCommand(&f.store, { f.article1 }));
    QCOMPARE(removed.count(), 1);
    QVERIFY(!f.store.article(f.article1));
    QVERIFY(!f.store.searchStatementIds(QStringLiteral("ammunition")).contains(f.statements1.at(0)));
    stack.undo();
    QCOMPARE(added.count(), 1);
    QVERIFY(f.store.searchStatementIds(QStringLiteral("ammunition")).contains(f.statements1.at(0)));
    QCOMPARE(f.store.familyState().familyOfStatement, families.familyOfStatement);
    QCOMPARE(f.store.note(Store::NoteTarget::Article, f.article1), QStringLiteral("Check the wire copy"));
    QCOMPARE(f.store.statementRow(f.statements1.at(1))->note, QStringLiteral("Paraphrase?"));
}

void TestCuration::tagFilterProxyShowsTaggedRowsOnly()
{
    Fixture f;
    QVERIFY(f.open());
    StatementTableModel model(&f.store);
    IdFilterProxy proxy(StatementTableModel::StatementIdRole);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), 4);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const QList<qint64> tagged = f.store.statementIdsWithTag(QStringLiteral("industry"));
    proxy.setAllowedIds(QSet<qint64>(tagged.cbegin(), tagged.cend()));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(StatementTableModel::StatementIdRole).toLongLong(), f.statements1.at(0));
    QCOMPARE(f.store.articleIdsWithTag(QStringLiteral("industry")), QList<qint64> { f.article1 });

    // The note shows in its column; a codebook rename reloads the tags shown.
    proxy.setAllowedIds(std::nullopt);
    QCOMPARE(proxy.rowCount(), 4);
    const int noteRow = model.rowOf(f.statements1.at(1));
    QCOMPARE(model.index(noteRow, StatementTableModel::NoteColumn).data().toString(),
        QStringLiteral("Paraphrase?"));
    QUndoStack stack;
    stack.push(new EditTagCommand(
        &f.store, f.tagId(QStringLiteral("industry")), QStringLiteral("defence industry"), QString()));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.index(model.rowOf(f.statements1.at(0)), StatementTableModel::TagsColumn).data().toString(),
        QStringLiteral("defence industry"));
}

QTEST_MAIN(TestCuration)
#include "tst_curation.moc"
