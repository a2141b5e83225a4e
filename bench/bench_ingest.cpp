// Reader throughput: synthetic plain-text articles and HTML pages through Ingestor (no store, no
// extraction). With file arguments, prints what the readers make of those files instead.
#include "core/ingest/Ingestor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <ctime>

using namespace ql;

namespace {

const char* const vocabulary[]
    = { "alliance", "defence", "industry", "production", "ammunition", "spending", "capabilities", "minister",
          "summit", "deterrence", "contracts", "security", "support", "partners", "forces", "the", "of",
          "and", "to", "in", "that", "for", "with", "on", "was", "said", "would", "new", "more", "year" };

QString sentence(QRandomGenerator& rng)
{
    QString s;
    const int n = 12 + int(rng.bounded(14));
    for (int i = 0; i < n; ++i) {
        QString w
            = QString::fromLatin1(vocabulary[rng.bounded(int(sizeof vocabulary / sizeof vocabulary[0]))]);
        if (i == 0)
            w[0] = w[0].toUpper();
        s += w;
        s += i + 1 < n ? QLatin1Char(' ') : QLatin1Char('.');
    }
    if (rng.bounded(4) == 0)
        s = QStringLiteral("“%1” the minister said.").arg(s.chopped(1));
    return s;
}

QByteArray plainArticle(int i)
{
    QRandomGenerator rng(quint32(i + 1));
    QString t
        = QStringLiteral("Headline number %1 about allied production\n\nPublished 12 March 2024\n\n").arg(i);
    while (t.size() < 4800) {
        for (int k = 0; k < 3; ++k)
            t += sentence(rng) + QLatin1Char(' ');
        t += QStringLiteral("\n\n");
    }
    t += QStringLiteral("Related Posts\n\nSign up to our newsletter\n\nNews\nAir\nLand\nNaval\nContact Us\n");
    return t.toUtf8();
}

QByteArray htmlPage(int i)
{
    QRandomGenerator rng(quint32(i + 7));
    QString body;
    while (body.size() < 5000)
        body += QStringLiteral("<p>%1 %2</p>\n").arg(sentence(rng), sentence(rng));
    QString nav;
    for (int k = 0; k < 40; ++k)
        nav += QStringLiteral("<li><a href=\"/section/%1\">Section %1</a></li>").arg(k);
    return QStringLiteral(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Page %1 | Site</title>"
        "<meta property=\"article:published_time\" content=\"2024-03-12T08:00:00Z\">"
        "<script>var x = 1;</script><style>p{}</style></head><body><header><nav><ul>%2</ul></nav>"
        "</header><main><article><h1>Headline %1</h1>%3</article><aside class=\"related\"><ul>%2</ul>"
        "</aside></main><footer>© 2024 Site. All rights reserved.</footer></body></html>")
        .arg(i)
        .arg(nav, body)
        .toUtf8();
}

// Wall time, and the process CPU time in `cpuSeconds` (the machine may be shared).
double run(const QList<QByteArray>& docs, const QString& name, int threads, double* cpuSeconds)
{
    const std::clock_t cpu0 = std::clock();
    QThreadPool::globalInstance()->setMaxThreadCount(threads);
    std::atomic<int> failed { 0 };
    QElapsedTimer timer;
    timer.start();
    QtConcurrent::blockingMap(docs, [&](const QByteArray& bytes) {
        const IngestResult r = Ingestor().readBytes(bytes, name);
        if (!r.ok)
            ++failed;
    });
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    *cpuSeconds = double(std::clock() - cpu0) / CLOCKS_PER_SEC;
    if (failed > 0)
        QTextStream(stderr) << failed << " documents failed\n";
    return seconds;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList files = app.arguments().mid(1);
    if (!files.isEmpty()) {
        for (const QString& f : files) {
            const IngestResult r = Ingestor().readFile(f);
            out << "== " << f << (r.ok ? QString() : QStringLiteral(" ERROR: ") + r.error) << '\n';
            out << "title: " << r.article.title << "\ndate: " << r.article.published.toString(Qt::ISODate)
                << " (" << r.article.dateOrigin << ")\nsource: " << r.article.sourceUrl
                << "\npublisher: " << r.article.publisher << "\nlanguage: " << r.article.language << "\n--\n"
                << r.article.text << "\n\n";
        }
        return 0;
    }
    const int threads = qMax(1, QThread::idealThreadCount());
    QList<QByteArray> plain;
    for (int i = 0; i < 10000; ++i)
        plain.append(plainArticle(i));
    QList<QByteArray> html;
    for (int i = 0; i < 3000; ++i)
        html.append(htmlPage(i));
    for (const int t : { 1, threads }) {
        double pc = 0, hc = 0;
        const double ps = run(plain, QStringLiteral("a.txt"), t, &pc);
        const double hs = run(html, QStringLiteral("a.html"), t, &hc);
        out << "threads " << t << ": 10000 plain (~" << plain.first().size() / 1024 << " KB) in " << ps
            << " s (" << pc << " s CPU) = " << int(10000 / ps) << " articles/s; 3000 HTML (~"
            << html.first().size() / 1024 << " KB) in " << hs << " s (" << hc
            << " s CPU) = " << int(3000 / hs) << " pages/s\n";
    }
    return 0;
}
