// Speed and recall of the comparison engine on invented statements (SyntheticCorpus).
// Usage: bench_comparison [STATEMENTS=1000000] [BASELINE=20000]. Build in Release.
#include "core/analysis/comparison/MinHashLshIndex.h"
#include "core/analysis/comparison/VariantFamilies.h"
#include "tests/core/analysis/comparison/SyntheticCorpus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <time.h>
#include <vector>

namespace {

double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1.0;
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    const auto match = hwm.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : -1.0;
}

double cpuSeconds()
{
    return double(std::clock()) / double(CLOCKS_PER_SEC);
}

// On a shared, loaded machine wall time per query mostly measures the scheduler; the calling
// thread's CPU time is what the engine itself costs.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

void printPercentiles(const char* label, std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    double sum = 0;
    for (const double t : times)
        sum += t;
    std::printf("%s: mean %.2f ms, p99 %.2f ms, max %.2f ms\n", label, sum / double(times.size()),
        times[times.size() * 99 / 100], times.back());
}

// QL_BENCH_BANDS / QL_BENCH_ROWS let the LSH shape be explored without rebuilding.
ql::MinHashLshIndex::Options indexOptions()
{
    ql::MinHashLshIndex::Options options;
    if (qEnvironmentVariableIsSet("QL_BENCH_BANDS"))
        options.bands = qEnvironmentVariableIntValue("QL_BENCH_BANDS");
    if (qEnvironmentVariableIsSet("QL_BENCH_ROWS"))
        options.rows = qEnvironmentVariableIntValue("QL_BENCH_ROWS");
    return options;
}

void baseline(int count)
{
    std::printf("== Recall and speed-up against exact all-pairs, %d statements\n", count);
    SyntheticCorpus corpus(1234, 30000);
    ql::MinHashLshIndex index(indexOptions());
    std::printf("LSH: %d bands x %d rows\n", index.options().bands, index.options().rows);
    std::vector<ql::WeightedJaccard::TokenSet> sets;
    sets.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const QString text = corpus.next();
        index.add(i, text);
        sets.push_back(index.measure().tokenSet(text));
    }

    QElapsedTimer timer;
    timer.start();
    std::vector<std::pair<int, int>> exact;
    for (int i = 0; i < count; ++i) {
        for (int j = i + 1; j < count; ++j) {
            if (index.measure().similarity(sets[size_t(i)], sets[size_t(j)]) >= 0.5)
                exact.emplace_back(i, j);
        }
    }
    const double exactMs = double(timer.nsecsElapsed()) / 1e6;

    timer.restart();
    std::vector<std::pair<int, int>> found;
    qint64 candidates = 0;
    for (int i = 0; i < count; ++i) {
        for (const auto& hit : index.similarTo(i, 0, 0.5)) {
            if (hit.id > i)
                found.emplace_back(i, int(hit.id));
        }
    }
    const double lshMs = double(timer.nsecsElapsed()) / 1e6;
    for (int i = 0; i < count; i += 20)
        candidates += index.candidateCount(corpus.next());

    std::sort(found.begin(), found.end());
    qint64 hits = 0;
    for (const auto& pair : exact)
        hits += std::binary_search(found.begin(), found.end(), pair) ? 1 : 0;
    std::printf("pairs with weighted Jaccard >= 0.5: %zu exact, %lld found by LSH, recall %.2f %%\n",
        exact.size(), hits, exact.empty() ? 100.0 : 100.0 * double(hits) / double(exact.size()));
    std::printf(
        "all-pairs %.0f ms, LSH all-neighbours %.0f ms, speed-up x%.1f\n", exactMs, lshMs, exactMs / lshMs);
    std::printf("mean LSH candidates per new query: %.1f of %d\n",
        double(candidates) / double((count + 19) / 20), count);
}

void scale(int count)
{
    std::printf("== %d statements\n", count);
    SyntheticCorpus corpus(99, 30000);
    QList<ql::Statement> statements;
    statements.reserve(count);
    for (int i = 1; i <= count; ++i) {
        ql::Statement s;
        s.id = i;
        s.text = corpus.next();
        statements.append(s);
    }
    std::printf("generated, peak RSS %.0f MiB\n", peakRssMiB());

    ql::VariantFamilies::Options options;
    options.index = indexOptions();
    ql::VariantFamilies families(options);
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    families.rebuild(statements);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    const double buildCpu = cpuSeconds() - cpuBefore;
    statements = QList<ql::Statement>();
    qsizetype inFamilies = 0;
    const auto multi = families.familyIds(2);
    for (const qint64 family : multi)
        inFamilies += families.members(family).size();
    std::printf(
        "families from scratch (index + grouping, %d threads): %.1f s wall, %.1f s CPU; %lld families, "
        "%lld with >= 2 members holding %lld statements\n",
        families.options().threads, buildMs / 1000.0, buildCpu,
        static_cast<long long>(families.familyCount()), static_cast<long long>(multi.size()),
        static_cast<long long>(inFamilies));
    std::printf("index memory estimate %.0f MiB, peak RSS %.0f MiB\n",
        double(families.index().memoryBytes()) / 1048576.0, peakRssMiB());

    std::vector<double> times;
    std::vector<double> cpuTimes;
    for (int q = 0; q < 1000; ++q) {
        const QString text = corpus.next();
        const double cpuStart = threadCpuMs();
        timer.restart();
        const auto hits = families.similar(text, 10);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpuTimes.push_back(threadCpuMs() - cpuStart);
        Q_UNUSED(hits);
    }
    qint64 candidates = 0;
    for (int q = 0; q < 200; ++q)
        candidates += families.index().candidateCount(corpus.next());
    std::printf("mean LSH candidates per query: %.1f\n", double(candidates) / 200.0);
    printPercentiles("similar(sentence, 10), wall", times);
    printPercentiles("similar(sentence, 10), thread CPU", cpuTimes);

    timer.restart();
    const double addCpu = threadCpuMs();
    for (int i = 0; i < 1000; ++i)
        families.add(qint64(count) + 1 + i, corpus.next());
    std::printf("adding 1000 statements incrementally: %.0f ms wall, %.0f ms CPU\n",
        double(timer.nsecsElapsed()) / 1e6, threadCpuMs() - addCpu);
    std::printf("peak RSS (VmHWM) %.0f MiB\n", peakRssMiB());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 1000000;
    const int baselineCount = args.size() > 2 ? args.at(2).toInt() : 20000;
    baseline(baselineCount);
    scale(count);
    return 0;
}
