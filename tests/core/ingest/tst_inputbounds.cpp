#include "core/importing/ImportPipeline.h"
#include "core/ingest/HtmlReader.h"
#include "core/ingest/Ingestor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace ql;

// Issue 16, "every input bounded": only regular files are read (a symlink to /dev/zero aborted
// with bad_alloc at 4 GB, one to a FIFO hung), and HTML of any nesting depth is read in time
// linear in its size (100,000 unclosed <b><i> overflowed the stack; 100,000 closed <div>s took 32 s).
class TestInputBounds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void specialFilesRefusedByName_data();
    void specialFilesRefusedByName();
    void folderWithSpecialFilesReadsOnlyTheFiles();
    void sizeLimitSaysMiB();
    void deepHtml_data();
    void deepHtml();
    void statementsPerArticleCapped();

private:
    QTemporaryDir m_dir;
    int m_socket = -1;
};

void TestInputBounds::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QByteArray fifo = QFile::encodeName(m_dir.filePath(QStringLiteral("pipe.txt")));
    QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
    // A listening Unix socket: a file name that is not a file.
    m_socket = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(m_socket >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray socketPath = QFile::encodeName(m_dir.filePath(QStringLiteral("sock.txt")));
    QVERIFY(size_t(socketPath.size()) < sizeof address.sun_path);
    std::memcpy(address.sun_path, socketPath.constData(), size_t(socketPath.size()));
    QCOMPARE(::bind(m_socket, reinterpret_cast<const sockaddr*>(&address), sizeof address), 0);
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), m_dir.filePath(QStringLiteral("zero.txt"))));
    QVERIFY(QFile::link(QString::fromLocal8Bit(fifo), m_dir.filePath(QStringLiteral("to-pipe.txt"))));
    QFile regular(m_dir.filePath(QStringLiteral("article.txt")));
    QVERIFY(regular.open(QIODevice::WriteOnly));
    regular.write("\"We will hold the line,\" the general said on Tuesday in Vilnius.\n");
}

void TestInputBounds::cleanupTestCase()
{
    if (m_socket >= 0)
        ::close(m_socket);
}

void TestInputBounds::specialFilesRefusedByName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");
    QTest::addRow("character device")
        << QStringLiteral("/dev/zero") << QStringLiteral("is a character device, not a regular file");
    QTest::addRow("symlink to a character device")
        << m_dir.filePath(QStringLiteral("zero.txt"))
        << QStringLiteral("is a symbolic link to a character device (/dev/zero), not a regular file");
    QTest::addRow("named pipe") << m_dir.filePath(QStringLiteral("pipe.txt"))
                                << QStringLiteral("is a named pipe (FIFO), not a regular file");
    QTest::addRow("symlink to a named pipe")
        << m_dir.filePath(QStringLiteral("to-pipe.txt"))
        << QStringLiteral("is a symbolic link to a named pipe (FIFO) (%1), not a regular file")
               .arg(m_dir.filePath(QStringLiteral("pipe.txt")));
    QTest::addRow("socket") << m_dir.filePath(QStringLiteral("sock.txt"))
                            << QStringLiteral("is a socket, not a regular file");
}

void TestInputBounds::specialFilesRefusedByName()
{
    QFETCH(QString, path);
    QFETCH(QString, error);
    QElapsedTimer timer;
    timer.start();
    const IngestResult r = Ingestor().readFile(path);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, error);
    QCOMPARE(r.source, path);
    QVERIFY2(timer.elapsed() < 2000, "a special file was opened or read");
}

void TestInputBounds::folderWithSpecialFilesReadsOnlyTheFiles()
{
    const QStringList files = Ingestor::expandPaths({ m_dir.path() });
    int read = 0, refused = 0;
    for (const QString& path : files) {
        const IngestResult r = Ingestor().readFile(path);
        if (r.ok) {
            ++read;
            QVERIFY(path.endsWith(QLatin1String("article.txt")));
        } else {
            ++refused;
            QVERIFY2(r.error.contains(QLatin1String("not a regular file")), qPrintable(path + r.error));
        }
    }
    QCOMPARE(read, 1);
    QVERIFY(refused >= 2); // the links to /dev/zero and to the FIFO at least
}

void TestInputBounds::sizeLimitSaysMiB()
{
    QCOMPARE(Ingestor::sizeLimitMessage(), QStringLiteral("file is larger than the 50 MiB limit"));
    QCOMPARE(Ingestor::MaxFileSize, qint64(50) * 1024 * 1024);
}

void TestInputBounds::deepHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expectedText");
    const QString quote = QStringLiteral("<p>\"The line holds,\" the general said in Vilnius.</p>");
    QString inline100k = QStringLiteral("<html><body><article>") + quote + QStringLiteral("<p>");
    for (int i = 0; i < 100000; ++i)
        inline100k += QStringLiteral("<b><i>");
    inline100k += QStringLiteral("deepest words</p></article></body></html>");
    QTest::addRow("100,000 unclosed <b><i>") << inline100k << QStringLiteral("deepest words");
    QString divs = QStringLiteral("<html><body>") + quote;
    for (int i = 0; i < 100000; ++i)
        divs += QStringLiteral("<div>");
    divs += QStringLiteral("<p>\"Orders come first,\" the minister said.</p>");
    for (int i = 0; i < 100000; ++i)
        divs += QStringLiteral("</div>");
    divs += QStringLiteral("</body></html>");
    QTest::addRow("100,000 closed nested <div>s") << divs << QStringLiteral("Orders come first");
    QString siblings = QStringLiteral("<html><body>") + quote;
    for (int i = 0; i < 100000; ++i)
        siblings += QStringLiteral("<div>x</div>");
    siblings += QStringLiteral("</body></html>");
    QTest::addRow("100,000 sibling <div>s") << siblings << QStringLiteral("The line holds");
}

void TestInputBounds::deepHtml()
{
    QFETCH(QString, html);
    QFETCH(QString, expectedText);
    QElapsedTimer timer;
    timer.start();
    const HtmlReadResult r = HtmlReader().read(html);
    const qint64 ms = timer.elapsed();
    qInfo("%lld ms", ms);
    QVERIFY2(r.lines.join(QLatin1Char('\n')).contains(expectedText),
        qPrintable(r.lines.join(QLatin1Char('|')).left(500)));
    // Generous for a loaded CI machine; the quadratic walk took 32 s.
    QVERIFY2(ms < 8000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
}

// One file of the same short quote repeated past the cap: refused whole, with the reason, in
// time linear in its size; just under the cap it is read.
void TestInputBounds::statementsPerArticleCapped()
{
    const auto document = [](int quotes) {
        QByteArray text("Defence talks in Brussels\n\n");
        for (int i = 0; i < quotes; ++i)
            text += "\"We will hold line number " + QByteArray::number(i)
                + " for our allies,\" Vera Kolar said on Monday.\n\n";
        return text;
    };
    QElapsedTimer timer;
    timer.start();
    const PreparedArticle over = ImportPipeline::prepareBytes(
        document(ImportPipeline::MaxStatementsPerArticle + 500), QStringLiteral("long.txt"), QString());
    const qint64 ms = timer.elapsed();
    QVERIFY2(
        !over.ok, qPrintable(QStringLiteral("%1 statements stored").arg(over.extraction.statements.size())));
    QVERIFY2(over.error.startsWith(QStringLiteral("the document holds %1 statements, more than the %2")
                                       .arg(ImportPipeline::MaxStatementsPerArticle + 500)
                                       .arg(ImportPipeline::MaxStatementsPerArticle)),
        qPrintable(over.error));
    QVERIFY(over.extraction.statements.isEmpty());
    qInfo("%d quotes read and refused in %lld ms", ImportPipeline::MaxStatementsPerArticle + 500, ms);
    QVERIFY2(ms < 30000, qPrintable(QString::number(ms)));

    const PreparedArticle under
        = ImportPipeline::prepareBytes(document(2000), QStringLiteral("ok.txt"), QString());
    QVERIFY2(under.ok, qPrintable(under.error));
    QCOMPARE(under.extraction.statements.size(), qsizetype(2000));
}

QTEST_GUILESS_MAIN(TestInputBounds)
#include "tst_inputbounds.moc"
