// Figure 1: one recorded event (Context::record into the lane's EventRing) against a raw
// clock_gettime + 32-byte store into a plain per-process ring written here; and the first
// pass over a fresh ring, populated before the race (as the runner does) against not.
#include "bench.h"
#include "support.h"

#include "runtime/clock.h"

#include <atomic>
#include <cstdio>
#include <string>
#include <vector>

namespace proclab::bench {
namespace {

constexpr uint32_t kCapacity = 1u << 18;
constexpr uint32_t kPerRound = 1u << 17; // half the ring: it never fills between drains

// The baseline: what recording is at its simplest. No full check, no drop counter.
struct RawRing {
    std::vector<EventRecord> records = std::vector<EventRecord>(kCapacity);
    std::atomic<uint64_t> head{0};
    uint64_t tail = 0;

    void push(uint32_t a) {
        EventRecord r;
        r.t_ns = monotonicNs();
        r.kind = static_cast<uint8_t>(EventKind::SourceLine);
        r.a = a;
        const uint64_t h = head.load(std::memory_order_relaxed);
        records[h & (kCapacity - 1)] = r;
        head.store(h + 1, std::memory_order_release);
    }
    uint64_t drain(std::vector<EventRecord>& out) {
        const uint64_t h = head.load(std::memory_order_acquire);
        for (uint64_t i = tail; i < h; ++i)
            out.push_back(records[i & (kCapacity - 1)]);
        const uint64_t n = h - tail;
        tail = h;
        return n;
    }
};

double oursNsPerEvent(Context& self, uint32_t n) {
    const uint64_t t0 = nowNs();
    for (uint32_t i = 0; i < n; ++i)
        self.record(EventKind::SourceLine, 0, i);
    return static_cast<double>(nowNs() - t0) / n;
}

double rawNsPerEvent(RawRing& ring, uint32_t n) {
    const uint64_t t0 = nowNs();
    for (uint32_t i = 0; i < n; ++i)
        ring.push(i);
    return static_cast<double>(nowNs() - t0) / n;
}

double clockOnlyNs(uint32_t n) {
    volatile uint64_t sink = 0;
    const uint64_t t0 = nowNs();
    for (uint32_t i = 0; i < n; ++i)
        sink = monotonicNs();
    (void)sink;
    return static_cast<double>(nowNs() - t0) / n;
}

// A first pass over a fresh arena's ring: populated up front (as every Context does), or left
// sparse so that each new page faults in the middle of the recording.
double freshRingNsPerEvent(bool populated) {
    auto run = makeRun(kCapacity, 64ull << 20, populated);
    return oursNsPerEvent(*run->self, kCapacity - 1);
}

void benchColdWarm(const Options& o, Report& report) {
    std::vector<double> warm, cold;
    for (int r = 0; r < o.rounds; ++r) { // alternated, so that load hits both alike
        warm.push_back(freshRingNsPerEvent(true));
        cold.push_back(freshRingNsPerEvent(false));
    }
    report.rows.push_back({"recording", "first pass, ring populated before the race", "ns/event",
                           median(warm), "same, ring left sparse (page faults)", median(cold),
                           Target{true, 1.0}});
}

} // namespace

void benchRecording(const Options& o, Report& report) {
    auto run = makeRun(kCapacity, 64ull << 20);
    Context& self = *run->self;
    EventRing& ring = run->arena.ring(self.lane());
    RawRing raw;
    std::vector<EventRecord> sink;
    sink.reserve(kCapacity);

    // Warm-up: the first pass touches the ring's pages (a memfd is sparse: every new page is
    // a fault). Reported apart; the steady state is what the target is about.
    const double coldOurs = oursNsPerEvent(self, kCapacity - 1);
    ring.drain(sink);
    sink.clear();
    const double coldRaw = rawNsPerEvent(raw, kCapacity - 1);
    raw.drain(sink);
    sink.clear();

    std::vector<double> ours, base, clock;
    uint64_t drained = 0;
    for (int r = 0; r < o.rounds; ++r) {
        ours.push_back(oursNsPerEvent(self, kPerRound));
        drained += ring.drain(sink);
        sink.clear();
        base.push_back(rawNsPerEvent(raw, kPerRound));
        raw.drain(sink);
        sink.clear();
        clock.push_back(clockOnlyNs(kPerRound));
    }
    const uint64_t dropped = ring.dropped.load();

    Row row{"recording",      "record one event (Context::record)",     "ns/event",
            median(ours),     "raw clock_gettime + 32-byte ring store", median(base),
            Target{true, 1.5}};
    report.rows.push_back(row);
    benchColdWarm(o, report);
    report.note("recording", std::to_string(o.rounds) + " rounds of " + std::to_string(kPerRound) +
                                 " events, ring drained after each: " + std::to_string(drained) +
                                 " drained, " + std::to_string(dropped) + " dropped");
    char text[200];
    std::snprintf(text, sizeof text,
                  "clock_gettime alone %.1f ns; first pass over a cold ring (page faults): "
                  "ours %.1f ns/event, raw %.1f ns/event",
                  median(clock), coldOurs, coldRaw);
    report.note("recording", text);
}

} // namespace proclab::bench
