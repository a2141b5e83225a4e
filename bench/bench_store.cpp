// The store on a large archive (issue 17): how long a CLI command takes to open it, `similar` as a
// whole process, restoring the variant-family index, and the first page of a search for a
// selective and a common word (p95, snippets included) against a bare FTS5 query on the same texts.
// Usage: bench_store [--jsonl] [--team URL] STORE [SIZE_LABEL]
// With --team URL (an empty PostgreSQL database, postgresql://…), the store is copied there first
// and the same two searches are timed on the team store too (rows team_search_*), each beside the
// same search on the SQLite store as its baseline (issue 16: PostgreSQL's latency next to SQLite's).
// STORE is a store made by `quoteline-cli import` (bench/run_benchmarks.py makes one); it is only
// read, except what the store itself completes on first use (variant keys of an older store, the
// folded search index). quoteline-cli is taken from QL_BENCH_CLI or beside this program's folder
// (../app/quoteline-cli). Repeats: QL_BENCH_REPEATS (default 5); searches run 4x that for the p95.
// Targets at 200,000 articles: any CLI command <= 100 ms to open (time to first output of
// `stats`), `similar` <= 100 ms as a whole process, search p95 <= 20 ms (selective word) and
// <= 50 ms (common word). Without --jsonl the same rows print as a table. Exit 1 only when it
// could not run (no store, no quoteline-cli).
#include "core/families/FamilyIndex.h"
#include "core/store/Store.h"
#include "core/store/StoreCopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

namespace {

bool g_jsonl = false;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

double p95(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[std::min(v.size() - 1, size_t(double(v.size()) * 0.95))];
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// target < 0: informative (no target). Lower is better for every row here.
void row(const char* name, double figure, const char* unit, double target,
    std::optional<double> baseline = std::nullopt)
{
    const bool hasTarget = target >= 0;
    if (g_jsonl) {
        std::printf("{\"name\":\"%s\",\"figure\":%.2f,\"unit\":\"%s\",\"target\":%s,\"met\":%s", name, figure,
            unit, hasTarget ? QByteArray::number(target).constData() : "null",
            hasTarget ? (figure <= target ? "true" : "false") : "null");
        if (baseline)
            std::printf(
                ",\"baseline\":%.2f,\"ratio\":%.2f", *baseline, *baseline > 0 ? figure / *baseline : 0.0);
        std::printf("}\n");
    } else {
        std::printf("%-28s %10.2f %-3s target %-6s %s", name, figure, unit,
            hasTarget ? QByteArray::number(target).constData() : "-",
            hasTarget ? (figure <= target ? "met" : "MISSED") : "");
        if (baseline)
            std::printf("  (baseline %.2f, ratio %.2f)", *baseline, *baseline > 0 ? figure / *baseline : 0.0);
        std::printf("\n");
    }
    std::fflush(stdout);
}

// Wall time of a whole quoteline-cli process until its first output (firstOutput) or its end.
double timeProcess(const QString& cli, const QStringList& args, bool firstOutput, bool* ok)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(cli, args);
    if (!p.waitForStarted(10000)) {
        *ok = false;
        return 0;
    }
    double ms = 0;
    if (firstOutput) {
        while (p.bytesAvailable() == 0 && p.state() == QProcess::Running)
            p.waitForReadyRead(5);
        ms = double(t.nsecsElapsed()) / 1e6;
        p.waitForFinished(60000);
    } else {
        p.waitForFinished(60000);
        ms = double(t.nsecsElapsed()) / 1e6;
    }
    *ok = *ok && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    g_jsonl = args.removeAll(QStringLiteral("--jsonl")) > 0;
    QString teamUrl;
    if (const qsizetype at = args.indexOf(QStringLiteral("--team")); at >= 0 && at + 1 < args.size()) {
        teamUrl = args.at(at + 1);
        args.removeAt(at + 1);
        args.removeAt(at);
    }
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_store [--jsonl] [--team URL] STORE [SIZE_LABEL]\n");
        return 1;
    }
    const QString path = args.at(0);
    const QString label = args.size() > 1 ? args.at(1) : QString();
    if (!QFileInfo::exists(path)) {
        std::fprintf(stderr, "bench_store: %s does not exist\n", qPrintable(path));
        return 1;
    }
    QString cli = qEnvironmentVariable("QL_BENCH_CLI");
    if (cli.isEmpty())
        cli = QDir(app.applicationDirPath()).filePath(QStringLiteral("../app/quoteline-cli"));
    if (!QFileInfo(cli).isExecutable()) {
        std::fprintf(stderr, "bench_store: no quoteline-cli at %s (set QL_BENCH_CLI)\n", qPrintable(cli));
        return 1;
    }
    const int repeats = std::max(1,
        qEnvironmentVariableIntValue("QL_BENCH_REPEATS") > 0
            ? qEnvironmentVariableIntValue("QL_BENCH_REPEATS")
            : 5);
    std::printf("bench_store %s%s%s, %d repeats\n", qPrintable(path), label.isEmpty() ? "" : " size ",
        qPrintable(label), repeats);

    // In-process first: the store completes what it lacks (keys, folded index) before the timed runs.
    ql::Store store;
    QElapsedTimer t;
    std::vector<double> opens;
    for (int i = 0; i < repeats; ++i) {
        store.close();
        t.start();
        if (const ql::StoreError e = store.open(path); e.isError()) {
            std::fprintf(stderr, "bench_store: %s\n", qPrintable(e.message));
            return 1;
        }
        opens.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const int statements = store.statementCount();
    std::printf("%d articles, %d statements\n", store.articleCount(), statements);
    row("open_store", median(opens), "ms", -1);

    {
        ql::FamilyIndex families(store);
        t.start();
        if (const ql::StoreError e = families.load(); e.isError()) {
            std::fprintf(stderr, "bench_store: families: %s\n", qPrintable(e.message));
            return 1;
        }
        row("family_load", double(t.nsecsElapsed()) / 1e6, "ms", -1);
        row("family_load_hashed", families.lastHashed(), "stmts", -1);
        row("family_load_rss", peakRssMb(), "MB", -1);
    }

    // A variant of a stored line: its middle statement with the last word dropped.
    QString probe = QStringLiteral("there is no defence without industry");
    if (statements > 0) {
        const QList<ql::StatementRow> rows = store.statementRows(0, statements / 2, 1);
        if (!rows.isEmpty()) {
            QStringList words = rows.first().statement.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.size() > 4)
                words.removeLast();
            probe = words.join(QLatin1Char(' '));
        }
    }
    {
        const ql::FamilyIndex lookup(store); // not loaded: similar() is a look-up in the store
        std::vector<double> times;
        for (int i = 0; i < repeats; ++i) {
            t.start();
            const auto hits = lookup.similar(probe, 10);
            times.push_back(double(t.nsecsElapsed()) / 1e6);
            if (i == 0)
                std::printf("similar: %lld hits, best %.3f\n", qlonglong(hits.size()),
                    hits.isEmpty() ? 0.0 : hits.first().first);
        }
        row("similar_lookup", median(times), "ms", -1);
    }

    // The words come from the store's own FTS5 vocabulary, and the baseline is a bare FTS5 query for
    // each (ranked, the same page size) on the same texts: both through Python's sqlite3 on a
    // read-only connection (SQL stays out of the program itself, as everywhere outside the store).
    QString common, selective;
    std::optional<double> commonBase, selectiveBase;
    {
        static const char* const script = R"PY(
import sqlite3, sys, time
db = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)
db.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'statements_fts', 'row')")
common = db.execute("SELECT term FROM temp.vocab WHERE length(term) >= 4 AND term NOT GLOB '*[0-9]*'"
                    " ORDER BY doc DESC LIMIT 1").fetchone()
selective = db.execute("SELECT term FROM temp.vocab WHERE length(term) >= 5 AND term NOT GLOB '*[0-9]*'"
                       " ORDER BY abs(doc - 40), term LIMIT 1").fetchone()
for kind, word in (('common', common), ('selective', selective)):
    if not word:
        continue
    times = []
    for _ in range(int(sys.argv[2])):
        t = time.perf_counter()
        db.execute("SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rank LIMIT 200",
                   ('"%s"*' % word[0],)).fetchall()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    print(kind, word[0], times[min(len(times) - 1, int(len(times) * 0.95))])
)PY";
        QProcess py;
        py.start(QStringLiteral("python3"),
            { QStringLiteral("-c"), QString::fromUtf8(script), path, QString::number(repeats * 4) });
        if (py.waitForFinished(120000) && py.exitCode() == 0) {
            for (const QString& line :
                QString::fromUtf8(py.readAllStandardOutput()).split(QLatin1Char('\n'))) {
                const QStringList f = line.split(QLatin1Char(' '));
                if (f.size() != 3)
                    continue;
                if (f.at(0) == QLatin1String("common")) {
                    common = f.at(1);
                    commonBase = f.at(2).toDouble();
                } else {
                    selective = f.at(1);
                    selectiveBase = f.at(2).toDouble();
                }
            }
        } else {
            std::printf("no baseline: python3 with sqlite3 did not run (%s)\n",
                py.readAllStandardError().trimmed().constData());
        }
    }
    std::printf("search words: selective '%s', common '%s'\n", qPrintable(selective), qPrintable(common));
    const auto searchP95 = [&t, repeats](ql::Store& where, const QString& word, qsizetype* hits) {
        std::vector<double> times;
        for (int i = 0; i < repeats * 4; ++i) {
            t.start();
            *hits = where.search(word).size();
            times.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        return p95(times);
    };
    qsizetype hits = 0;
    std::optional<double> selectiveP95, commonP95;
    if (!selective.isEmpty()) {
        t.start();
        store.search(selective);
        row("search_first", double(t.nsecsElapsed()) / 1e6, "ms", -1);
        selectiveP95 = searchP95(store, selective, &hits);
        std::printf("selective: %lld hits on the first page\n", qlonglong(hits));
        row("search_selective_p95", *selectiveP95, "ms", 20, selectiveBase);
    }
    if (!common.isEmpty()) {
        commonP95 = searchP95(store, common, &hits);
        std::printf("common: %lld hits on the first page\n", qlonglong(hits));
        row("search_common_p95", *commonP95, "ms", 50, commonBase);
    }
    if (!teamUrl.isEmpty()) {
        ql::Store team;
        if (const ql::StoreError e = team.open(teamUrl); e.isError()) {
            std::fprintf(stderr, "bench_store: team store: %s\n", qPrintable(e.message));
            return 1;
        }
        QList<ql::StoreCopy::TableCount> counts;
        t.start();
        if (const ql::StoreError e = ql::StoreCopy::copy(store, team, &counts); e.isError()) {
            std::fprintf(stderr, "bench_store: copy to the team store: %s\n", qPrintable(e.message));
            return 1;
        }
        row("team_copy", double(t.nsecsElapsed()) / 1e3 / 1e6, "s", -1);
        if (!selective.isEmpty()) {
            t.start();
            team.search(selective);
            row("team_search_first", double(t.nsecsElapsed()) / 1e6, "ms", -1);
            const double p = searchP95(team, selective, &hits);
            std::printf("team, selective: %lld hits on the first page\n", qlonglong(hits));
            row("team_search_selective_p95", p, "ms", 20, selectiveP95);
        }
        if (!common.isEmpty()) {
            const double p = searchP95(team, common, &hits);
            std::printf("team, common: %lld hits on the first page\n", qlonglong(hits));
            row("team_search_common_p95", p, "ms", 50, commonP95);
        }
    }
    store.close();

    // Whole processes, as a user or script meets them.
    bool ok = true;
    std::vector<double> floor, stats, similar;
    for (int i = 0; i < repeats; ++i) {
        floor.push_back(timeProcess(cli, { QStringLiteral("--version") }, true, &ok));
        stats.push_back(
            timeProcess(cli, { QStringLiteral("--store"), path, QStringLiteral("stats") }, true, &ok));
        similar.push_back(timeProcess(cli,
            { QStringLiteral("--store"), path, QStringLiteral("similar"), QStringLiteral("--limit"),
                QStringLiteral("10"), probe },
            false, &ok));
    }
    if (!ok) {
        std::fprintf(stderr, "bench_store: a quoteline-cli run failed\n");
        return 1;
    }
    row("cli_start", median(floor), "ms", -1);
    row("open_cli", median(stats), "ms", 100, median(floor));
    row("similar_cli", median(similar), "ms", 100, median(floor));
    return 0;
}
