// How the main window copes with a large store: open it, import N new files through
// File > Import Files Directly, undo and redo the import, each with the refresh that follows.
// Usage: QT_QPA_PLATFORM=offscreen ./bench_window [--jsonl] STORE [FILES=500]
// STORE is a copy of a store you may change (e.g. one made by bench/run_benchmarks.py, or by
// bench/corpus_generator.py and `quoteline-cli --store COPY import DIR`). Build in Release.
// Targets (issue 17, 100k-200k store): open <= 1500 ms with every view shown, <= 400 MB resident;
// `open` is until the window is usable (a large store's timeline and charts still loading on a
// worker), `open_loaded` until the timeline and charts are shown too.
// import, undo and redo of 100 files <= 2000 ms each. Undo and redo are repeated QL_BENCH_REPEATS
// times (default 3) and reported as medians. --jsonl prints one JSON object per figure
// (bench/run_benchmarks.py reads them); exit 1 only when the window could not do the work.
#include "app/MainWindow.h"
#include "core/store/Store.h"
#include "views/dialogs/MessageBox.h"
#include "views/import/DirectImport.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

namespace {

// Lets queued work (the refresh after a burst of changes, finished reads) run, and times it.
qint64 settle(QElapsedTimer& timer)
{
    QTest::qWait(1);
    return timer.restart();
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// CPU time of the whole process (all threads): steadier than wall time on a shared machine.
qint64 cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

qint64 median(std::vector<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

void row(const char* name, double figure, const char* unit, double target)
{
    std::printf("{\"name\":\"%s\",\"figure\":%.1f,\"unit\":\"%s\",\"target\":%.0f,\"met\":%s}\n", name,
        figure, unit, target, figure <= target ? "true" : "false");
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool jsonl = args.removeAll(QStringLiteral("--jsonl")) > 0;
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_window [--jsonl] STORE [FILES=500]\n");
        return 2;
    }
    const int repeats = std::max(1,
        qEnvironmentVariableIntValue("QL_BENCH_REPEATS") > 0
            ? qEnvironmentVariableIntValue("QL_BENCH_REPEATS")
            : 3);
    const int count = args.size() > 2 ? args.at(2).toInt() : 500;
    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < count; ++i) {
        files << dir.filePath(QStringLiteral("note%1.txt").arg(i));
        QFile f(files.last());
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(
            QStringLiteral("Bench note %1 %2\n\n\u201cWe need %1 more radars for sector %2,\u201d said Kai "
                           "Ostrow.\n")
                .arg(i)
                .arg(QDateTime::currentMSecsSinceEpoch())
                .toUtf8());
    }

    ql::Store store;
    ql::MainWindow window(&store);
    // QL_BENCH_SIZE=1280x800 looks at the window at another size.
    const QStringList size
        = qEnvironmentVariable("QL_BENCH_SIZE", QStringLiteral("1400x900")).split(QLatin1Char('x'));
    window.resize(size.value(0).toInt() > 0 ? size.value(0).toInt() : 1400,
        size.value(1).toInt() > 0 ? size.value(1).toInt() : 900);
    window.show();
    QElapsedTimer timer;
    timer.start();
    qint64 cpu = cpuMs();
    if (!window.openStore(args.at(1)))
        return 1;
    const qint64 open = timer.restart();
    const qint64 openRefresh = settle(timer);
    // A large store's timeline and charts are read on a worker: the window is usable at `open`,
    // everything is shown at `loaded`.
    QElapsedTimer loading;
    loading.start();
    // A picture of what the user sees once the store is open, a large one still loading
    // (QL_BENCH_SHOT=FILE.png); not counted in `loaded`.
    if (const QString shot = qEnvironmentVariable("QL_BENCH_SHOT"); !shot.isEmpty()) {
        window.grab().save(shot);
        loading.restart();
    }
    while (window.analysisLoading())
        QTest::qWait(5);
    const qint64 loaded = open + openRefresh + loading.elapsed();
    // And once everything is shown (QL_BENCH_SHOT_LOADED=FILE.png), after the views' own refresh.
    if (const QString shot = qEnvironmentVariable("QL_BENCH_SHOT_LOADED"); !shot.isEmpty()) {
        QTest::qWait(50);
        window.grab().save(shot);
    }
    timer.restart();
    const qint64 openCpu = cpuMs() - cpu;
    const double openRss = peakRssMb();
    const int before = store.articleCount();

    ql::MessageBox::setNextAnswer(QMessageBox::Ok); // in case some file is refused
    timer.restart();
    cpu = cpuMs();
    window.importFilesDirectly(files);
    while (window.findChild<ql::DirectImport*>())
        QTest::qWait(5);
    const qint64 import = timer.restart() + settle(timer);
    const qint64 importCpu = cpuMs() - cpu;
    const int imported = store.articleCount() - before;
    std::vector<qint64> undos;
    std::vector<qint64> redos;
    std::vector<qint64> undoCpus;
    std::vector<qint64> redoCpus;
    for (int i = 0; i < repeats; ++i) {
        timer.restart();
        cpu = cpuMs();
        window.undoStack()->undo();
        undos.push_back(timer.restart() + settle(timer));
        undoCpus.push_back(cpuMs() - cpu);
        cpu = cpuMs();
        window.undoStack()->redo();
        redos.push_back(timer.restart() + settle(timer));
        redoCpus.push_back(cpuMs() - cpu);
    }
    const qint64 undo = median(undos);
    const qint64 redo = median(redos);
    // The charts are built when seen: what a click on their tab costs after all those changes.
    qint64 chartsTab = 0;
    if (auto* dock = window.findChild<QDockWidget*>(QStringLiteral("chartDock"))) {
        timer.restart();
        dock->raise();
        chartsTab = timer.restart() + settle(timer);
    }
    if (jsonl) {
        row("open", double(open + openRefresh), "ms", 1500);
        row("open_loaded", double(loaded), "ms", 1500);
        row("open_rss", openRss, "MB", 400);
        row("import_files", double(import), "ms", 2000);
        row("undo_import", double(undo), "ms", 2000);
        row("redo_import", double(redo), "ms", 2000);
        row("peak_rss", peakRssMb(), "MB", 400);
        row("charts_tab", double(chartsTab), "ms", 2000);
        for (const auto& [name, ms] :
            { std::pair { "open_cpu", openCpu }, std::pair { "import_cpu", importCpu },
                std::pair { "undo_cpu", median(undoCpus) }, std::pair { "redo_cpu", median(redoCpus) } })
            std::printf("{\"name\":\"%s\",\"figure\":%lld,\"unit\":\"ms\",\"target\":null,\"met\":null}\n",
                name, static_cast<long long>(ms));
        std::printf("store of %d articles, %d files imported\n", before, imported);
        return imported == count ? 0 : 1;
    }
    std::printf(
        "store of %d articles: open %lld ms (+%lld ms first refresh), everything shown after %lld ms\n",
        before, open, openRefresh, loaded);
    std::printf(
        "import %d files directly (read, store, refresh): %lld ms; %d imported\n", count, import, imported);
    std::printf("undo of that import: %lld ms; redo: %lld ms (each with its refresh)\n", undo, redo);
    std::printf("then showing the charts tab: %lld ms\n", chartsTab);
    return imported == count ? 0 : 1;
}
