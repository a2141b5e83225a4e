#include "app/CurationActions.h"
#include "app/DemoCorpus.h"
#include "app/MainWindow.h"
#include "core/store/Store.h"
#include "core/store/testing/StoreDump.h"
#include "models/library/ArticleListModel.h"
#include "models/library/StatementTableModel.h"
#include "models/timeline/TimelineFilterProxy.h"
#include "models/timeline/TimelineModel.h"
#include "views/dialogs/AddStatementDialog.h"
#include "views/dialogs/SpeakersDialog.h"
#include "views/dialogs/TagsDialog.h"
#include "views/reader/ArticleReader.h"
#include "views/timeline/TimelinePanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace ql;

namespace {

// Answers the next modal dialog (an input dialog or the add-statement dialog) once it is shown.
void answerNextDialog(std::function<void(QDialog*)> answer)
{
    QTimer::singleShot(0, qApp, [answer] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            answerNextDialog(answer); // not up yet
            return;
        }
        answer(dialog);
    });
}

QAction* actionNamed(const MainWindow& window, const char* name)
{
    return window.findChild<QAction*>(QLatin1String(name));
}

// The family tables are the variant-family index's: after an undo it places the restored
// statements again itself (tst_curation checks the store puts them back exactly).
QStringList dumpWithoutFamilies(const QString& path)
{
    QStringList rows = test::dumpStore(path);
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                   [](const QString& r) {
                       return r.startsWith(QLatin1String("statement_families|"))
                           || r.startsWith(QLatin1String("store_meta|"));
                   }),
        rows.end());
    return rows;
}

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(10);
    }
}

// Screenshots for the description, when QL_SHOTS_DIR names a folder.
void shoot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("QL_SHOTS_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

} // namespace

// The curation edits of issue 14 driven through the window offscreen.
class TestCurationWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addStatementFromReaderSelection();
    void moveStatementSpanToSelection();
    void deleteSelectedArticlesWithDeleteKey();
    void mergeSpeakersInTheDialog();
    void bulkEditSelectedStatements();
    void tagCodebookAndFilter();
    void notesAreShown();

private:
    QTemporaryDir m_dir;
    QString m_template;
    QString m_storePath;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestCurationWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("QuotelineCurationTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(
        QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    m_template = m_dir.filePath(QStringLiteral("template.qlstore"));
    Store store;
    QVERIFY(!store.open(m_template).isError());
    QCOMPARE(DemoCorpus::loadInto(store), 5);
}

void TestCurationWindow::init()
{
    // Each test edits its own copy of the demo store.
    m_storePath
        = m_dir.filePath(QStringLiteral("%1.qlstore").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_storePath);
    QVERIFY(QFile::copy(m_template, m_storePath));
    m_store = std::make_unique<Store>();
    m_window = std::make_unique<MainWindow>(m_store.get());
    m_window->resize(1280, 800);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openStore(m_storePath));
    settle();
}

void TestCurationWindow::cleanup()
{
    m_window.reset();
    m_store.reset();
}

void TestCurationWindow::addStatementFromReaderSelection()
{
    MainWindow& w = *m_window;
    const auto hits = m_store->search(QStringLiteral("firm orders"));
    QVERIFY(!hits.isEmpty());
    w.selectArticle(hits.first().articleId);
    settle();
    const QString text = m_store->article(w.currentArticleId())->text;
    // A sentence the extractor did not take as a statement, selected with a blank on each side.
    const QString words = QStringLiteral("firm orders");
    const int at = int(text.indexOf(words));
    QVERIFY(at > 0);
    const QStringList before = dumpWithoutFamilies(m_storePath);
    const int rowsBefore = w.statementView()->model()->rowCount();
    const int highlightsBefore = int(w.reader()->extraSelections().size());

    QTextCursor c(w.reader()->document());
    c.setPosition(at - 1);
    c.setPosition(at + int(words.size()) + 1, QTextCursor::KeepAnchor);
    w.reader()->setTextCursor(c);
    w.reader()->setFocus();
    QVERIFY(actionNamed(w, "addStatementAction")->isEnabled());
    answerNextDialog([](QDialog* d) {
        auto* dialog = qobject_cast<AddStatementDialog*>(d);
        QVERIFY(dialog);
        dialog->setSpeaker(QStringLiteral("Ada Analyst"));
        dialog->setKind(StatementKind::Paraphrase);
        dialog->setWindow(QDate(2024, 2, 1), QDate(2024, 2, 2));
        dialog->setTags({ QStringLiteral("orders") });
        shoot(dialog, QStringLiteral("add-statement-dialog"));
        dialog->accept();
    });
    // The shortcut works where the context menu offers the action: in the reader.
    QTest::keyClick(w.reader(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    settle();

    QCOMPARE(w.statementView()->model()->rowCount(), rowsBefore + 1);
    const QModelIndex current = w.statementView()->currentIndex();
    QVERIFY(current.isValid());
    const qint64 id = current.data(StatementTableModel::StatementIdRole).toLongLong();
    const auto row = m_store->statementRow(id);
    QVERIFY(row);
    QCOMPARE(row->statement.start, at); // the blanks around the selection are left out
    QCOMPARE(row->statement.end, at + int(words.size()));
    QCOMPARE(row->statement.text, words);
    QCOMPARE(row->statement.speaker, QStringLiteral("Ada Analyst"));
    QCOMPARE(row->statement.said.from, QDate(2024, 2, 1));
    QCOMPARE(row->tags, QStringList { QStringLiteral("orders") });
    QCOMPARE(int(w.reader()->extraSelections().size()), highlightsBefore + 1);
    shoot(&w, QStringLiteral("add-statement-result"));

    w.undoStack()->undo();
    settle();
    QCOMPARE(w.statementView()->model()->rowCount(), rowsBefore);
    QCOMPARE(dumpWithoutFamilies(m_storePath), before);
}

void TestCurationWindow::moveStatementSpanToSelection()
{
    MainWindow& w = *m_window;
    w.selectArticle(w.articleView()->model()->index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong());
    settle();
    QTableView* table = w.statementView();
    QVERIFY(table->model()->rowCount() > 0);
    table->setCurrentIndex(table->model()->index(0, 0));
    const qint64 id = table->currentIndex().data(StatementTableModel::StatementIdRole).toLongLong();
    const auto old = m_store->statementRow(id);
    const QStringList before = dumpWithoutFamilies(m_storePath);
    // One word more than the stored span.
    const int start = old->statement.start;
    const QString text = m_store->article(w.currentArticleId())->text;
    int end = old->statement.end + 1;
    while (end < text.size() && !text.at(end).isSpace())
        ++end;
    QTextCursor c(w.reader()->document());
    c.setPosition(start);
    c.setPosition(end, QTextCursor::KeepAnchor);
    w.reader()->setTextCursor(c);
    QVERIFY(actionNamed(w, "setSpanAction")->isEnabled());
    actionNamed(w, "setSpanAction")->trigger();
    settle();
    const auto moved = m_store->statementRow(id);
    QCOMPARE(moved->statement.start, start);
    QCOMPARE(moved->statement.end, end);
    QCOMPARE(moved->statement.text, text.mid(start, end - start));
    w.undoStack()->undo();
    settle();
    QCOMPARE(dumpWithoutFamilies(m_storePath), before);
}

void TestCurationWindow::deleteSelectedArticlesWithDeleteKey()
{
    MainWindow& w = *m_window;
    QTableView* library = w.articleView();
    QCOMPARE(library->model()->rowCount(), 5);
    const QStringList before = dumpWithoutFamilies(m_storePath);
    const int statementsBefore = m_store->statementCount();
    library->setFocus();
    library->setCurrentIndex(library->model()->index(1, 0));
    library->selectionModel()->select(
        library->model()->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(library->selectionModel()->selectedRows().size(), 2);
    const int undoBefore = w.undoStack()->count();
    QTest::keyClick(library, Qt::Key_Delete);
    settle();
    QCOMPARE(library->model()->rowCount(), 3);
    QCOMPARE(w.undoStack()->count(), undoBefore + 1);
    QVERIFY(m_store->statementCount() < statementsBefore);
    shoot(&w, QStringLiteral("delete-articles-result"));
    w.undoStack()->undo();
    settle();
    QCOMPARE(library->model()->rowCount(), 5);
    QCOMPARE(m_store->statementCount(), statementsBefore);
    QCOMPARE(dumpWithoutFamilies(m_storePath), before);
}

void TestCurationWindow::mergeSpeakersInTheDialog()
{
    MainWindow& w = *m_window;
    const QList<SpeakerRecord> speakers = m_store->speakerRecords();
    QVERIFY(speakers.size() >= 2);
    const SpeakerRecord from = speakers.at(0);
    const SpeakerRecord into = speakers.at(1);
    const QStringList before = dumpWithoutFamilies(m_storePath);
    actionNamed(w, "speakersAction")->trigger();
    auto* dialog = w.findChild<SpeakersDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->table()->rowCount(), speakers.size());
    QCOMPARE(dialog->table()->item(0, 1)->text(), QString::number(from.statementCount));
    dialog->selectSpeaker(from.id);
    shoot(dialog, QStringLiteral("speakers-dialog"));
    answerNextDialog([into](QDialog* d) {
        auto* input = qobject_cast<QInputDialog*>(d);
        QVERIFY(input);
        input->setTextValue(into.name);
        input->accept();
    });
    dialog->findChild<QPushButton*>(QStringLiteral("mergeSpeaker"))->click();
    settle();
    QCOMPARE(dialog->table()->rowCount(), speakers.size() - 1);
    const auto kept = m_store->speakerRecord(into.id);
    QVERIFY(kept);
    QCOMPARE(kept->statementCount, into.statementCount + from.statementCount);
    QVERIFY(kept->aliases.contains(from.name));
    shoot(dialog, QStringLiteral("speakers-dialog-merged"));
    w.undoStack()->undo();
    settle();
    QCOMPARE(dialog->table()->rowCount(), speakers.size());
    QCOMPARE(dumpWithoutFamilies(m_storePath), before);
    dialog->close();
}

void TestCurationWindow::bulkEditSelectedStatements()
{
    MainWindow& w = *m_window;
    w.selectArticle(w.articleView()->model()->index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong());
    settle();
    QTableView* table = w.statementView();
    const int rows = table->model()->rowCount();
    QVERIFY(rows >= 2);
    const QStringList before = dumpWithoutFamilies(m_storePath);
    table->setFocus();
    table->selectAll();
    QCOMPARE(w.curation()->selectedStatementIds().size(), rows);
    const int undoBefore = w.undoStack()->count();

    answerNextDialog([](QDialog* d) {
        auto* input = qobject_cast<QInputDialog*>(d);
        QVERIFY(input);
        input->setTextValue(QStringLiteral("Jo Bulk"));
        input->accept();
    });
    actionNamed(w, "setSpeakerAction")->trigger();
    settle();
    for (int r = 0; r < rows; ++r)
        QCOMPARE(table->model()->index(r, StatementTableModel::SpeakerColumn).data().toString(),
            QStringLiteral("Jo Bulk"));
    QCOMPARE(w.undoStack()->count(), undoBefore + 1);

    table->selectAll();
    answerNextDialog([](QDialog* d) {
        auto* input = qobject_cast<QInputDialog*>(d);
        QVERIFY(input);
        input->setTextValue(QStringLiteral("bulk theme"));
        input->accept();
    });
    actionNamed(w, "addTagAction")->trigger();
    settle();
    for (int r = 0; r < rows; ++r)
        QVERIFY(table->model()
                    ->index(r, StatementTableModel::TagsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("bulk theme")));
    QCOMPARE(w.undoStack()->count(), undoBefore + 2);
    shoot(&w, QStringLiteral("bulk-edit-result"));

    // Deleting them all is one step as well.
    table->selectAll();
    actionNamed(w, "deleteStatementsAction")->trigger();
    settle();
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(w.undoStack()->count(), undoBefore + 3);
    for (int i = 0; i < 3; ++i)
        w.undoStack()->undo();
    settle();
    QCOMPARE(table->model()->rowCount(), rows);
    QCOMPARE(dumpWithoutFamilies(m_storePath), before);
}

void TestCurationWindow::tagCodebookAndFilter()
{
    MainWindow& w = *m_window;
    CurationActions* curation = w.curation();
    // Tag the statements of one article, then filter everything by that tag.
    const qint64 article
        = w.articleView()->model()->index(2, 0).data(ArticleListModel::ArticleIdRole).toLongLong();
    w.selectArticle(article);
    settle();
    w.statementView()->selectAll();
    const QList<qint64> ids = curation->selectedStatementIds();
    QVERIFY(!ids.isEmpty());
    curation->tagStatements(ids, QStringLiteral("deterrence"), true);
    settle();

    actionNamed(w, "tagsAction")->trigger();
    auto* dialog = w.findChild<TagsDialog*>();
    QVERIFY(dialog);
    answerNextDialog([](QDialog* d) {
        auto* input = qobject_cast<QInputDialog*>(d);
        QVERIFY(input);
        input->setTextValue(QStringLiteral("procurement"));
        input->accept();
    });
    dialog->findChild<QPushButton*>(QStringLiteral("newTag"))->click();
    settle();
    auto find = [&](const QString& name) {
        for (const TagRecord& t : m_store->tagRecords())
            if (t.name == name)
                return t;
        return TagRecord();
    };
    QCOMPARE(find(QStringLiteral("procurement")).statementCount, 0);
    QCOMPARE(find(QStringLiteral("deterrence")).statementCount, int(ids.size()));
    curation->editTag(
        find(QStringLiteral("deterrence")).id, QStringLiteral("deterrence"), QStringLiteral("#b03a48"));
    settle();
    QCOMPARE(dialog->table()->rowCount(), int(m_store->tagRecords().size()));
    shoot(dialog, QStringLiteral("tags-dialog"));
    dialog->close();

    auto* filter = w.findChild<QComboBox*>(QStringLiteral("tagFilter"));
    QVERIFY(filter);
    const int index = filter->findText(QStringLiteral("deterrence"));
    QVERIFY(index > 0);
    filter->setCurrentIndex(index);
    settle();
    QCOMPARE(w.articleView()->model()->rowCount(), 1);
    QCOMPARE(
        w.articleView()->model()->index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong(), article);
    QCOMPARE(w.statementView()->model()->rowCount(), int(ids.size()));
    // The timeline shows the tagged statements only.
    QAbstractItemModel* timeline = w.timelinePanel()->filter();
    QVERIFY(timeline->rowCount() > 0);
    for (int r = 0; r < timeline->rowCount(); ++r)
        QVERIFY(ids.contains(timeline->index(r, 0).data(TimelineModel::StatementIdRole).toLongLong()));
    shoot(&w, QStringLiteral("tag-filter"));
    filter->setCurrentIndex(0);
    settle();
    QCOMPARE(w.articleView()->model()->rowCount(), 5);
}

void TestCurationWindow::notesAreShown()
{
    MainWindow& w = *m_window;
    const qint64 article
        = w.articleView()->model()->index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong();
    w.selectArticle(article);
    settle();
    QVERIFY(w.reader()->noteNotice().isEmpty());
    w.curation()->setNote(
        Store::NoteTarget::Article, article, QStringLiteral("Compare with the ministry's release."));
    settle();
    QVERIFY(w.reader()->noteNotice().contains(QStringLiteral("ministry's release")));
    const qint64 statement
        = w.statementView()->model()->index(0, 0).data(StatementTableModel::StatementIdRole).toLongLong();
    w.curation()->setNote(Store::NoteTarget::Statement, statement, QStringLiteral("Quoted again in May"));
    settle();
    QCOMPARE(w.statementView()->model()->index(0, StatementTableModel::NoteColumn).data().toString(),
        QStringLiteral("Quoted again in May"));
    shoot(&w, QStringLiteral("notes"));
    w.undoStack()->undo();
    w.undoStack()->undo();
    settle();
    QVERIFY(w.reader()->noteNotice().isEmpty());
}

QTEST_MAIN(TestCurationWindow)
#include "tst_curationwindow.moc"
