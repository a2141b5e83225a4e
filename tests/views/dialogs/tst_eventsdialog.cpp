#include "app/MainWindow.h"
#include "core/analysis/extraction/EventCalendar.h"
#include "core/analysis/extraction/Extractor.h"
#include "core/store/EventTable.h"
#include "core/store/Store.h"
#include "core/store/testing/StoreDump.h"
#include "models/commands/RedatingRunner.h"
#include "views/dialogs/EventsDialog.h"
#include "views/dialogs/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace ql;

// Edit ▸ Events driven offscreen: rows added, edited and removed, OK as one undoable step, bad rows
// refused with a message that says what is wrong.
class TestEventsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addEditDelete();
    void badRowsAreRefused_data();
    void badRowsAreRefused();
    void okPushesOneUndoableCommand();
    void refusedEditChangesNothing();

private:
    QString makeStore(const QString& name);

    QTemporaryDir m_dir;
};

namespace {

enum Column { NameColumn, AliasesColumn, PlaceColumn, StartColumn, EndColumn, KindColumn, FixedColumn };

QList<CalendarEvent> twoEvents()
{
    return {
        { 11, QStringLiteral("Harbour Forum"), { QStringLiteral("Harbour Forum") }, QStringLiteral("Gdansk"),
            QDate(2024, 3, 5), QDate(2024, 3, 6), QStringLiteral("forum"), false },
        { 12, QStringLiteral("Lakeside Talks"),
            { QStringLiteral("Lakeside Talks"), QStringLiteral("the talks") }, QStringLiteral("Lucerne"),
            QDate(2023, 6, 1), QDate(2023, 6, 2), QStringLiteral("meeting"), true },
    };
}

QPushButton* button(QDialog* dialog, const QString& text)
{
    for (QPushButton* b : dialog->findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}

QPushButton* okButton(QDialog* dialog)
{
    auto* box = dialog->findChild<QDialogButtonBox*>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

void setCell(QTableWidget* table, int row, int column, const QString& text)
{
    if (QTableWidgetItem* item = table->item(row, column))
        item->setText(text);
    else
        table->setItem(row, column, new QTableWidgetItem(text));
}

// Adds a row with the Add Row button and types the event into it.
void addEvent(EventsDialog* dialog, const QStringList& cells)
{
    QTableWidget* table = dialog->table();
    QPushButton* add = button(dialog, EventsDialog::tr("Add Row"));
    QVERIFY(add);
    const int rows = table->rowCount();
    add->click();
    QCOMPARE(table->rowCount(), rows + 1);
    QCOMPARE(table->currentRow(), rows);
    for (int c = 0; c < cells.size(); ++c)
        setCell(table, rows, c, cells.at(c));
}

void removeRow(EventsDialog* dialog, int row)
{
    QPushButton* remove = button(dialog, EventsDialog::tr("Remove Row"));
    QVERIFY(remove);
    dialog->table()->setCurrentCell(row, NameColumn);
    remove->click();
}

// Runs `drive` on the Events dialog once the window has it open (exec() blocks until it closes).
void whenEventsDialogOpens(std::function<void(EventsDialog*)> drive)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, drive] {
        auto* dialog = qobject_cast<EventsDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        drive(dialog);
    });
    timer->start();
}

QAction* eventsAction(MainWindow& window)
{
    for (QAction* a : window.findChildren<QAction*>())
        if (a->text() == MainWindow::tr("E&vents…"))
            return a;
    return nullptr;
}

} // namespace

void TestEventsDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("QuotelineEventsTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(
        QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

QString TestEventsDialog::makeStore(const QString& name)
{
    const QString path = m_dir.filePath(name);
    Store store;
    if (store.open(path).isError())
        return {};
    Article a;
    a.title = QStringLiteral("Shipyards at the forum");
    a.publisher = QStringLiteral("Test Wire");
    a.published = QDate(2024, 3, 14);
    a.format = QStringLiteral("text");
    a.language = QStringLiteral("en");
    a.text = QStringLiteral("Shipyards at the forum\n\nVera Kolar spoke at the Harbour Forum in Gdansk. "
                            "\"Factories need orders for the next ten years,\" she said.");
    a.original = a.text.toUtf8();
    a.contentHash = QCryptographicHash::hash(a.original, QCryptographicHash::Sha256).toHex();
    if (store.importArticle(a, Extractor().extract(a)).error.isError())
        return {};
    return path;
}

void TestEventsDialog::addEditDelete()
{
    EventsDialog dialog(twoEvents());
    dialog.show();
    QTableWidget* table = dialog.table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, AliasesColumn)->text(), QStringLiteral("Lakeside Talks; the talks"));

    addEvent(&dialog,
        { QStringLiteral("River Conference"), QStringLiteral("River Conference; the conference in Passau"),
            QStringLiteral("Passau"), QStringLiteral("2025-02-14"), QStringLiteral("2025-02-16"),
            QStringLiteral("conference") });
    setCell(table, 0, EndColumn, QStringLiteral("2024-03-07")); // the forum ran a day longer
    removeRow(&dialog, 1);
    QCOMPARE(table->rowCount(), 2);

    okButton(&dialog)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<CalendarEvent> events = dialog.events();
    QCOMPARE(events.size(), 2);
    CalendarEvent forum = twoEvents().first();
    forum.end = QDate(2024, 3, 7);
    QVERIFY(events.at(0) == forum); // the stored row's id kept: an edit, not a new event
    const CalendarEvent& river = events.at(1);
    QCOMPARE(river.id, 0);
    QCOMPARE(river.name, QStringLiteral("River Conference"));
    QCOMPARE(river.aliases,
        (QStringList { QStringLiteral("River Conference"), QStringLiteral("the conference in Passau") }));
    QCOMPARE(river.place, QStringLiteral("Passau"));
    QCOMPARE(river.start, QDate(2025, 2, 14));
    QCOMPARE(river.end, QDate(2025, 2, 16));
    QCOMPARE(river.kind, QStringLiteral("conference"));
    QVERIFY(!river.fixedVenue);
}

void TestEventsDialog::badRowsAreRefused_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QString>("message");
    QTest::newRow("last day before the first")
        << QStringList { QStringLiteral("River Conference"), QString(), QString(),
               QStringLiteral("2025-02-14"), QStringLiteral("2025-02-12") }
        << QStringLiteral("Row 3: the last day, 2025-02-12, is before the first day, 2025-02-14.");
    QTest::newRow("first day not a date")
        << QStringList { QStringLiteral("River Conference"), QString(), QString(),
               QStringLiteral("14/02/2025"), QStringLiteral("2025-02-16") }
        << QStringLiteral("Row 3: the first day “14/02/2025” is not a date: write it YYYY-MM-DD.");
    QTest::newRow("no such day") << QStringList {
        QStringLiteral("River Conference"), QString(), QString(), QStringLiteral("2025-02-14"),
        QStringLiteral("2025-02-30")
    } << QStringLiteral("Row 3: the last day “2025-02-30” is not a date: write it YYYY-MM-DD.");
    QTest::newRow("no last day") << QStringList {
        QStringLiteral("River Conference"), QString(), QString(), QStringLiteral("2025-02-14")
    } << QStringLiteral("Row 3: “River Conference” needs a first and a last day (YYYY-MM-DD).");
    QTest::newRow("no name") << QStringList { QString(), QStringLiteral("the river talks"), QString(),
        QStringLiteral("2025-02-14"), QStringLiteral("2025-02-16") }
                             << QStringLiteral("Row 3: the event needs a name.");
}

void TestEventsDialog::badRowsAreRefused()
{
    QFETCH(QStringList, cells);
    QFETCH(QString, message);
    EventsDialog dialog(twoEvents());
    dialog.show();
    addEvent(&dialog, cells);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    okButton(&dialog)->click();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    QCOMPARE(MessageBox::lastText(), message);
    QVERIFY(dialog.isVisible()); // still open, for the analyst to correct the row
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.events().isEmpty());
    QCOMPARE(dialog.table()->currentRow(), 2);
}

void TestEventsDialog::okPushesOneUndoableCommand()
{
    const QString path = makeStore(QStringLiteral("events-ok.qlstore"));
    QVERIFY(!path.isEmpty());
    Store store;
    MainWindow window(&store);
    window.show();
    QVERIFY(window.openStore(path));
    const QStringList before = test::dumpStore(path);
    const int seeded = int(EventTable::currentEvents(store).size());
    QVERIFY(seeded > 2);
    const CalendarEvent firstSeed = EventTable::currentEvents(store).first();
    const int commands = window.undoStack()->count();

    QAction* action = eventsAction(window);
    QVERIFY(action);
    bool driven = false;
    whenEventsDialogOpens([&](EventsDialog* dialog) {
        QCOMPARE(dialog->table()->rowCount(), seeded);
        addEvent(dialog,
            { QStringLiteral("Harbour Forum"), QStringLiteral("Harbour Forum"), QStringLiteral("Gdansk"),
                QStringLiteral("2024-03-11"), QStringLiteral("2024-03-12"), QStringLiteral("forum") });
        setCell(dialog->table(), 0, KindColumn, QStringLiteral("edited kind"));
        removeRow(dialog, 1);
        driven = true;
        okButton(dialog)->click();
    });
    action->trigger();
    QVERIFY(driven);
    auto* runner = window.findChild<RedatingRunner*>();
    QVERIFY(runner);
    runner->waitForIdle();

    QCOMPARE(window.undoStack()->count(), commands + 1);
    const QList<CalendarEvent> stored = store.events();
    QCOMPARE(stored.size(), seeded); // one added, one removed
    QCOMPARE(stored.first().name, firstSeed.name);
    QCOMPARE(stored.first().kind, QStringLiteral("edited kind"));
    const Statement s = store.statementRows(0, 0, 10).first().statement;
    QCOMPARE(s.said.from, QDate(2024, 3, 11));
    QCOMPARE(s.said.to, QDate(2024, 3, 12));
    const QStringList after = test::dumpStore(path);
    QVERIFY(after != before);

    window.undoStack()->undo();
    QCOMPARE(test::dumpStore(path), before);
    window.undoStack()->redo();
    QCOMPARE(test::dumpStore(path), after);
    window.undoStack()->undo();
    QCOMPARE(test::dumpStore(path), before);
}

void TestEventsDialog::refusedEditChangesNothing()
{
    const QString path = makeStore(QStringLiteral("events-bad.qlstore"));
    QVERIFY(!path.isEmpty());
    Store store;
    MainWindow window(&store);
    window.show();
    QVERIFY(window.openStore(path));
    const QStringList before = test::dumpStore(path);
    const int commands = window.undoStack()->count();

    QString told;
    bool stillOpen = false;
    whenEventsDialogOpens([&](EventsDialog* dialog) {
        addEvent(dialog,
            { QStringLiteral("Harbour Forum"), QStringLiteral("Harbour Forum"), QStringLiteral("Gdansk"),
                QStringLiteral("2024-03-12"), QStringLiteral("2024-03-11"), QStringLiteral("forum") });
        MessageBox::setNextAnswer(QMessageBox::Ok);
        okButton(dialog)->click();
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        told = MessageBox::lastText();
        stillOpen = dialog->isVisible();
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
    });
    eventsAction(window)->trigger();
    if (auto* runner = window.findChild<RedatingRunner*>())
        runner->waitForIdle();

    QVERIFY(stillOpen);
    QVERIFY2(told.contains(QStringLiteral("the last day, 2024-03-11, is before the first day, 2024-03-12")),
        qPrintable(told));
    QCOMPARE(window.undoStack()->count(), commands);
    QCOMPARE(test::dumpStore(path), before);
}

QTEST_MAIN(TestEventsDialog)
#include "tst_eventsdialog.moc"
