#include "core/concurrency/ParallelFor.h"

#include <QTest>

#include <atomic>
#include <numeric>
#include <thread>
#include <vector>

using ql::parallelCollect;
using ql::parallelFor;

// The one thread helper: every index runs exactly once whatever the thread count and grain,
// collected results come back in index order, a cancel stops further chunks, and the work beside
// the calling thread really runs beside it.
class TstParallelFor : public QObject
{
    Q_OBJECT

private slots:
    void everyIndexOnce_data();
    void everyIndexOnce();
    void collectKeepsIndexOrder_data();
    void collectKeepsIndexOrder();
    void cancelStopsFurtherChunks();
    void threadCounts();
    void besideRunsOnAnotherThread();
};

void TstParallelFor::everyIndexOnce_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("grain");
    QTest::newRow("nothing") << 0 << 4 << 1;
    QTest::newRow("one item, many threads") << 1 << 8 << 1;
    QTest::newRow("serial") << 1000 << 1 << 1;
    QTest::newRow("two threads") << 1000 << 2 << 1;
    QTest::newRow("more threads than chunks") << 10 << 16 << 3;
    QTest::newRow("uneven last chunk") << 1001 << 4 << 64;
    QTest::newRow("grain 0 means 1") << 50 << 3 << 0;
}

void TstParallelFor::everyIndexOnce()
{
    QFETCH(int, count);
    QFETCH(int, threads);
    QFETCH(int, grain);
    std::vector<std::atomic<int>> seen(static_cast<std::size_t>(count));
    const bool complete = parallelFor(
        seen.size(), threads, [&seen](std::size_t i) { ++seen[i]; }, static_cast<std::size_t>(grain));
    QVERIFY(complete);
    for (int i = 0; i < count; ++i)
        QCOMPARE(seen[static_cast<std::size_t>(i)].load(), 1);
}

void TstParallelFor::collectKeepsIndexOrder_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("grain");
    QTest::newRow("serial") << 1 << 64;
    QTest::newRow("two threads, small chunks") << 2 << 1;
    QTest::newRow("eight threads") << 8 << 7;
}

void TstParallelFor::collectKeepsIndexOrder()
{
    QFETCH(int, threads);
    QFETCH(int, grain);
    // Index i appends i % 3 copies of i: a variable amount per index, as the similarity walk does.
    const auto body = [](std::size_t i, std::vector<int>& out) {
        for (std::size_t k = 0; k < i % 3; ++k)
            out.push_back(static_cast<int>(i));
    };
    std::vector<int> expected;
    for (std::size_t i = 0; i < 5000; ++i)
        body(i, expected);
    const std::vector<int> got = parallelCollect<int>(5000, threads, body, static_cast<std::size_t>(grain));
    QCOMPARE(got.size(), expected.size());
    QVERIFY(got == expected);
}

void TstParallelFor::cancelStopsFurtherChunks()
{
    // One thread takes the chunks in order: the first sets the flag, so no other starts.
    std::atomic<bool> cancel { false };
    std::vector<int> ran(100, 0);
    const bool complete = parallelFor(
        ran.size(), 1,
        [&](std::size_t i) {
            ran[i] = 1;
            cancel = true;
        },
        10, &cancel);
    QVERIFY(!complete);
    QCOMPARE(std::accumulate(ran.cbegin(), ran.cend(), 0), 10); // the first chunk, whole
    // Set before the start, nothing runs.
    std::atomic<int> calls { 0 };
    QVERIFY(!parallelFor(
        100, 4, [&calls](std::size_t) { ++calls; }, 1, &cancel));
    QCOMPARE(calls.load(), 0);
}

void TstParallelFor::threadCounts()
{
    QCOMPARE(ql::resolveThreadCount(3), 3);
    QVERIFY(ql::resolveThreadCount(0) >= 1);
    QVERIFY(ql::resolveThreadCount(-1) >= 1);
}

void TstParallelFor::besideRunsOnAnotherThread()
{
    std::thread::id background;
    std::thread::id foreground;
    ql::runBeside([&background] { background = std::this_thread::get_id(); },
        [&foreground] { foreground = std::this_thread::get_id(); });
    QCOMPARE(foreground, std::this_thread::get_id());
    QVERIFY(background != std::thread::id());
    QVERIFY(background != foreground);
}

QTEST_GUILESS_MAIN(TstParallelFor)
#include "tst_parallelfor.moc"
