#include "core/concurrency/ParallelFor.h"

#include <QThread>

#include <algorithm>
#include <thread>

namespace ql {

int resolveThreadCount(int requested)
{
    return requested > 0 ? requested : std::max(1, QThread::idealThreadCount());
}

bool runChunks(std::size_t chunks, int threads, const std::function<void(std::size_t)>& chunk,
    const std::atomic<bool>* cancel)
{
    std::atomic<std::size_t> next { 0 };
    std::atomic<bool> skipped { false };
    const auto work = [&] {
        for (std::size_t c = next++; c < chunks; c = next++) {
            if (cancel && cancel->load()) {
                skipped = true;
                return;
            }
            chunk(c);
        }
    };
    // No more threads than chunks: a thread without work only costs its start.
    const std::size_t count = std::min<std::size_t>(std::size_t(resolveThreadCount(threads)), chunks);
    std::vector<std::thread> helpers;
    for (std::size_t t = 1; t < count; ++t)
        helpers.emplace_back(work);
    work();
    for (auto& helper : helpers)
        helper.join();
    return !skipped.load();
}

void runBeside(const std::function<void()>& background, const std::function<void()>& foreground)
{
    std::thread side(background);
    foreground();
    side.join();
}

} // namespace ql
