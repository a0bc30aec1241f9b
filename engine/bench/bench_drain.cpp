// Figure 7: the runner's drain (runner/drain.cpp: k-way merge of 16 lanes straight into the
// output buffer, written out) against copying the same records out of the rings unmerged and
// writing them; both to /dev/null, so that the figure is the drain's own work.
#include "bench.h"
#include "support.h"

#include "runner/drain.h"

#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <time.h>
#include <unistd.h>

namespace proclab::bench {
namespace {

constexpr int kLanes = 16;
constexpr uint32_t kCapacity = 1u << 16;
constexpr uint32_t kPerLane = kCapacity - 16;

// CPU time of this thread: a round takes milliseconds, and on a shared machine a preemption in
// the middle of one would make its wall time measure the other users.
uint64_t cpuNs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<uint64_t>(ts.tv_sec) * 1'000'000'000u + static_cast<uint64_t>(ts.tv_nsec);
}

// Fills every lane's ring as 16 processes racing would. run = 1: times interleaved record by
// record (the merge's worst case); run = 1024: lanes take turns in runs of 1024 records, as
// 16 processes time-sliced on 2 cores do.
void fill(Arena& arena, const std::vector<int>& lanes, uint32_t run) {
    for (size_t k = 0; k < lanes.size(); ++k) {
        EventRing& ring = arena.ring(lanes[k]);
        for (uint32_t i = 0; i < kPerLane; ++i) {
            EventRecord r;
            r.t_ns = 1'000'000 + (uint64_t(i / run) * kLanes + k) * run + i % run;
            r.lane = static_cast<uint8_t>(lanes[k]);
            r.kind = static_cast<uint8_t>(EventKind::CounterLoad);
            r.b = i;
            ring.push(r);
        }
    }
}

double oursRecordsPerSecond(Arena& arena, const std::vector<int>& lanes, int devNull,
                            uint32_t run) {
    fill(arena, lanes, run);
    StreamWriter writer;
    Drainer drainer(arena, writer, devNull);
    const uint64_t t0 = cpuNs();
    size_t moved = 0;
    while (const size_t n = drainer.pump())
        moved += n;
    const uint64_t t1 = cpuNs();
    if (moved != lanes.size() * kPerLane)
        throw std::runtime_error("the drain moved " + std::to_string(moved) + " records");
    return static_cast<double>(moved) * 1e9 / static_cast<double>(t1 - t0);
}

double rawRecordsPerSecond(Arena& arena, const std::vector<int>& lanes, int devNull) {
    fill(arena, lanes, 1);
    std::vector<EventRecord> buffer(kCapacity);
    const uint64_t t0 = cpuNs();
    size_t moved = 0;
    for (const int lane : lanes) {
        EventRing& ring = arena.ring(lane);
        const uint64_t tail = ring.tail.load();
        const uint64_t n = ring.readable();
        for (uint64_t i = 0; i < n; ++i)
            buffer[i] = ring.at(tail + i);
        if (write(devNull, buffer.data(), n * sizeof(EventRecord)) < 0)
            throw std::runtime_error("write to /dev/null failed");
        ring.release(n);
        moved += n;
    }
    const uint64_t t1 = cpuNs();
    return static_cast<double>(moved) * 1e9 / static_cast<double>(t1 - t0);
}

} // namespace

void benchDrain(const Options& o, Report& report) {
    auto run = makeRun(kCapacity, 64ull << 20);
    std::vector<int> lanes;
    for (int i = 0; i < kLanes; ++i) {
        const int lane = run->arena.addLane("worker-" + std::to_string(i + 1), "worker", 0, 0);
        run->arena.populateRing(lane);
        lanes.push_back(lane);
    }
    const int devNull = open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (devNull < 0)
        throw std::runtime_error("cannot open /dev/null");
    std::vector<double> turns, interleaved, raw;
    for (int r = 0; r < o.rounds; ++r) { // alternated
        turns.push_back(oursRecordsPerSecond(run->arena, lanes, devNull, 1024));
        raw.push_back(rawRecordsPerSecond(run->arena, lanes, devNull));
        interleaved.push_back(oursRecordsPerSecond(run->arena, lanes, devNull, 1));
    }
    close(devNull);
    report.rows.push_back({"drain", "drain 16 lanes taking turns (k-way merge, slices, frames)",
                           "records/s", median(turns), "copy the rings out unmerged + write",
                           median(raw), Target{false, 0.5}});
    report.rows.push_back({"drain", "drain 16 lanes interleaved record by record (worst case)",
                           "records/s", median(interleaved), "copy the rings out unmerged + write",
                           median(raw), std::nullopt});
    const std::vector<double>& ours = interleaved;
    char text[200];
    std::snprintf(text, sizeof text,
                  "%d lanes x %u records a round, CPU time; worst case %.1f M records/s is %.0f "
                  "ns a record, against ~25-90 ns for a process to record one",
                  kLanes, kPerLane, median(ours) / 1e6, 1e9 / median(ours));
    report.note("drain", text);
}

} // namespace proclab::bench
