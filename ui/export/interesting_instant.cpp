#include "ui/export/interesting_instant.h"

#include "trace/counter_ledger.h"

#include <algorithm>
#include <bit>
#include <set>
#include <string>
#include <utility>

namespace proclab::ui {

namespace {
using Instant = std::optional<int64_t>;

// A little after `t`, so the cursor line does not hide the mark it points at, but before the
// next event: what the panels show must still be the state right after `t` (a parent still in
// join() when its child crashed, not already printing the exit codes).
int64_t justAfter(const Trace& trace, int64_t t) {
    int64_t at = t + std::max<int64_t>(1, trace.duration() / 200);
    const size_t next = trace.indexAfter(t);
    if (next < trace.size())
        at = std::min(at, trace.time(next) - 1);
    return std::max(at, t);
}

Instant afterFirstCrash(const Trace& trace, const std::vector<LaneTimeline>& lanes) {
    Instant best;
    for (const LaneTimeline& tl : lanes) {
        if (!tl.life.crashed())
            continue;
        const int64_t t = tl.life.ended >= 0 ? tl.life.ended : tl.life.reaped;
        if (t >= 0 && (!best || t < *best))
            best = t;
    }
    if (best)
        best = justAfter(trace, *best);
    return best;
}

Instant largestLostUpdate(const Trace& trace, const std::optional<CounterLedger>& counter) {
    if (!counter)
        return {};
    const LedgerReader r(trace, *counter);
    Instant best;
    int64_t bestErased = 0;
    for (size_t k = 0; k < r.entryCount(); ++k) {
        const int64_t erased = r.entryErased(k);
        if (erased > bestErased) {
            bestErased = erased;
            best = r.entryTime(k);
        }
    }
    return best;
}

// An array store erased someone's increment when what it overwrote is not what it loaded. The
// event carries written and overwritten only; every store of the demo adds 1, so a clean store
// writes overwritten + 1. Cells are int64 or double (recorded as bits): either reading counts.
// The last such store, not the first: at the first, a slide showed "32 increments done, 1 lost"
// with bars of 8; at the last, nearly every loss is in the bars while the workers are still at
// the racy line.
Instant lastLostArrayStore(const Trace& trace) {
    for (size_t i = trace.size(); i-- > 0;) {
        if (trace.kind(i) != EventKind::ArrayStore)
            continue;
        const Event e = trace.at(i);
        const bool cleanInt = e.b == e.c + 1;
        const bool cleanDouble = std::bit_cast<double>(e.b) == std::bit_cast<double>(e.c) + 1.0;
        if (!cleanInt && !cleanDouble)
            return justAfter(trace, e.t);
    }
    return {};
}

int depthAt(const QueueAnalysis& q, int64_t t) {
    int depth = 0;
    for (const DepthPoint& p : q.depth) {
        if (p.t > t)
            break;
        depth = p.depth;
    }
    return depth;
}

// When every process that consumes from the queue had quit (-1 if one never did).
int64_t consumersQuit(const Trace& trace, const std::vector<LaneTimeline>& lanes,
                      const QueueAnalysis& q) {
    std::set<int> consumers;
    for (const QueueItem& item : q.items)
        if (item.consumer >= 0)
            consumers.insert(item.consumer);
    for (const LaneInfo& info : trace.lanes)
        if (info.role == "consumer")
            consumers.insert(info.lane);
    int64_t quit = -1;
    for (int lane : consumers) {
        if (lane < 0 || lane >= static_cast<int>(lanes.size()))
            continue;
        const Lifetime& life = lanes[static_cast<size_t>(lane)].life;
        const int64_t ended = life.ended >= 0 ? life.ended : life.reaped;
        if (ended < 0)
            return -1;
        quit = std::max(quit, ended);
    }
    return quit;
}

// The first moment at or after `from` when the queue is deepest, with that depth.
std::pair<int64_t, int> deepestFrom(const QueueAnalysis& q, int64_t from) {
    std::pair<int64_t, int> best{from, depthAt(q, from)};
    for (const DepthPoint& p : q.depth)
        if (p.t >= from && p.depth > best.second)
            best = {p.t, p.depth};
    return best;
}

Instant queueMoment(const Trace& trace, const std::vector<LaneTimeline>& lanes,
                    const std::vector<QueueAnalysis>& queues) {
    Instant best;
    int bestDepth = 0;
    for (const QueueAnalysis& q : queues) {
        std::pair<int64_t, int> at{0, 0};
        const int64_t quit = q.missed > 0 ? consumersQuit(trace, lanes, q) : -1;
        if (quit >= 0) {
            at = deepestFrom(q, quit);
            // Stranded items are the lesson: show them just after the consumer left.
            if (at.second > 0 && at.first == quit)
                at.first = justAfter(trace, quit);
        }
        if (at.second == 0)
            at = deepestFrom(q, 0);
        if (at.second > bestDepth) {
            bestDepth = at.second;
            best = at.first;
        }
    }
    return best;
}

Instant midPool(const std::optional<PoolAnalysis>& pool) {
    if (!pool)
        return {};
    std::vector<int64_t> ends;
    for (const PoolTask& t : pool->tasks)
        if (t.end >= 0)
            ends.push_back(t.end);
    if (!ends.empty()) {
        std::sort(ends.begin(), ends.end());
        // Just after the middle task finished: some results are in, some are still "?".
        return ends[(ends.size() - 1) / 2];
    }
    int64_t first = -1, last = -1;
    for (const PoolChunk& c : pool->chunks) {
        first = first < 0 ? c.dispatched : std::min(first, c.dispatched);
        last = std::max({last, c.dispatched, c.finished});
    }
    return first >= 0 ? Instant(first + (last - first) / 2) : Instant();
}

// The middle of the longest stretch in which the most lanes sleep at once.
Instant midSleep(const std::vector<LaneTimeline>& lanes) {
    std::vector<std::pair<int64_t, int>> edges; // (time, +1 begin / -1 end); ends sort first
    for (const LaneTimeline& tl : lanes)
        for (const StateInterval& s : tl.states)
            if (s.state == LaneState::Sleeping && s.end > s.begin) {
                edges.emplace_back(s.begin, +1);
                edges.emplace_back(s.end, -1);
            }
    if (edges.empty())
        return {};
    std::sort(edges.begin(), edges.end());
    int count = 0, bestCount = 0;
    int64_t bestBegin = 0, bestLength = -1;
    for (size_t i = 0; i < edges.size(); ++i) {
        count += edges[i].second;
        if (i + 1 == edges.size() || edges[i + 1].first == edges[i].first)
            continue;
        const int64_t length = edges[i + 1].first - edges[i].first;
        if (count > bestCount || (count == bestCount && length > bestLength)) {
            bestCount = count;
            bestBegin = edges[i].first;
            bestLength = length;
        }
    }
    if (bestCount == 0)
        return {};
    return bestBegin + bestLength / 2;
}
} // namespace

int64_t interestingInstant(const Trace& trace, const std::vector<LaneTimeline>& lanes,
                           const std::vector<QueueAnalysis>& queues,
                           const std::optional<CounterLedger>& counter,
                           const std::optional<PoolAnalysis>& pool) {
    const int64_t duration = trace.duration();
    Instant t = afterFirstCrash(trace, lanes);
    if (!t)
        t = largestLostUpdate(trace, counter);
    if (!t)
        t = lastLostArrayStore(trace);
    if (!t)
        t = queueMoment(trace, lanes, queues);
    if (!t)
        t = midPool(pool);
    if (!t)
        t = midSleep(lanes);
    return std::clamp<int64_t>(t.value_or(duration), 0, std::max<int64_t>(0, duration));
}

} // namespace proclab::ui
