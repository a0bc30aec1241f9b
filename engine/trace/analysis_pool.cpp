// Pool: which worker ran which chunk and item, in what order, and how busy each worker was.
#include "analysis.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace proclab {
namespace {
// b - a and a + b without signed overflow (saturating at INT64_MAX): only damaged input
// comes near the limits.
int64_t wrappingDiff(int64_t b, int64_t a) {
    const uint64_t d = static_cast<uint64_t>(b) - static_cast<uint64_t>(a);
    return d > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())
               ? std::numeric_limits<int64_t>::max()
               : static_cast<int64_t>(d);
}
int64_t wrappingSum(int64_t a, int64_t b) {
    return a > std::numeric_limits<int64_t>::max() - b ? std::numeric_limits<int64_t>::max()
                                                       : a + b;
}

// One pass over the pool's events: chunks and tasks as they were dispatched, started and
// finished, and the span from the first dispatch to the last finish.
class PoolScan {
  public:
    explicit PoolScan(PoolAnalysis& p) : p_(p) {}

    void add(EventKind kind, const Event& e) {
        const int chunkNo = static_cast<int>(e.a);
        switch (kind) {
        case EventKind::PoolTaskDispatched: {
            PoolChunk& c = chunkFor(chunkNo);
            c.first = e.b;
            c.end = e.c;
            c.dispatched = e.t;
            spanBegin = std::min(spanBegin, e.t);
            break;
        }
        case EventKind::PoolTaskStarted:
            started(chunkNo, e);
            break;
        case EventKind::PoolTaskFinished:
            finished(chunkNo, e);
            break;
        case EventKind::PoolChunkDone: {
            PoolChunk& c = chunkFor(chunkNo);
            if (c.worker < 0)
                c.worker = static_cast<int>(e.b);
            break;
        }
        default:
            break;
        }
    }

    int64_t spanBegin = std::numeric_limits<int64_t>::max();
    int64_t spanEnd = std::numeric_limits<int64_t>::min();

  private:
    PoolChunk& chunkFor(int chunk) {
        const auto [it, inserted] = chunkAt_.try_emplace(chunk, p_.chunks.size());
        if (inserted)
            p_.chunks.push_back(PoolChunk{chunk, 0, 0, -1, -1, -1, -1});
        return p_.chunks[it->second];
    }

    void started(int chunkNo, const Event& e) {
        const auto [it, inserted] = taskAt_.try_emplace(e.b, p_.tasks.size());
        if (inserted)
            p_.tasks.push_back(PoolTask{});
        p_.tasks[it->second] = PoolTask{chunkNo, e.b, e.c, 0, e.lane, e.t, -1};
        PoolChunk& c = chunkFor(chunkNo);
        if (c.started < 0 || e.t < c.started)
            c.started = e.t;
        if (c.worker < 0)
            c.worker = e.lane;
        spanBegin = std::min(spanBegin, e.t);
    }

    void finished(int chunkNo, const Event& e) {
        const auto it = taskAt_.find(e.b);
        if (it == taskAt_.end())
            return; // its start was not recorded
        PoolTask& task = p_.tasks[it->second];
        task.result = e.c;
        task.end = e.t;
        PoolChunk& c = chunkFor(chunkNo);
        c.finished = std::max(c.finished, e.t);
        spanEnd = std::max(spanEnd, e.t);
    }

    PoolAnalysis& p_;
    std::unordered_map<int, size_t> chunkAt_;    // chunk number -> index in p.chunks
    std::unordered_map<int64_t, size_t> taskAt_; // item index -> index in p.tasks
};

// Busy time of each worker over the pool's span, first dispatch to last finish. A run cut
// short may have no finish (or no dispatch) at all: then there is no span. Differences are
// taken in unsigned arithmetic: times from a damaged file may be far apart.
void measureUtilisation(PoolAnalysis& p, int64_t spanBegin, int64_t spanEnd) {
    const bool hasSpan = spanBegin != std::numeric_limits<int64_t>::max() &&
                         spanEnd != std::numeric_limits<int64_t>::min() && spanEnd > spanBegin;
    const int64_t span = hasSpan ? wrappingDiff(spanEnd, spanBegin) : 0;
    std::map<int, int64_t> busy;
    for (const PoolTask& task : p.tasks) {
        if (task.end >= 0 && task.end >= task.start)
            busy[task.worker] = wrappingSum(busy[task.worker], wrappingDiff(task.end, task.start));
    }
    for (const auto& [worker, ns] : busy)
        p.utilisation[worker] =
            span > 0 ? static_cast<double>(ns) / static_cast<double>(span) : 0.0;
}

} // namespace

PoolAnalysis analysePool(const Trace& trace, int pool) {
    PoolAnalysis p;
    p.pool = pool;
    PoolScan scan(p);
    for (size_t i = 0; i < trace.size(); ++i) {
        const EventKind kind = trace.kind(i);
        if (kind < EventKind::PoolTaskDispatched || kind > EventKind::PoolChunkDone)
            continue;
        const Event e = trace.at(i);
        if (e.object == pool)
            scan.add(kind, e);
    }

    std::sort(p.tasks.begin(), p.tasks.end(),
              [](const PoolTask& x, const PoolTask& y) { return x.index < y.index; });
    std::sort(p.chunks.begin(), p.chunks.end(),
              [](const PoolChunk& x, const PoolChunk& y) { return x.chunk < y.chunk; });
    p.results.reserve(p.tasks.size());
    for (const PoolTask& task : p.tasks) {
        if (task.end >= 0)
            p.results.push_back(task.result);
    }
    measureUtilisation(p, scan.spanBegin, scan.spanEnd);
    return p;
}

} // namespace proclab
