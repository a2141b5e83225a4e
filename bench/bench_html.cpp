// HTML import speed on real saved pages, on one core: every page through Ingestor::readBytes
// (decode, one gumbo parse, content extraction, line filter, metadata), no store, no extraction.
//
//   bench_html [FILE|FOLDER…]          pages/s and pages per CPU-second on one thread
//   bench_html --jsonl FILE|FOLDER…    one {"file", "title", "text"} line per page (or "error"),
//                                      what score_boilerplate.py reads, without the extractor
//
// Without arguments it reads ../shared/eval/web/boilerplate/html. Files ending in .gz are
// decompressed with gzip(1) first, so the shared pages can be used as they are stored.
#include "core/ingest/Ingestor.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

#include <ctime>

using namespace ql;

namespace {

struct Page
{
    QString path; // without .gz, so the page's name ends in .html as the importer sees it
    QByteArray bytes;
};

QByteArray readPage(const QString& path, QString* error)
{
    if (!path.endsWith(QLatin1String(".gz"))) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = f.errorString();
            return {};
        }
        return f.readAll();
    }
    QProcess gzip;
    gzip.start(QStringLiteral("gzip"), { QStringLiteral("-dc"), path });
    if (!gzip.waitForFinished(60000) || gzip.exitStatus() != QProcess::NormalExit || gzip.exitCode() != 0) {
        *error
            = QStringLiteral("gzip -dc failed: %1").arg(QString::fromLocal8Bit(gzip.readAllStandardError()));
        return {};
    }
    return gzip.readAllStandardOutput();
}

QList<Page> loadPages(const QStringList& arguments, QTextStream& err)
{
    QStringList files;
    for (const QString& a : arguments) {
        if (!QFileInfo(a).isDir()) {
            files.append(a);
            continue;
        }
        QStringList inside;
        QDirIterator it(a, { QStringLiteral("*.html"), QStringLiteral("*.htm"), QStringLiteral("*.html.gz") },
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            inside.append(it.next());
        inside.sort();
        files += inside;
    }
    QList<Page> pages;
    for (const QString& f : std::as_const(files)) {
        QString error;
        const QByteArray bytes = readPage(f, &error);
        if (!error.isEmpty()) {
            err << f << ": " << error << Qt::endl;
            continue;
        }
        pages.append({ f.endsWith(QLatin1String(".gz")) ? f.chopped(3) : f, bytes });
    }
    return pages;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    const bool jsonl = args.removeAll(QStringLiteral("--jsonl")) > 0;
    if (args.isEmpty())
        args.append(QStringLiteral(QL_SHARED_EVAL_DIR "/web/boilerplate/html"));
    const QList<Page> pages = loadPages(args, err);
    if (pages.isEmpty()) {
        err << "bench_html: no pages found in " << args.join(QLatin1Char(' ')) << Qt::endl;
        return 1;
    }

    if (jsonl) {
        for (const Page& p : pages) {
            const IngestResult r = Ingestor().readBytes(p.bytes, QFileInfo(p.path).fileName());
            QJsonObject o { { QStringLiteral("file"), p.path } };
            if (r.ok) {
                o.insert(QStringLiteral("title"), r.article.title);
                o.insert(QStringLiteral("text"), r.article.text);
            } else {
                o.insert(QStringLiteral("error"), r.error);
            }
            out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        }
        return 0;
    }

    qint64 bytes = 0;
    for (const Page& p : pages)
        bytes += p.bytes.size();
    // Whole rounds over the set for at least five seconds (three at least), on this one thread: the machine
    // may be shared, so the CPU time is printed beside the wall time and is the figure to compare.
    int rounds = 0;
    int refused = 0;
    QElapsedTimer timer;
    const std::clock_t cpu0 = std::clock();
    timer.start();
    while (rounds < 3 || timer.elapsed() < 5000) {
        for (const Page& p : pages) {
            const IngestResult r = Ingestor().readBytes(p.bytes, QFileInfo(p.path).fileName());
            refused += rounds == 0 && !r.ok;
        }
        ++rounds;
    }
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = double(std::clock() - cpu0) / CLOCKS_PER_SEC;
    const double done = double(rounds) * double(pages.size());
    out << pages.size() << " HTML pages (" << bytes / 1024 / pages.size() << " KB average), " << rounds
        << " rounds on one thread: " << qRound(done / wall) << " pages/s wall, " << qRound(done / cpu)
        << " pages per CPU-second; " << refused << " refused\n";
    return 0;
}
