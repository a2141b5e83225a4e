#include "app/MainWindow.h"
#include "app/StoreCheckAction.h"
#include "core/store/Store.h"
#include "views/dialogs/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ql;

// Issue 17: File ▸ Check Store reads the whole store on a worker thread, with progress and Cancel,
// and says in a message box whether it found damage. QL_SHOTS=DIR saves screenshots there.
class TestStoreCheckAction : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void soundStoreInTheWindow();
    void damageIsShown();

private:
    QString fill(Store& store, int articles);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStoreCheckAction::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestStoreCheckAction::fill(Store& store, int articles)
{
    const QString path = m_dir->filePath(QStringLiteral("window.qlstore"));
    if (store.open(path).isError())
        return QString();
    for (int i = 0; i < articles; ++i) {
        Article a;
        a.title = QStringLiteral("Defence article %1").arg(i);
        a.format = QStringLiteral("text");
        a.published = QDate(2024, 1, 1).addDays(i);
        a.text = QStringLiteral("\u201cWe will spend more on defence,\u201d the minister said in report %1. ")
                     .arg(i)
                     .repeated(30);
        a.original = a.text.toUtf8();
        a.contentHash = QCryptographicHash::hash(a.original, QCryptographicHash::Sha256).toHex();
        Extraction e;
        Statement s;
        s.text = QStringLiteral("We will spend more on defence, report %1.").arg(i);
        s.start = 1;
        s.end = 30;
        s.speaker = QStringLiteral("A. Minister");
        s.saidOn = a.published;
        e.statements << s;
        if (store.importArticle(a, e).error.isError())
            return QString();
    }
    return path;
}

void TestStoreCheckAction::soundStoreInTheWindow()
{
    Store store;
    QVERIFY(!fill(store, 40).isEmpty());
    MainWindow window(&store);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* check = window.findChild<StoreCheckAction*>();
    QVERIFY(check);
    // It sits in the File menu, enabled for an open store file.
    QMenu* file = nullptr;
    for (QAction* a : window.menuBar()->actions())
        if (a->menu() && a->text().remove(QLatin1Char('&')) == QLatin1String("File"))
            file = a->menu();
    QVERIFY(file);
    QVERIFY(file->actions().contains(check->action()));
    QVERIFY(check->action()->isEnabled());

    const QString shots = qEnvironmentVariable("QL_SHOTS");
    if (!shots.isEmpty()) {
        file->popup(window.mapToGlobal(QPoint(0, window.menuBar()->height())));
        QTest::qWait(200);
        QPixmap shot = window.grab();
        QPainter painter(&shot);
        painter.drawPixmap(
            file->mapTo(&window, QPoint(0, 0)) - window.mapTo(&window, QPoint(0, 0)), file->grab());
        painter.end();
        shot.save(QDir(shots).filePath(QStringLiteral("check-store-menu.png")));
        file->hide();
    }

    QSignalSpy finished(check, &StoreCheckAction::finished);
    check->action()->trigger();
    QVERIFY(check->isRunning());
    QVERIFY(!check->action()->isEnabled()); // one check at a time
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), false); // not damaged
    QCOMPARE(finished.first().at(1).toBool(), false); // not cancelled
    QVERIFY(check->action()->isEnabled());
    QMessageBox* box = nullptr;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* b = qobject_cast<QMessageBox*>(w); b && b->isVisible())
            box = b;
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("No damage found")));
    if (!shots.isEmpty()) {
        QTest::qWait(100);
        box->grab().save(QDir(shots).filePath(QStringLiteral("check-store-result.png")));
        window.grab().save(QDir(shots).filePath(QStringLiteral("check-store-window.png")));
    }
    box->close();
}

void TestStoreCheckAction::damageIsShown()
{
    Store store;
    const QString path = fill(store, 300);
    QVERIFY(!path.isEmpty());
    QMainWindow window;
    auto* check = new StoreCheckAction(&window, &store);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2 / 4096 * 4096);
        f.write(QByteArray(3 * 4096, '\x5a'));
    }
    QSignalSpy finished(check, &StoreCheckAction::finished);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    check->action()->trigger();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(finished.first().at(2).toString().contains(QStringLiteral("is damaged")));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("The store is damaged")),
        qPrintable(MessageBox::lastText()));
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

QTEST_MAIN(TestStoreCheckAction)
#include "tst_storecheckaction.moc"
