#include "app/MainWindow.h"
#include "core/store/Store.h"
#include "core/store/testing/StoreDump.h"
#include "views/dialogs/ArticlePropertiesDialog.h"
#include "views/dialogs/ExportStatementsDialog.h"
#include "views/dialogs/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace ql;

// The window's side of issue 14's export half, driven offscreen: File ▸ Export Statements…,
// Edit ▸ Copy with Citation, and the publisher in Article Properties (undoable).
class TestExportWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dialogCountsAndWrites();
    void copyWithCitation();
    void publisherEditIsUndoable();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_article = 0;
};

namespace {

// Written for this test.
const QString kText
    = QStringLiteral("Forum opens\n\n\"There is no security without industry,\" said Vera Kolar.\n\n"
                     "\"Orders must come first,\" said Ivo Marek.");

Statement quote(const QString& text, const QString& speaker)
{
    Statement s;
    s.start = int(kText.indexOf(text));
    s.end = s.start + int(text.size());
    s.text = text;
    s.speaker = speaker;
    s.kind = StatementKind::Transcript;
    s.said.from = s.said.to = QDate(2023, 9, 29);
    s.saidOn = s.said.to;
    return s;
}

} // namespace

void TestExportWindow::init()
{
    m_store = std::make_unique<Store>();
    QVERIFY(!m_store->open(m_dir.filePath(QStringLiteral("window.qlstore"))).isError());
    Article a;
    a.title = QStringLiteral("Forum opens");
    a.publisher = QStringLiteral("NATO");
    a.sourceUrl = QStringLiteral("https://example.org/forum");
    a.published = QDate(2023, 9, 29);
    a.format = QStringLiteral("text");
    a.text = kText;
    a.original = kText.toUtf8();
    a.contentHash = QByteArray(64, 'c');
    Extraction e;
    e.statements << quote(
        QStringLiteral("There is no security without industry,"), QStringLiteral("Vera Kolar"))
                 << quote(QStringLiteral("Orders must come first,"), QStringLiteral("Ivo Marek"));
    const auto outcome = m_store->importArticle(a, e);
    QVERIFY(!outcome.error.isError());
    m_article = outcome.articleId;
    QVERIFY(
        !m_store
             ->addTag(m_store->statementRows(m_article, 0, 2).at(0).statement.id, QStringLiteral("industry"))
             .isError());
}

void TestExportWindow::cleanup()
{
    m_store.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("window.qlstore")));
}

void TestExportWindow::dialogCountsAndWrites()
{
    ExportStatementsDialog dialog(m_store.get(), {});
    QCOMPARE(dialog.pendingCount(), 2);
    QVERIFY(dialog.countLabel()->text().contains(QStringLiteral("2")));
    QVERIFY(!dialog.selectedButton()->isEnabled()); // nothing selected
    dialog.tagBox()->setCurrentIndex(dialog.tagBox()->findData(QStringLiteral("industry")));
    QCOMPARE(dialog.pendingCount(), 1);
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(ExportFormat::Ris)));
    QVERIFY(dialog.path().endsWith(QStringLiteral(".ris")));
    QVERIFY(!dialog.bomBox()->isEnabled());
    const QString path = m_dir.filePath(QStringLiteral("out.ris"));
    dialog.setPath(path);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString ris = QString::fromUtf8(file.readAll());
    QCOMPARE(ris.count(QStringLiteral("ER  - ")), 1);
    QVERIFY(ris.contains(QStringLiteral("AU  - Vera Kolar\r\n")));
    QVERIFY(ris.contains(QStringLiteral("KW  - industry\r\n")));

    // A period that ends before it starts is refused with a message, and nothing is written.
    ExportStatementsDialog again(m_store.get(), {});
    again.fromBox()->setChecked(true);
    again.toBox()->setChecked(true);
    again.fromEdit()->setDate(QDate(2024, 1, 2));
    again.toEdit()->setDate(QDate(2024, 1, 1));
    const QString other = m_dir.filePath(QStringLiteral("other.csv"));
    again.setPath(other);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    again.accept();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("ends before it starts")));
    QVERIFY(!QFile::exists(other));
}

void TestExportWindow::copyWithCitation()
{
    MainWindow window(m_store.get());
    window.selectArticle(m_article);
    QTableView* view = window.statementView();
    QVERIFY(view->model()->rowCount() >= 1);
    view->setCurrentIndex(view->model()->index(0, 0));
    view->selectRow(0);
    QAction* cite = window.findChild<QAction*>(QStringLiteral("copyCitationAction"));
    QVERIFY(cite);
    QCOMPARE(cite->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    QGuiApplication::clipboard()->clear();
    cite->trigger();
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    const QString text = mime->text();
    QVERIFY2(text.startsWith(QStringLiteral("“")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("” — ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("29 Sep 2023 (NATO, transcript)")), qPrintable(text));
    QVERIFY(mime->hasHtml());
    QVERIFY(mime->html().contains(QStringLiteral("<a href=\"https://example.org/forum\">")));
}

void TestExportWindow::publisherEditIsUndoable()
{
    MainWindow window(m_store.get());
    window.selectArticle(m_article);
    const QStringList before = test::dumpStore(m_store->path());
    const auto summary = m_store->articleSummary(m_article);
    QVERIFY(summary.has_value());
    ArticlePropertiesDialog dialog(*summary);
    QCOMPARE(dialog.publisherEdit()->text(), QStringLiteral("NATO"));
    dialog.publisherEdit()->setText(QStringLiteral("  NATO   Public Diplomacy "));
    QCOMPARE(dialog.publisher(), QStringLiteral("NATO Public Diplomacy"));
    QCOMPARE(dialog.published(), QDate(2023, 9, 29));

    // Through the window: Edit ▸ Article Properties, answered by a dialog the test fills in.
    QTimer::singleShot(0, [] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* d = qobject_cast<ArticlePropertiesDialog*>(w)) {
                d->publisherEdit()->setText(QStringLiteral("NATO Public Diplomacy"));
                d->accept();
            }
        }
    });
    QAction* properties = nullptr;
    for (QAction* a : window.findChildren<QAction*>()) {
        if (a->text() == QStringLiteral("Article &Properties…"))
            properties = a;
    }
    QVERIFY(properties);
    properties->trigger();
    QCOMPARE(m_store->articleSummary(m_article)->publisher, QStringLiteral("NATO Public Diplomacy"));
    QCOMPARE(window.undoStack()->count(), 1);
    window.undoStack()->undo();
    QCOMPARE(m_store->articleSummary(m_article)->publisher, QStringLiteral("NATO"));
    QCOMPARE(test::dumpStore(m_store->path()), before);
    window.undoStack()->redo();
    QCOMPARE(m_store->articleSummary(m_article)->publisher, QStringLiteral("NATO Public Diplomacy"));
}

QTEST_MAIN(TestExportWindow)
#include "tst_exportwindow.moc"
