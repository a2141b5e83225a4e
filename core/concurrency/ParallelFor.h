#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <functional>
#include <iterator>
#include <vector>

namespace ql {

// The one thread pool of the project: every parallel loop (import, extraction, similarity
// search, family grouping) goes through these helpers, so thread counts, cancellation and the
// order of results are decided in one place.

// The number of threads to use for `requested`: itself when positive, else one per core.
int resolveThreadCount(int requested);

// Runs chunk(c) for every c in [0, chunks) on up to `threads` threads, the calling thread among
// them; a free thread takes the next chunk in order. Once *cancel is set no further chunk starts.
// Returns false when chunks were left out because of cancel.
bool runChunks(std::size_t chunks, int threads, const std::function<void(std::size_t)>& chunk,
    const std::atomic<bool>* cancel = nullptr);

// Runs background() on a thread of its own while foreground() runs on the calling thread (which
// may own resources such as a database connection); returns when both are done.
void runBeside(const std::function<void()>& background, const std::function<void()>& foreground);

// Calls body(i) for every i in [0, count), `grain` consecutive indexes per chunk. body must only
// write what belongs to index i: the result then does not depend on the number of threads.
template<typename Body>
bool parallelFor(std::size_t count, int threads, const Body& body, std::size_t grain = 1,
    const std::atomic<bool>* cancel = nullptr)
{
    grain = grain == 0 ? 1 : grain;
    const std::size_t chunks = (count + grain - 1) / grain;
    return runChunks(
        chunks, threads,
        [&](std::size_t c) {
            const std::size_t end = std::min(count, (c + 1) * grain);
            for (std::size_t i = c * grain; i < end; ++i)
                body(i);
        },
        cancel);
}

// Calls body(i, out) for every i in [0, count) and returns everything the calls appended to
// `out`, in the order of i, whatever the number of threads.
template<typename T, typename Body>
std::vector<T> parallelCollect(std::size_t count, int threads, const Body& body, std::size_t grain = 64)
{
    grain = grain == 0 ? 1 : grain;
    const std::size_t chunks = (count + grain - 1) / grain;
    std::vector<std::vector<T>> parts(chunks);
    runChunks(chunks, threads, [&](std::size_t c) {
        const std::size_t end = std::min(count, (c + 1) * grain);
        for (std::size_t i = c * grain; i < end; ++i)
            body(i, parts[c]);
    });
    std::size_t total = 0;
    for (const auto& part : parts)
        total += part.size();
    std::vector<T> all;
    all.reserve(total);
    for (auto& part : parts)
        all.insert(all.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    return all;
}

} // namespace ql
