// Extraction throughput: 10,000 synthetic articles of about 5 KB, extraction alone, one thread.
// Target (issue 4): under 2 s in a Release build. Usage: bench_extraction [articles] [--synthetic-only]
// (--synthetic-only skips the second mix, for profiling the first alone).
#include "analysis/extraction/Extractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>
#include <ctime>

namespace {

// CPU time of this thread: what "one core" costs, even when other processes share the machine.
qint64 threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

QString pick(QRandomGenerator& rng, const QStringList& list)
{
    return list.at(int(rng.bounded(quint32(list.size()))));
}

QString syntheticArticle(QRandomGenerator& rng)
{
    static const QStringList first = { QStringLiteral("Anna"), QStringLiteral("Piotr"),
        QStringLiteral("Maren"), QStringLiteral("Tomas"), QStringLiteral("Ilse"), QStringLiteral("Rafael") };
    static const QStringList last
        = { QStringLiteral("Kowal"), QStringLiteral("Berg"), QStringLiteral("Lindqvist"),
              QStringLiteral("Moreau"), QStringLiteral("Dahl"), QStringLiteral("Santos") };
    static const QStringList roles = { QStringLiteral("Defence Minister"), QStringLiteral("Chief Executive"),
        QStringLiteral("NATO Secretary General"), QStringLiteral("Foreign Minister") };
    static const QStringList verbs = { QStringLiteral("said"), QStringLiteral("stressed"),
        QStringLiteral("added"), QStringLiteral("warned"), QStringLiteral("noted") };
    static const QStringList quotes = {
        QStringLiteral("We must rebuild our stocks faster than anyone expected"),
        QStringLiteral("The factories are running three shifts and still cannot keep up"),
        QStringLiteral("Nobody should doubt that we will deliver what we promised"),
        QStringLiteral("Our partners need long contracts so that they can invest in new lines"),
    };
    static const QStringList filler = {
        QStringLiteral(
            "The ministry published its annual procurement review on Tuesday, listing delays in several "
            "programmes and a shortage of skilled welders in the northern yards."),
        QStringLiteral("Analysts expect the order book to grow as governments replace equipment sent abroad, "
                       "although supply chains for explosives remain tight across the continent."),
        QStringLiteral(
            "Several companies reported that they had hired hundreds of engineers, while unions warned "
            "that training new staff takes years rather than months."),
    };
    QString text;
    text.reserve(5600);
    const QString name = pick(rng, first) + QLatin1Char(' ') + pick(rng, last);
    text
        += pick(rng, roles) + QLatin1Char(' ') + name + QStringLiteral(" visited the plant on 12 March.\n\n");
    while (text.size() < 5000) {
        switch (rng.bounded(6)) {
        case 0:
            text += QStringLiteral("\u201C") + pick(rng, quotes) + QStringLiteral(",\u201D ")
                + name.section(QLatin1Char(' '), 1) + QLatin1Char(' ') + pick(rng, verbs)
                + QStringLiteral(".\n\n");
            break;
        case 1:
            text += QStringLiteral("\u201C") + pick(rng, quotes)
                + QStringLiteral(",\u201D she said, \u201Cand ") + pick(rng, quotes).toLower()
                + QStringLiteral(".\u201D\n\n");
            break;
        case 2:
            text += QStringLiteral(
                "The plan is worth \u20AC%1.%2 billion, including $%3 million of firm orders, and "
                "aims at %4% of GDP by 2030.\n\n")
                        .arg(rng.bounded(1, 90))
                        .arg(rng.bounded(10))
                        .arg(rng.bounded(10, 900))
                        .arg(rng.bounded(1, 5));
            break;
        case 3:
            text += QStringLiteral(
                "Related Posts\nRead also: Navy orders 155mm shells\n+49 2641 3703 - 0\n\n");
            break;
        default:
            text += pick(rng, filler) + QStringLiteral("\n\n");
            break;
        }
    }
    return text;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QRandomGenerator rng(20240314);
    QList<ql::Article> articles;
    articles.reserve(count);
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        ql::Article a;
        a.text = syntheticArticle(rng);
        a.published = QDate(2024, 3, 14);
        bytes += a.text.size();
        articles.append(a);
    }
    const ql::Extractor extractor;
    extractor.extract(articles.first()); // builds the static regexes outside the measurement
    qint64 statements = 0;
    qint64 figures = 0;
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = threadCpuMs();
    for (const ql::Article& a : std::as_const(articles)) {
        const ql::Extraction e = extractor.extract(a);
        statements += e.statements.size();
        figures += e.figures.size();
    }
    const qint64 ms = threadCpuMs() - cpuStart;
    const qint64 wallMs = timer.elapsed();
    std::printf(
        "bench_extraction: %d articles, %.1f KB average, %lld ms CPU (%lld ms wall, %.3f ms/article), "
        "%lld statements, %lld figures; budget 2000 ms for 10000: %s\n",
        count, double(bytes) / count / 1024.0, static_cast<long long>(ms), static_cast<long long>(wallMs),
        double(ms) / count, static_cast<long long>(statements), static_cast<long long>(figures),
        ms * 10000 <= 2000LL * count ? "OK" : "OVER");
    // A second, realistic mix: the user's sample articles (read from ../shared, never copied), cycled.
    const QDir dev(QStringLiteral(QL_SHARED_EVAL_DIR) + QStringLiteral("/dev"));
    QList<ql::Article> samples;
    for (const QString& name : dev.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name)) {
        QFile file(dev.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            ql::Article a;
            a.text = QString::fromUtf8(file.readAll());
            samples.append(a);
        }
    }
    const bool syntheticOnly = argc > 2 && qstrcmp(argv[2], "--synthetic-only") == 0;
    if (!samples.isEmpty() && !syntheticOnly) {
        const qint64 devStart = threadCpuMs();
        qint64 devBytes = 0;
        for (int i = 0; i < count; ++i) {
            const ql::Article& a = samples.at(i % samples.size());
            devBytes += a.text.size();
            statements += extractor.extract(a).statements.size();
        }
        const qint64 devMs = threadCpuMs() - devStart;
        std::printf("bench_extraction: dev articles cycled to %d (%.1f KB average): %lld ms CPU\n", count,
            double(devBytes) / count / 1024.0, static_cast<long long>(devMs));
    }
    return ms * 10000 <= 2000LL * count ? 0 : 1;
}
