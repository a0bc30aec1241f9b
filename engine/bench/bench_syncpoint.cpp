// Figure 7: what the scheduler's sync points cost when nobody steps. A `counter.value += 1`
// without a lock (load, add, exchange) with its two sync points, against the same loop with
// none; the two loops alternate A B A B so that the machine's load hits both alike.
#include "bench.h"
#include "support.h"

#include "runtime/sync_point.h"

#include <atomic>
#include <string>
#include <vector>

namespace proclab::bench {
namespace {

struct alignas(64) Cell {
    std::atomic<int64_t> value{0};
};

// [[gnu::noinline]] on both: the same call overhead, the loop bodies differ only by the points.
[[gnu::noinline]] double withSyncPoints(Context& ctx, Cell& cell, uint64_t n) {
    const uint64_t start = nowNs();
    for (uint64_t i = 0; i < n; ++i) {
        ctx.syncPoint(SyncPoint::Load);
        const int64_t loaded = cell.value.load(std::memory_order_relaxed);
        ctx.syncPoint(SyncPoint::Store, nullptr, 0, loaded + 1);
        cell.value.exchange(loaded + 1, std::memory_order_relaxed);
    }
    return static_cast<double>(nowNs() - start) / static_cast<double>(n);
}

[[gnu::noinline]] double withoutSyncPoints(Cell& cell, uint64_t n) {
    const uint64_t start = nowNs();
    for (uint64_t i = 0; i < n; ++i) {
        const int64_t loaded = cell.value.load(std::memory_order_relaxed);
        cell.value.exchange(loaded + 1, std::memory_order_relaxed);
    }
    return static_cast<double>(nowNs() - start) / static_cast<double>(n);
}

} // namespace

void benchSyncPoint(const Options& o, Report& report) {
    auto run = makeRun(1u << 12, 1u << 20);
    Cell cell;
    const uint64_t n = o.quick ? 200'000 : 4'000'000;
    withSyncPoints(*run->self, cell, n / 10); // warm up
    withoutSyncPoints(cell, n / 10);
    std::vector<double> a, b;
    for (int round = 0; round < o.rounds * 2; ++round) { // A B A B ...
        a.push_back(withSyncPoints(*run->self, cell, n));
        b.push_back(withoutSyncPoints(cell, n));
    }
    Row row{"syncpoint",
            "unlocked += with its 2 sync points, not stepping",
            "ns/increment",
            median(a),
            "the same += with no sync points",
            median(b),
            Target{true, 1.25}};
    report.rows.push_back(row);
    report.note("syncpoint", std::to_string(o.rounds * 2) + " alternating rounds (A B A B) of " +
                                 std::to_string(n) +
                                 " increments each, medians; not stepping, a sync point is one "
                                 "relaxed load and a predictable branch");
}

} // namespace proclab::bench
