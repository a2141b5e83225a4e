// Links from the browser, end to end and offscreen: a link dropped on the main window or the
// wizard, or pasted (Edit ▸ Paste, the paste box), is fetched from a real HTTP server on
// 127.0.0.1 started by the test, read, reviewed and stored with its address as source; a
// dragged selection is read without fetching; Cancel stops a fetch and the window stays live.
#include "app/MainWindow.h"
#include "core/store/Store.h"
#include "models/edits/StoreEdits.h"
#include "models/import/ReviewListModel.h"
#include "tests/core/ingest/LocalHttpServer.h"
#include "views/import/DropTarget.h"
#include "views/import/DropZone.h"
#include "views/import/ImportWizard.h"
#include "views/import/PasteBox.h"
#include "views/import/PreparationRunner.h"
#include "views/import/SourcesPage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace ql;
using ql::test::HttpResponse;
using ql::test::LocalHttpServer;

namespace {

const QByteArray page = R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Shipyards promise faster frigates | Coast Herald</title>
<meta property="og:title" content="Shipyards promise faster frigates">
<meta property="article:published_time" content="2024-06-20T08:00:00+02:00">
<link rel="stylesheet" href="/css/site.css"><script src="/js/site.js"></script>
</head><body>
<nav><a href="/">Home</a> <a href="/business">Business</a></nav>
<article><h1>Shipyards promise faster frigates</h1>
<img src="/img/frigate.jpg" alt="">
<p>Three shipyards told the navy on Thursday that they could deliver the new frigates two years
earlier than planned if the orders were placed before the end of the summer.</p>
<p>"We have the workers and the steel, what we need is a signature," said Ida Marsh, the chief
executive of Northbay Yards, after the meeting with the procurement agency.</p>
<p>The navy has asked for six ships and the parliament will vote on the money in September.</p>
</article><footer>Coast Herald</footer></body></html>
)";

const QString pagePath = QStringLiteral("/business/2024/06/20/frigates");

QByteArray utf16(const QString& text)
{
    return QByteArray(reinterpret_cast<const char*>(text.utf16()), int(text.size() * 2));
}

// The enter, then the drop, as QDrag delivers them.
void dropOn(QWidget* target, const QMimeData* mime)
{
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

using MimeFactory = std::function<QMimeData*(const QUrl& link)>;

} // namespace

Q_DECLARE_METATYPE(MimeFactory)

class TestLinkImport : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<LocalHttpServer>();
        QVERIFY(m_server->listen());
        m_server->route(pagePath, HttpResponse::html(page));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<Store>();
        const StoreError error = m_store->open(m_dir->filePath(QStringLiteral("links.qlstore")));
        QVERIFY2(!error.isError(), qPrintable(error.message));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
        m_server.reset();
    }

    // What browsers put on a drag, and what the wizard makes of it.
    void dropShapes_data()
    {
        QTest::addColumn<MimeFactory>("make");
        QTest::addColumn<bool>("fetch");

        QTest::newRow("Firefox link: uri-list, x-moz-url in UTF-16, title as text") << MimeFactory(
            [](const QUrl& link) {
                auto* m = new QMimeData;
                m->setUrls({ link });
                m->setData(QStringLiteral("text/x-moz-url"),
                    utf16(link.toString() + QStringLiteral("\nShipyards promise faster frigates")));
                m->setText(QStringLiteral("Shipyards promise faster frigates"));
                return m;
            }) << true;
        QTest::newRow("Chromium link: uri-list, lone anchor, address as text") << MimeFactory(
            [](const QUrl& link) {
                auto* m = new QMimeData;
                m->setUrls({ link });
                m->setHtml(QStringLiteral("<meta charset='utf-8'><a href=\"%1\">Faster frigates</a>")
                               .arg(link.toString()));
                m->setText(link.toString());
                return m;
            }) << true;
        QTest::newRow("address bar copied: text only") << MimeFactory([](const QUrl& link) {
            auto* m = new QMimeData;
            m->setText(link.toString() + QStringLiteral("\n"));
            return m;
        }) << true;
        QTest::newRow("selection dragged from the page: read, not fetched") << MimeFactory(
            [](const QUrl& link) {
                auto* m = new QMimeData;
                m->setHtml(QStringLiteral("<p>\"We have the workers and the steel, what we need is a "
                                          "signature,\" said Ida Marsh of <a href=\"%1\">Northbay</a>.</p>")
                               .arg(link.toString()));
                m->setText(QStringLiteral("\"We have the workers and the steel, what we need is a "
                                          "signature,\" said Ida Marsh of Northbay."));
                m->setData(QStringLiteral("text/x-moz-url"), link.toString().toUtf8());
                return m;
            }) << false;
    }

    void dropShapes()
    {
        QFETCH(MimeFactory, make);
        QFETCH(bool, fetch);
        const QUrl link = m_server->url(pagePath);
        const std::unique_ptr<QMimeData> mime(make(link));
        QVERIFY(DropTarget::canAccept(mime.get()));
        const ImportSources sources = DropTarget::fromMimeData(mime.get());
        QCOMPARE(sources.urls, fetch ? QList<QUrl> { link } : QList<QUrl>());
        QCOMPARE(sources.payloads.isEmpty(), fetch);

        QUndoStack undo;

        ql::StoreEdits edits(m_store.get(), &undo);
        ImportWizard wizard(m_store.get(), &edits);
        wizard.show();
        dropOn(wizard.sourcesPage()->dropZone(), mime.get());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isReading(), 20000);
        QCOMPARE(wizard.documents()->rowCount(), 1);
        const ReviewEntry& entry = wizard.documents()->entry(0);
        QVERIFY2(entry.status == ReviewEntry::Status::Ok, qPrintable(entry.prepared.error));
        QCOMPARE(entry.prepared.article.sourceUrl, link.toString());
        QCOMPARE(m_server->requests(), fetch ? QStringList { pagePath } : QStringList());
    }

    void linkDroppedOnTheWindowBecomesAnArticle()
    {
        MainWindow window(m_store.get());
        window.show();
        const QUrl link = m_server->url(pagePath);
        QMimeData mime;
        mime.setUrls({ link });
        mime.setText(link.toString());
        dropOn(&window, &mime);

        auto* wizard = window.findChild<ImportWizard*>();
        QVERIFY(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isReading(), 20000);
        finish(wizard);

        QCOMPARE(m_store->articleCount(), 1);
        const QList<ArticleSummary> summaries = m_store->articleSummaries(0, 10);
        const std::optional<Article> article = m_store->article(summaries.first().id);
        QVERIFY(article.has_value());
        QCOMPARE(article->sourceUrl, link.toString());
        QCOMPARE(article->title, QStringLiteral("Shipyards promise faster frigates"));
        QCOMPARE(article->published, QDate(2024, 6, 20));
        QVERIFY(article->text.contains(QStringLiteral("what we need is a signature")));
        QVERIFY(m_store->statementCount(article->id) >= 1);
        // The page alone: its image, script and style sheet were never asked for.
        QCOMPARE(m_server->requests(), QStringList { pagePath });
        // One undoable step, like any import.
        window.undoStack()->undo();
        QCOMPARE(m_store->articleCount(), 0);
    }

    void pastedLinkBecomesAnArticle()
    {
        MainWindow window(m_store.get());
        window.show();
        auto* paste = window.findChild<QAction*>(QStringLiteral("pasteAction"));
        QVERIFY(paste);
        QCOMPARE(paste->shortcut(), QKeySequence(QKeySequence::Paste));
        const QUrl link = m_server->url(pagePath);
        QGuiApplication::clipboard()->setText(link.toString());
        QCOMPARE(QGuiApplication::clipboard()->text(), link.toString());
        paste->trigger();

        auto* wizard = window.findChild<ImportWizard*>();
        QVERIFY(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isReading(), 20000);
        finish(wizard);
        QCOMPARE(m_store->articleCount(), 1);
        const std::optional<Article> article = m_store->article(m_store->articleSummaries(0, 1).first().id);
        QCOMPARE(article->sourceUrl, link.toString());
    }

    void addressInThePasteBoxFetchesThePage()
    {
        QUndoStack undo;
        ql::StoreEdits edits(m_store.get(), &undo);
        ImportWizard wizard(m_store.get(), &edits);
        wizard.show();
        const QUrl link = m_server->url(pagePath);
        wizard.sourcesPage()->pasteBox()->setPlainText(
            QStringLiteral("  ") + link.toString() + QStringLiteral("\n"));
        auto* add = wizard.findChild<QPushButton*>(QStringLiteral("addPasteButton"));
        QVERIFY(add && add->isEnabled());
        QCOMPARE(add->text(), QStringLiteral("Fetch page"));
        add->click();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isReading(), 20000);
        QCOMPARE(wizard.documents()->rowCount(), 1);
        QCOMPARE(wizard.documents()->entry(0).prepared.article.sourceUrl, link.toString());
        QCOMPARE(m_server->requests(), QStringList { pagePath });
    }

    void refusedPagesAreListedWithTheirReason_data()
    {
        QTest::addColumn<HttpResponse>("response");
        QTest::addColumn<QString>("reason");
        HttpResponse missing = HttpResponse::html("<html><body>Gone</body></html>");
        missing.status = 404;
        missing.reason = "Not Found";
        QTest::newRow("404") << missing << QStringLiteral("the server answered 404 Not Found");
        HttpResponse image;
        image.addHeader("Content-Type", "image/jpeg");
        image.body = "\xff\xd8\xff\xe0";
        QTest::newRow("image") << image << QStringLiteral("not a web page: the server sent image/jpeg");
    }

    void refusedPagesAreListedWithTheirReason()
    {
        QFETCH(HttpResponse, response);
        QFETCH(QString, reason);
        m_server->route(QStringLiteral("/refused"), response);
        QUndoStack undo;
        ql::StoreEdits edits(m_store.get(), &undo);
        ImportWizard wizard(m_store.get(), &edits);
        wizard.addSources(ImportSources({}, {}, { m_server->url(QStringLiteral("/refused")) }));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isReading(), 20000);
        ReviewListModel* docs = wizard.documents();
        QCOMPARE(docs->rowCount(), 1);
        QCOMPARE(docs->entry(0).status, ReviewEntry::Status::Rejected);
        const QString shown = docs->data(docs->index(0)).toString();
        QVERIFY2(shown.contains(reason), qPrintable(shown));
        QVERIFY(docs->articlesToImport().isEmpty());
    }

    // A server that never answers: the window keeps painting and ticking, the page shows what
    // is being fetched, and Cancel ends it with nothing added.
    void cancelWhileFetching()
    {
        HttpResponse silent;
        silent.silent = true;
        m_server->route(QStringLiteral("/silent"), silent);
        QUndoStack undo;
        ql::StoreEdits edits(m_store.get(), &undo);
        ImportWizard wizard(m_store.get(), &edits);
        wizard.show();
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(20);
        wizard.addSources(ImportSources({}, {}, { m_server->url(QStringLiteral("/silent")) }));
        QTRY_COMPARE_WITH_TIMEOUT(int(m_server->requests().size()), 1, 10000);
        QVERIFY(wizard.isReading());
        QVERIFY(wizard.runner()->isFetching());
        QVERIFY2(wizard.sourcesPage()->statusText().startsWith(QStringLiteral("Fetching http://127.0.0.1:")),
            qPrintable(wizard.sourcesPage()->statusText()));
        QVERIFY(wizard.sourcesPage()->progressBar()->isVisible());
        const int before = ticks;
        QTest::qWait(300);
        QVERIFY2(ticks - before >= 3, qPrintable(QString::number(ticks - before))); // not blocked
        QPushButton* cancel = wizard.sourcesPage()->cancelButton();
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isReading(), 5000);
        QCOMPARE(wizard.documents()->rowCount(), 0);
        QVERIFY2(wizard.sourcesPage()->statusText().contains(QStringLiteral("cancelled")),
            qPrintable(wizard.sourcesPage()->statusText()));
        // The next link is fetched as usual.
        wizard.addSources(ImportSources({}, {}, { m_server->url(pagePath) }));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isReading(), 20000);
        QCOMPARE(wizard.documents()->rowCount(), 1);
        QCOMPARE(wizard.documents()->entry(0).status, ReviewEntry::Status::Ok);
    }

private:
    static void finish(ImportWizard* wizard)
    {
        QCOMPARE(wizard->documents()->rowCount(), 1);
        QCOMPARE(wizard->documents()->entry(0).status, ReviewEntry::Status::Ok);
        wizard->show();
        wizard->next();
        wizard->next();
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::SummaryPageId));
        wizard->accept();
    }

    std::unique_ptr<LocalHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

QTEST_MAIN(TestLinkImport)
#include "tst_linkimport.moc"
