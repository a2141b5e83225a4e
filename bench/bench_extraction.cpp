// Extraction throughput: 10,000 synthetic articles of about 5 KB, extraction alone, one thread.
// Target (issues 4, 11, 17): under 2 s of CPU. Usage: bench_extraction [articles] [--synthetic-only]
// (--synthetic-only skips the second mix, for profiling the first alone). `bench_extraction --jsonl
// [articles]` measures the synthetic mix only and prints JSON rows for bench/run_benchmarks.py.
// `bench_extraction --dump ARTICLES [FILE.jsonl…]` prints, one JSON line per article, every field the
// extractor sets, for the first ARTICLES synthetic articles and then for each line of each FILE (the
// `title`, `published` and `text` of `quoteline-cli extract --format jsonl --text`): two dumps from
// before and after a speed change must be identical.
#include "core/analysis/extraction/Extractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
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

ql::Article syntheticDated(QRandomGenerator& rng)
{
    ql::Article a;
    a.text = syntheticArticle(rng);
    a.published = QDate(2024, 3, 14);
    return a;
}

QJsonValue isoOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

// Everything `Extraction` holds, so that a dump compares all of it, not only what the scorers read.
QJsonObject fullDump(const ql::Extraction& e)
{
    QJsonArray statements;
    for (const ql::Statement& s : e.statements) {
        statements.append(QJsonObject { { QStringLiteral("speaker"), s.speaker },
            { QStringLiteral("text"), s.text }, { QStringLiteral("kind"), int(s.kind) },
            { QStringLiteral("start"), s.start }, { QStringLiteral("end"), s.end },
            { QStringLiteral("from"), isoOrNull(s.said.from) },
            { QStringLiteral("to"), isoOrNull(s.said.to) }, { QStringLiteral("evidence"), s.said.evidence },
            { QStringLiteral("saidOn"), isoOrNull(s.saidOn) } });
    }
    QJsonArray figures;
    for (const ql::Figure& f : e.figures) {
        figures.append(QJsonObject { { QStringLiteral("kind"), f.kind }, { QStringLiteral("value"), f.value },
            { QStringLiteral("currency"), f.currency }, { QStringLiteral("year"), f.year },
            { QStringLiteral("text"), f.text }, { QStringLiteral("subject"), f.subject },
            { QStringLiteral("actor"), f.actor }, { QStringLiteral("perYear"), f.perYear },
            { QStringLiteral("reportedBy"), f.reportedBy }, { QStringLiteral("statement"), f.statementIndex },
            { QStringLiteral("start"), f.start }, { QStringLiteral("end"), f.end } });
    }
    return QJsonObject { { QStringLiteral("isTranscript"), e.isTranscript },
        { QStringLiteral("transcriptSpeaker"), e.transcriptSpeaker },
        { QStringLiteral("statements"), statements }, { QStringLiteral("figures"), figures } };
}

int dump(int count, const QStringList& files)
{
    const ql::Extractor extractor;
    auto print = [&extractor](const ql::Article& a) {
        std::fputs(
            QJsonDocument(fullDump(extractor.extract(a))).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputc('\n', stdout);
    };
    QRandomGenerator rng(20240314);
    for (int i = 0; i < count; ++i)
        print(syntheticDated(rng));
    for (const QString& name : files) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(
                stderr, "bench_extraction: %s: %s\n", qPrintable(name), qPrintable(file.errorString()));
            return 1;
        }
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine();
            ++lineNumber;
            QJsonParseError error {};
            const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
            if (error.error != QJsonParseError::NoError || !o.contains(QStringLiteral("text"))) {
                std::fprintf(stderr, "bench_extraction: %s:%d: not a JSON line with a text\n",
                    qPrintable(name), lineNumber);
                return 1;
            }
            ql::Article a;
            a.title = o.value(QStringLiteral("title")).toString();
            a.published = QDate::fromString(o.value(QStringLiteral("published")).toString(), Qt::ISODate);
            a.text = o.value(QStringLiteral("text")).toString();
            print(a);
        }
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--dump"))
        return dump(args.value(1).toInt(), args.mid(2));
    // `--jsonl [ARTICLES]`: the synthetic mix only, one JSON row for bench/run_benchmarks.py, exit 0.
    const bool jsonl = args.value(0) == QLatin1String("--jsonl");
    const QString countArg = jsonl ? args.value(1) : args.value(0);
    const int count = std::max(1, countArg.isEmpty() ? 10000 : countArg.toInt());
    QRandomGenerator rng(20240314);
    QList<ql::Article> articles;
    articles.reserve(count);
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        articles.append(syntheticDated(rng));
        bytes += articles.back().text.size();
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
    const bool met = ms * 10000 <= 2000LL * count;
    if (jsonl) {
        std::printf("{\"name\":\"cpu_per_10k\",\"figure\":%.1f,\"unit\":\"ms\",\"target\":2000,\"met\":%s}\n",
            double(ms) * 10000.0 / count, met ? "true" : "false");
        std::printf(
            "{\"name\":\"ms_per_article\",\"figure\":%.4f,\"unit\":\"ms\",\"target\":null,\"met\":null}\n",
            double(ms) / count);
        return 0;
    }
    std::printf(
        "bench_extraction: %d articles, %.1f KB average, %lld ms CPU (%lld ms wall, %.3f ms/article), "
        "%lld statements, %lld figures; budget 2000 ms for 10000: %s\n",
        count, double(bytes) / count / 1024.0, static_cast<long long>(ms), static_cast<long long>(wallMs),
        double(ms) / count, static_cast<long long>(statements), static_cast<long long>(figures),
        met ? "OK" : "OVER");
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
    const bool syntheticOnly = args.value(1) == QLatin1String("--synthetic-only");
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
    return met ? 0 : 1;
}
