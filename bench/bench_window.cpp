// How the main window copes with a large store: open it, import N new files through
// File > Import Files Directly, undo and redo the import, each with the refresh that follows.
// Usage: QT_QPA_PLATFORM=offscreen ./bench_window STORE [FILES=500]
// STORE is a copy of a store you may change (e.g. one made by bench/import_bench.py --corpus and
// `quoteline-cli --store COPY import DIR`). Build in Release.
#include "MainWindow.h"
#include "dialogs/MessageBox.h"
#include "import/DirectImport.h"
#include "store/Store.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cstdio>

namespace {

// Lets queued work (the refresh after a burst of changes, finished reads) run, and times it.
qint64 settle(QElapsedTimer& timer)
{
    QTest::qWait(1);
    return timer.restart();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_window STORE [FILES=500]\n");
        return 2;
    }
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
    window.resize(1400, 900);
    window.show();
    QElapsedTimer timer;
    timer.start();
    if (!window.openStore(args.at(1)))
        return 1;
    const qint64 open = timer.restart();
    const qint64 openRefresh = settle(timer);
    const int before = store.articleCount();

    ql::MessageBox::setNextAnswer(QMessageBox::Ok); // in case some file is refused
    window.importFilesDirectly(files);
    while (window.findChild<ql::DirectImport*>())
        QTest::qWait(5);
    const qint64 import = timer.restart() + settle(timer);
    const int imported = store.articleCount() - before;
    window.undoStack()->undo();
    const qint64 undo = timer.restart() + settle(timer);
    window.undoStack()->redo();
    const qint64 redo = timer.restart() + settle(timer);

    std::printf("store of %d articles: open %lld ms (+%lld ms first refresh)\n", before, open, openRefresh);
    std::printf(
        "import %d files directly (read, store, refresh): %lld ms; %d imported\n", count, import, imported);
    std::printf("undo of that import: %lld ms; redo: %lld ms (each with its refresh)\n", undo, redo);
    return imported == count ? 0 : 1;
}
