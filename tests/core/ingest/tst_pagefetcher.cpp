// PageFetcher and UrlImport against a real HTTP/1.1 server on 127.0.0.1 started by the test:
// a page becomes an article with its address as source; slow, huge, non-HTML, failing and
// over-redirected answers are refused with a reason and store nothing; Cancel stops a fetch.
#include "core/importing/UrlImport.h"
#include "core/ingest/PageFetcher.h"
#include "core/ingest/PageRequest.h"
#include "core/store/Store.h"
#include "tests/core/ingest/LocalHttpServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ql;
using ql::test::HttpResponse;
using ql::test::LocalHttpServer;

namespace {

// A news page with the furniture a real one has: its images, script and style sheet must
// never be requested.
const QByteArray newsPage = R"(<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Allies pledge more air defence | Harbour Gazette</title>
<meta property="og:title" content="Allies pledge more air defence">
<meta property="article:published_time" content="2024-03-12T09:30:00+01:00">
<link rel="stylesheet" href="/static/site.css">
<script src="/static/app.js"></script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Allies pledge more air defence</h1>
<img src="/images/launcher.png" alt="A launcher">
<p>Defence ministers meeting in Brussels on Tuesday agreed to buy more air defence systems
together and to share the cost of the first batteries among the eastern members.</p>
<p>"We will not leave a single ally without protection," the Secretary General said after the
meeting, adding that the first systems would be delivered before the end of the year.</p>
<p>The ministers also discussed the training of crews, the stocks of interceptors and the
money that each government has set aside for the programme over the next three years.</p>
</article>
<footer>Copyright Harbour Gazette</footer>
</body></html>
)";

const QString newsPath = QStringLiteral("/world/2024/03/12/air-defence");

FetchOptions quickOptions()
{
    FetchOptions options;
    options.timeoutMs = 5000; // generous for a loaded machine; the slow cases set their own
    return options;
}

} // namespace

class TestPageFetcher : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<LocalHttpServer>();
        QVERIFY(m_server->listen());
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<Store>();
        const StoreError error = m_store->open(m_dir.filePath(QStringLiteral("fetch-%1.qlstore").arg(++m_n)));
        QVERIFY2(!error.isError(), qPrintable(error.message));
    }

    void cleanup()
    {
        m_store.reset();
        m_server.reset();
    }

    void importsPageWithItsAddressAsSource()
    {
        m_server->route(newsPath, HttpResponse::html(newsPage));
        const QUrl url = m_server->url(newsPath);

        const ImportResult result = UrlImport::importUrl(*m_store, url, quickOptions());
        QCOMPARE(result.statusName(), QStringLiteral("imported"));
        QCOMPARE(result.source, url.toDisplayString());
        QCOMPARE(m_store->articleCount(), 1);
        const std::optional<Article> article = m_store->article(result.articleId, true);
        QVERIFY(article.has_value());
        QCOMPARE(article->sourceUrl, url.toString());
        QCOMPARE(article->format, QStringLiteral("html"));
        QCOMPARE(article->title, QStringLiteral("Allies pledge more air defence"));
        QCOMPARE(article->published, QDate(2024, 3, 12));
        QVERIFY2(article->text.contains(QStringLiteral("without protection")), qPrintable(article->text));
        QVERIFY(!article->text.contains(QStringLiteral("Sport")));
        QCOMPARE(article->original, newsPage);
        QVERIFY(m_store->statementCount(result.articleId) >= 1);
        // Only the page itself: no image, script or style sheet was asked for.
        QCOMPARE(m_server->requests(), QStringList { newsPath });
    }

    void readsTheCharsetTheServerDeclares()
    {
        const QByteArray page = QByteArray("<html><head><title>Gipfel</title></head><body><p>")
            + QByteArray("Der Au\xdf"
                         "enminister sagte am Dienstag in M\xfcnchen, die B\xfcndnispartner "
                         "w\xfcrden die Luftverteidigung gemeinsam ausbauen und bezahlen.")
            + "</p></body></html>";
        m_server->route(QStringLiteral("/de"), HttpResponse::html(page, "iso-8859-1"));
        const FetchResult fetched = PageFetcher::fetch(m_server->url(QStringLiteral("/de")), quickOptions());
        QVERIFY2(fetched.ok(), qPrintable(fetched.error));
        QCOMPARE(fetched.contentType, QStringLiteral("text/html; charset=iso-8859-1"));
        const PreparedArticle prepared = UrlImport::prepare(fetched);
        QVERIFY2(prepared.ok, qPrintable(prepared.error));
        QVERIFY2(prepared.article.text.contains(QStringLiteral("Außenminister sagte am Dienstag in München")),
            qPrintable(prepared.article.text));
    }

    void followsRedirects_data()
    {
        QTest::addColumn<int>("hops");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("absolute");
        QTest::newRow("one 301, absolute") << 1 << 301 << true;
        QTest::newRow("two 302, relative") << 2 << 302 << false;
        QTest::newRow("three 303") << 3 << 303 << false;
        QTest::newRow("five 307, the limit") << 5 << 307 << true;
    }

    void followsRedirects()
    {
        QFETCH(int, hops);
        QFETCH(int, status);
        QFETCH(bool, absolute);
        const QString final = QStringLiteral("/final/story");
        m_server->route(final, HttpResponse::html(newsPage));
        for (int i = 0; i < hops; ++i) {
            const QString next = i + 1 == hops ? final : QStringLiteral("/hop/%1").arg(i + 1);
            const QByteArray location = absolute ? m_server->url(next).toEncoded() : next.toUtf8();
            m_server->route(QStringLiteral("/hop/%1").arg(i), HttpResponse::redirect(location, status));
        }
        const QUrl start = m_server->url(QStringLiteral("/hop/0"));
        const FetchResult fetched = PageFetcher::fetch(start, quickOptions());
        QVERIFY2(fetched.ok(), qPrintable(fetched.error));
        QCOMPARE(fetched.redirects, hops);
        QCOMPARE(fetched.requestedUrl, start);
        QCOMPARE(fetched.finalUrl, m_server->url(final));
        QCOMPARE(fetched.body, newsPage);
        QCOMPARE(int(m_server->requests().size()), hops + 1);

        ImportPipeline pipeline(*m_store);
        const ImportResult result = pipeline.commit(UrlImport::prepare(fetched, pipeline.extractor()));
        QCOMPARE(result.statusName(), QStringLiteral("imported"));
        QCOMPARE(m_store->article(result.articleId)->sourceUrl, m_server->url(final).toString());
    }

    // Each refusal: the fetch's status, a reason an analyst understands, and nothing stored.
    void refusesWithAReason_data()
    {
        QTest::addColumn<HttpResponse>("response");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");

        const int timeout = 5000;
        const qint64 limit = FetchOptions::DefaultMaxBytes;
        const QByteArray big = "<html><body><p>" + QByteArray(1024 * 1024, 'x') + "</p></body></html>";

        HttpResponse silent;
        silent.silent = true;
        QTest::newRow("slow: no answer at all")
            << silent << 400 << limit << int(FetchResult::Status::TimedOut)
            << QStringLiteral("no complete answer from 127.0.0.1 within 1");
        HttpResponse trickle = HttpResponse::html(newsPage);
        trickle.stallAfter = 200;
        QTest::newRow("slow: the body stops half way")
            << trickle << 400 << limit << int(FetchResult::Status::TimedOut)
            << QStringLiteral("no complete answer from 127.0.0.1 within 1");
        QTest::newRow("huge: announced length")
            << HttpResponse::html(big) << timeout << qint64(64 * 1024) << int(FetchResult::Status::TooLarge)
            << QStringLiteral("the page is larger than the 64 KB limit");
        HttpResponse streamed = HttpResponse::html(big);
        streamed.announceLength = false;
        QTest::newRow("huge: streamed without a length")
            << streamed << timeout << qint64(64 * 1024) << int(FetchResult::Status::TooLarge)
            << QStringLiteral("the page is larger than the 64 KB limit");
        HttpResponse png;
        png.addHeader("Content-Type", "image/png");
        png.body = QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16);
        QTest::newRow("image") << png << timeout << limit << int(FetchResult::Status::NotHtml)
                               << QStringLiteral("not a web page: the server sent image/png");
        HttpResponse download;
        download.addHeader("Content-Type", "application/octet-stream");
        download.body = "\x01\x02\x03";
        QTest::newRow("download") << download << timeout << limit << int(FetchResult::Status::NotHtml)
                                  << QStringLiteral(
                                         "not a web page: the server sent application/octet-stream");
        HttpResponse pdf;
        pdf.addHeader("Content-Type", "application/pdf; name=report.pdf");
        pdf.body = "%PDF-1.4\n";
        QTest::newRow("pdf") << pdf << timeout << limit << int(FetchResult::Status::NotHtml)
                             << QStringLiteral("not a web page: the server sent application/pdf");
        HttpResponse missing = HttpResponse::html("<html><body><h1>Not Found</h1></body></html>");
        missing.status = 404;
        missing.reason = "Not Found";
        QTest::newRow("404") << missing << timeout << limit << int(FetchResult::Status::HttpError)
                             << QStringLiteral("the server answered 404 Not Found");
        HttpResponse broken = HttpResponse::html("<html><body>Oops</body></html>");
        broken.status = 500;
        broken.reason = "Internal Server Error";
        QTest::newRow("500") << broken << timeout << limit << int(FetchResult::Status::HttpError)
                             << QStringLiteral("the server answered 500 Internal Server Error");
        QTest::newRow("redirect to ftp")
            << HttpResponse::redirect("ftp://127.0.0.1/story.html") << timeout << limit
            << int(FetchResult::Status::InvalidUrl)
            << QStringLiteral(
                   "redirected to an address that is not http or https: ftp://127.0.0.1/story.html");
        QTest::newRow("empty page") << HttpResponse::html(" \n") << timeout << limit
                                    << int(FetchResult::Status::Empty)
                                    << QStringLiteral("the server sent an empty page");
    }

    void refusesWithAReason()
    {
        QFETCH(HttpResponse, response);
        QFETCH(int, timeoutMs);
        QFETCH(qint64, maxBytes);
        QFETCH(int, status);
        QFETCH(QString, reason);

        m_server->route(QStringLiteral("/page"), response);
        FetchOptions options;
        options.timeoutMs = timeoutMs;
        options.maxBytes = maxBytes;
        const QUrl url = m_server->url(QStringLiteral("/page"));

        QElapsedTimer clock;
        clock.start();
        const FetchResult fetched = PageFetcher::fetch(url, options);
        QCOMPARE(int(fetched.status), status);
        QVERIFY2(fetched.error.startsWith(reason), qPrintable(fetched.error));
        QVERIFY(fetched.body.isEmpty());
        if (fetched.status == FetchResult::Status::TimedOut)
            QVERIFY2(clock.elapsed() >= timeoutMs - 50, qPrintable(QString::number(clock.elapsed())));

        const ImportResult result = UrlImport::importUrl(*m_store, url, options);
        QCOMPARE(result.statusName(), QStringLiteral("rejected"));
        QVERIFY2(result.reason.startsWith(reason), qPrintable(result.reason));
        QCOMPARE(m_store->articleCount(), 0);
    }

    void refusesTheSixthRedirect()
    {
        for (int i = 0; i < 6; ++i)
            m_server->route(QStringLiteral("/loop/%1").arg(i),
                HttpResponse::redirect(QStringLiteral("/loop/%1").arg(i + 1).toUtf8()));
        m_server->route(QStringLiteral("/loop/6"), HttpResponse::html(newsPage));
        const QUrl url = m_server->url(QStringLiteral("/loop/0"));

        const FetchResult fetched = PageFetcher::fetch(url, quickOptions());
        QCOMPARE(fetched.status, FetchResult::Status::TooManyRedirects);
        QVERIFY2(fetched.error.startsWith(QStringLiteral("more than 5 redirect")), qPrintable(fetched.error));
        QCOMPARE(fetched.redirects, 5);
        // The sixth target is named, never asked for.
        QVERIFY(!m_server->requests().contains(QStringLiteral("/loop/6")));
        QCOMPARE(int(m_server->requests().size()), 6);

        const ImportResult result = UrlImport::importUrl(*m_store, url, quickOptions());
        QCOMPARE(result.statusName(), QStringLiteral("rejected"));
        QCOMPARE(m_store->articleCount(), 0);
    }

    void reportsARefusedConnection()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        const FetchResult fetched
            = PageFetcher::fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/story").arg(port)), quickOptions());
        QCOMPARE(fetched.status, FetchResult::Status::NetworkError);
        QVERIFY2(fetched.error.startsWith(QStringLiteral("could not fetch the page: ")),
            qPrintable(fetched.error));
    }

    void refusesAddressesThatAreNotWebPages_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/story.html");
        QTest::newRow("local file") << QStringLiteral("file:///etc/hostname");
        QTest::newRow("no host") << QStringLiteral("http:///story");
        QTest::newRow("words") << QStringLiteral("not an address");
    }

    void refusesAddressesThatAreNotWebPages()
    {
        QFETCH(QString, address);
        const FetchResult fetched = PageFetcher::fetch(QUrl(address), quickOptions());
        QCOMPARE(fetched.status, FetchResult::Status::InvalidUrl);
        QVERIFY2(fetched.error.startsWith(QStringLiteral("not a web address (http or https)")),
            qPrintable(fetched.error));
        QVERIFY(m_server->requests().isEmpty());
        QVERIFY(!UrlImport::isWebAddress(address));
    }

    void recognisesWebAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("web");
        QTest::newRow("https") << QStringLiteral("https://news.example.org/2024/story") << true;
        QTest::newRow("http with blanks around") << QStringLiteral("  http://example.org/a?b=c\n") << true;
        QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://EXAMPLE.ORG/") << true;
        QTest::newRow("two addresses") << QStringLiteral("https://a.example/ https://b.example/") << false;
        QTest::newRow("sentence with an address") << QStringLiteral("See https://a.example/ now") << false;
        QTest::newRow("bare host") << QStringLiteral("example.org/story") << false;
        QTest::newRow("mailto") << QStringLiteral("mailto:desk@example.org") << false;
    }

    void recognisesWebAddresses()
    {
        QFETCH(QString, text);
        QFETCH(bool, web);
        QCOMPARE(UrlImport::isWebAddress(text), web);
    }

    // The asynchronous fetcher works on its own thread: start() returns at once, progress and
    // the page arrive as signals on this thread.
    void fetchesInTheBackgroundWithProgress()
    {
        const QByteArray page = newsPage + QByteArray(300 * 1024, ' ');
        m_server->route(QStringLiteral("/long"), HttpResponse::html(page));
        PageFetcher fetcher(quickOptions());
        QSignalSpy progress(&fetcher, &PageFetcher::progress);
        QSignalSpy finished(&fetcher, &PageFetcher::finished);
        fetcher.start(m_server->url(QStringLiteral("/long")));
        QVERIFY(fetcher.isRunning());
        QVERIFY(finished.isEmpty());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!fetcher.isRunning());
        const auto result = finished.first().first().value<FetchResult>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.body, page);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(page.size()));
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(page.size()));
    }

    void cancelStopsAFetch()
    {
        HttpResponse silent;
        silent.silent = true;
        m_server->route(QStringLiteral("/never"), silent);
        FetchOptions options;
        options.timeoutMs = 20000; // far beyond the test: only Cancel can end this fetch
        PageFetcher fetcher(options);
        QSignalSpy finished(&fetcher, &PageFetcher::finished);
        QElapsedTimer clock;
        clock.start();
        fetcher.start(m_server->url(QStringLiteral("/never")));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 1, 5000);
        fetcher.cancel();
        QVERIFY(finished.wait(5000));
        QVERIFY(clock.elapsed() < 10000);
        const auto result = finished.first().first().value<FetchResult>();
        QCOMPARE(result.status, FetchResult::Status::Cancelled);
        QCOMPARE(result.error, QStringLiteral("cancelled"));
        QVERIFY(!fetcher.isRunning());
    }

    void progressCallbackCanCancelABlockingFetch()
    {
        HttpResponse trickle = HttpResponse::html(newsPage);
        trickle.stallAfter = 300;
        m_server->route(QStringLiteral("/trickle"), trickle);
        FetchOptions options;
        options.timeoutMs = 20000;
        int calls = 0;
        const FetchResult fetched = PageFetcher::fetch(
            m_server->url(QStringLiteral("/trickle")), options, [&calls](qint64 received, qint64) {
                ++calls;
                return received < 300;
            });
        QCOMPARE(fetched.status, FetchResult::Status::Cancelled);
        QVERIFY(calls >= 1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalHttpServer> m_server;
    std::unique_ptr<Store> m_store;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestPageFetcher)
#include "tst_pagefetcher.moc"
