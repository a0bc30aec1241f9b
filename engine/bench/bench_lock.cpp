// Figure 5: one locked increment, 2 processes contending: SharedLock around an increment,
// SharedCounter::increment(GetLock) (which also records), a raw process-shared futex mutex
// written here, an atomic fetch_add, and Python's `with v.get_lock(): v.value += 1`.
#include "bench.h"
#include "python_baseline.h"
#include "support.h"

#include "runtime/entries.h"
#include "runtime/entry_args.h"
#include "runtime/process.h"
#include "runtime/shared_lock.h"
#include "runtime/shared_value.h"

#include <linux/futex.h>
#include <new>
#include <stdexcept>
#include <sys/syscall.h>
#include <unistd.h>

namespace proclab::bench {
namespace {

// The baseline: Drepper's "mutex 2" on a shared futex word, straight onto the syscall.
struct RawFutexMutex {
    std::atomic<uint32_t> word{0};
    void lock() {
        uint32_t c = 0;
        if (word.compare_exchange_strong(c, 1, std::memory_order_acquire))
            return;
        if (c != 2)
            c = word.exchange(2, std::memory_order_acquire);
        while (c != 0) {
            syscall(SYS_futex, reinterpret_cast<uint32_t*>(&word), FUTEX_WAIT, 2, nullptr, nullptr,
                    0);
            c = word.exchange(2, std::memory_order_acquire);
        }
    }
    void unlock() {
        if (word.fetch_sub(1, std::memory_order_release) != 1) {
            word.store(0, std::memory_order_release);
            syscall(SYS_futex, reinterpret_cast<uint32_t*>(&word), FUTEX_WAKE, 1, nullptr, nullptr,
                    0);
        }
    }
};

enum Kind : int64_t { kSharedLock, kCounterGetLock, kRawFutex, kAtomic, kKinds };

// What the two children hammer; each object on its own line, its value beside its lock.
struct Objects {
    alignas(64) SharedLock lock;
    int64_t lockedValue = 0;
    alignas(64) SharedCounter counter;
    alignas(64) RawFutexMutex raw;
    int64_t rawValue = 0;
    alignas(64) std::atomic<int64_t> atomicValue{0};
    alignas(64) StartLine line;
    alignas(64) uint64_t endNs[2] = {0, 0};

    int64_t value(int64_t kind) const {
        switch (kind) {
        case kSharedLock:
            return lockedValue;
        case kCounterGetLock:
            return counter.read();
        case kRawFutex:
            return rawValue;
        default:
            return atomicValue.load();
        }
    }
};

// What each incrementer is given.
struct ContendArgs {
    int64_t kind;
    uint64_t objects; // arena offset
    int64_t iterations;
    int64_t worker; // index into Objects::endNs
};

int contend(Context& self, const LaneSlot& slot) {
    const auto in = entryArgs<ContendArgs>(slot);
    auto* o = self.arena().at<Objects>(in.objects);
    const int64_t n = in.iterations;
    o->line.arriveAndWait();
    switch (in.kind) {
    case kSharedLock:
        for (int64_t i = 0; i < n; ++i) {
            o->lock.lock();
            ++o->lockedValue;
            o->lock.unlock();
        }
        break;
    case kCounterGetLock:
        for (int64_t i = 0; i < n; ++i)
            o->counter.increment(self, LockMode::GetLock, 0);
        break;
    case kRawFutex:
        for (int64_t i = 0; i < n; ++i) {
            o->raw.lock();
            ++o->rawValue;
            o->raw.unlock();
        }
        break;
    default:
        for (int64_t i = 0; i < n; ++i)
            o->atomicValue.fetch_add(1, std::memory_order_acq_rel);
        break;
    }
    o->endNs[in.worker] = nowNs();
    return 0;
}

// One round: two forked Processes, `n` increments each; ns per increment (wall time from the
// start signal to the later finisher, over all 2n increments). Counts lost updates in `bad`.
double round(Run& run, int64_t kind, int64_t n, int64_t& bad) {
    Arena& arena = run.arena;
    auto* o = &arena.make<Objects>();
    std::vector<Process> ps;
    for (int64_t w = 0; w < 2; ++w)
        ps.emplace_back(*run.self,
                        ProcessSpec{"incrementer",
                                    "worker",
                                    "bench.contend",
                                    packEntryArgs(ContendArgs{kind, arena.offsetOf(o), n, w}),
                                    {}});
    for (Process& p : ps)
        if (p.start())
            throw std::runtime_error("cannot start an incrementer");
    o->line.waitReady(2);
    const uint64_t t0 = nowNs();
    o->line.go.store(1, std::memory_order_release);
    for (Process& p : ps)
        p.join();
    const uint64_t end = std::max(o->endNs[0], o->endNs[1]);
    if (o->value(kind) != 2 * n)
        ++bad;
    return static_cast<double>(end - t0) / static_cast<double>(2 * n);
}

} // namespace

void benchLock(const Options& o, Report& report) {
    registerEntry("bench.contend", contend);
    const int64_t n = o.quick ? 200'000 : 1'000'000;
    // Recorded: 4 records an increment (5 when it waited), so 150k increments a process fit
    // in a 1M-record ring; drained after each round.
    const int64_t nRecorded = o.quick ? 50'000 : 150'000;
    auto run = makeRun(1u << 20, 64ull << 20);

    int64_t bad = 0;
    std::vector<double> costs[kKinds];
    uint64_t dropped = 0;
    // Every round takes two lanes: a fresh arena when they run out.
    for (int r = 0; r < o.rounds + 1; ++r) {
        if (run->arena.laneCount() > 64 - 2 * kKinds)
            run = makeRun(1u << 20, 64ull << 20);
        for (int64_t kind = 0; kind < kKinds; ++kind) {
            const double c = round(*run, kind, kind == kCounterGetLock ? nRecorded : n, bad);
            if (r > 0) // round 0 is a warm-up
                costs[kind].push_back(c);
            dropped += run->drainAll();
        }
    }
    const long pyN = o.quick ? 20'000 : 100'000;
    const auto python = pythonLockedIncrementNs(pyN, o.quick ? 1 : 3);

    const double shared = median(costs[kSharedLock]);
    const double recorded = median(costs[kCounterGetLock]);
    const double raw = median(costs[kRawFutex]);
    const std::string rawName = "raw process-shared futex mutex";
    report.rows.push_back({"lock", "SharedLock + increment (unrecorded)", "ns/inc", shared, rawName,
                           raw, Target{true, 2.0}});
    report.rows.push_back({"lock", "SharedCounter::increment GetLock (recorded)", "ns/inc",
                           recorded, rawName, raw, std::nullopt});
    report.rows.push_back({"lock", "SharedLock + increment (unrecorded)", "ns/inc", shared,
                           "atomic fetch_add", median(costs[kAtomic]), std::nullopt});
    report.rows.push_back({"lock", "SharedLock + increment (unrecorded)", "ns/inc", shared,
                           "Python with v.get_lock(): v.value += 1", python, std::nullopt});
    report.rows.push_back({"lock", "SharedCounter::increment GetLock (recorded)", "ns/inc",
                           recorded, "Python with v.get_lock(): v.value += 1", python,
                           std::nullopt});
    report.note("lock", "2 processes contending, " + std::to_string(n) +
                            " increments each (recorded: " + std::to_string(nRecorded) +
                            ", rings 1M records, drained after each round); dropped " +
                            std::to_string(dropped) + ", rounds with a wrong total " +
                            std::to_string(bad));
    if (!python)
        report.note("lock", "python3 not found or failed: no Python baseline");
}

} // namespace proclab::bench
