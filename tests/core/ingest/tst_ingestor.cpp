// Ingestor: every bad input gets a clear one-line reason; payloads from drops and the clipboard;
// the same article in two encodings is one article (same content hash).
#include "core/ingest/Ingestor.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace ql;

namespace {

const QByteArray article(
    "Ministers agree on air defence\n\nThe ministers agreed to buy more air defence systems "
    "together, the chair said after the meeting in Brussels on Tuesday.\n");

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestIngestor : public QObject
{
    Q_OBJECT

private slots:
    void rejectsBadBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("a.txt") << QString()
                                    << QStringLiteral("empty file");
        QTest::newRow("only whitespace") << QByteArray(" \n\r\n\t ") << QStringLiteral("a.txt") << QString()
                                         << QStringLiteral("empty file");
        QTest::newRow("binary file") << QByteArray("\x01\x02\x00\x05garbage\x00\xff\x10\x11\x00\x00\x7f", 17)
                                     << QStringLiteral("data.bin") << QString()
                                     << QStringLiteral("binary file");
        QTest::newRow("png image") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16)
                                   << QStringLiteral("photo.txt") << QString()
                                   << QStringLiteral("unsupported type: PNG image");
        QTest::newRow("office document")
            << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) << QStringLiteral("memo.docx") << QString()
            << QStringLiteral("unsupported type");
        QTest::newRow("unsupported extension") << QByteArray("a,b,c\n1,2,3\n") << QStringLiteral("table.csv")
                                               << QString() << QStringLiteral("unsupported type: .csv file");
        QTest::newRow("unsupported mime type")
            << QByteArray("{\"a\": 1}") << QString() << QStringLiteral("application/json")
            << QStringLiteral("unsupported type");
        QTest::newRow("invalid bytes in declared encoding")
            << QByteArray("Ministers \xc3\x28 agree") << QStringLiteral("a.txt")
            << QStringLiteral("text/plain; charset=utf-8")
            << QStringLiteral("invalid bytes in the declared encoding UTF-8 at byte 10");
        QTest::newRow("invalid bytes after a BOM")
            << QByteArray("\xef\xbb\xbfMinisters \xff agree") << QStringLiteral("a.txt") << QString()
            << QStringLiteral("invalid bytes in the declared encoding UTF-8");
        QTest::newRow("html with no article body") << QByteArray(
            "<html><body><nav><a href=\"/\">Home</a></nav><footer>\xc2\xa9 2024</footer></body></html>")
                                                   << QStringLiteral("page.html") << QString()
                                                   << QStringLiteral("HTML with no article body");
        QTest::newRow("pdf extension without pdf")
            << QByteArray("just words") << QStringLiteral("paper.pdf") << QString()
            << QStringLiteral("unsupported type: PDF without a PDF header");
        QTest::newRow("only furniture")
            << QByteArray("Related Posts\n\nSign up to our newsletter\n") << QStringLiteral("a.txt")
            << QString() << QStringLiteral("no article text left after removing page furniture");
    }

    void rejectsBadBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, mime);
        QFETCH(QString, reason);
        const IngestResult r = Ingestor().readBytes(bytes, name, mime);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(reason), qPrintable(r.error));
        QVERIFY(!r.error.contains(QLatin1Char('\n')));
    }

    void rejectsOversizedFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("huge.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(Ingestor::MaxFileSize + 1)); // sparse: no 50 MB written
        f.close();
        const IngestResult r = Ingestor().readFile(path);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("file is larger than the 50 MiB limit"));
        const IngestResult bytes
            = Ingestor().readBytes(QByteArray(int(Ingestor::MaxFileSize + 1), 'a'), path);
        QCOMPARE(bytes.error, QStringLiteral("file is larger than the 50 MiB limit"));
    }

    void rejectsMissingAndUnreadableFiles()
    {
        const IngestResult missing = Ingestor().readFile(QStringLiteral("/nonexistent/quoteline/a.txt"));
        QVERIFY(!missing.ok);
        QCOMPARE(missing.error, QStringLiteral("file not found"));
        // Reading this file fails with an I/O error even for root, unlike a chmod-000 file.
        const IngestResult unreadable = Ingestor().readFile(QStringLiteral("/proc/self/mem"));
        QVERIFY(!unreadable.ok);
        QVERIFY2(
            unreadable.error.startsWith(QLatin1String("unreadable file: ")), qPrintable(unreadable.error));
        QTemporaryDir dir;
        const IngestResult folder = Ingestor().readFile(dir.path());
        QCOMPARE(folder.error, QStringLiteral("is a folder, not a file"));
    }

    void sameArticleTwiceHasOneHash()
    {
        const IngestResult utf8 = Ingestor().readBytes(article, QStringLiteral("a.txt"));
        QByteArray utf16("\xff\xfe");
        const QString text = QString::fromUtf8(article);
        for (const QChar c : text) {
            utf16 += char(c.unicode() & 0xff);
            utf16 += char(c.unicode() >> 8);
        }
        const IngestResult wide = Ingestor().readBytes(utf16, QStringLiteral("b.txt"));
        const IngestResult withFurniture = Ingestor().readBytes(
            article + QByteArray("\nRelated Posts\n\nSign up to our newsletter\n"), QStringLiteral("c.txt"));
        QVERIFY(utf8.ok && wide.ok && withFurniture.ok);
        QCOMPARE(wide.article.contentHash, utf8.article.contentHash);
        QCOMPARE(withFurniture.article.contentHash, utf8.article.contentHash);
        QCOMPARE(wide.article.original, utf16);
        QVERIFY(wide.article.original != utf8.article.original);
        QVERIFY(utf8.article.published.isNull()); // never the import date
    }

    void readsDroppedFilesAndFolders()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("one.txt")), article));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("sub/two.md")), QByteArray("# Two\n\n") + article));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("sub/empty.txt")), QByteArray()));
        const QByteArray uris = QUrl::fromLocalFile(dir.filePath(QStringLiteral("one.txt"))).toEncoded()
            + "\r\n" + QUrl::fromLocalFile(dir.filePath(QStringLiteral("sub"))).toEncoded()
            + "\r\n# a comment\r\n" + "https://news.example/story\r\n";
        const QList<IngestResult> results
            = Ingestor().readMimePayload({ { QStringLiteral("text/uri-list"), uris } });
        QCOMPARE(results.size(), 4);
        QVERIFY(results[0].ok);
        QCOMPARE(results[0].source, dir.filePath(QStringLiteral("one.txt")));
        QCOMPARE(results[1].error, QStringLiteral("empty file"));
        QVERIFY(results[2].ok);
        QCOMPARE(results[2].article.format, QStringLiteral("markdown"));
        QVERIFY(!results[3].ok);
        QVERIFY2(
            results[3].error.startsWith(QLatin1String("not a local file")), qPrintable(results[3].error));
    }

    void readsPastedHtmlBeforePlainText()
    {
        const QByteArray html(
            "<p>The ministers agreed to buy more air defence systems together, the chair said after "
            "the meeting in Brussels on Tuesday, according to a statement.</p>");
        const QList<IngestResult> results = Ingestor().readMimePayload(
            { { QStringLiteral("text/plain"), article }, { QStringLiteral("text/html"), html },
                { QStringLiteral("text/x-moz-url"),
                    QByteArray("https://news.example/2024/03/12/deal\nDeal") } });
        QCOMPARE(results.size(), 1);
        QVERIFY2(results[0].ok, qPrintable(results[0].error));
        QCOMPARE(results[0].article.format, QStringLiteral("html"));
        QCOMPARE(results[0].article.sourceUrl, QStringLiteral("https://news.example/2024/03/12/deal"));
        QCOMPARE(results[0].article.published, QDate(2024, 3, 12));

        const QList<IngestResult> plain
            = Ingestor().readMimePayload({ { QStringLiteral("text/plain"), article } });
        QCOMPARE(plain.size(), 1);
        QVERIFY(plain[0].ok);
        QCOMPARE(plain[0].article.format, QStringLiteral("text"));
        QCOMPARE(plain[0].article.title, QStringLiteral("Ministers agree on air defence"));

        const QList<IngestResult> nothing
            = Ingestor().readMimePayload({ { QStringLiteral("image/png"), QByteArray("x") } });
        QCOMPARE(nothing.size(), 1);
        QVERIFY(nothing[0].error.startsWith(QLatin1String("unsupported type")));
    }
};

QTEST_GUILESS_MAIN(TestIngestor)
#include "tst_ingestor.moc"
