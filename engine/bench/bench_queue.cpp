// Figure 2: small ints through a queue, one producer process to the bench's main process:
// SharedQueue with recording off and on, a raw pipe, a raw spinning shared-memory SPSC ring,
// and Python's multiprocessing.Queue.
#include "bench.h"
#include "python_baseline.h"
#include "support.h"

#include "runtime/entries.h"
#include "runtime/entry_args.h"
#include "runtime/process.h"
#include "runtime/shared_queue.h"

#include <new>
#include <stdexcept>
#include <unistd.h>

namespace proclab::bench {
namespace {

// Recording on: each put is one record in the producer's ring and each get one to three
// (get, and blocked/unblocked when the queue ran dry) in main's. Rings are sized so that a
// round never fills them (2M records a lane), and drained after each round.
constexpr uint32_t kRingCapacity = 1u << 21;

// What the producer is given.
struct ProduceArgs {
    uint64_t queue; // arena offsets
    int64_t items;
    uint64_t line;
};

int produce(Context& self, const LaneSlot& slot) {
    const auto in = entryArgs<ProduceArgs>(slot);
    auto* q = self.arena().at<SharedQueue>(in.queue);
    auto* line = self.arena().at<StartLine>(in.line);
    line->arriveAndWait();
    for (int64_t i = 0; i < in.items; ++i)
        q->put(self, i);
    return 0;
}

// One round through a SharedQueue; returns items/s. Counts items out of order in `bad`.
double oursRound(Run& run, uint64_t queueOffset, int64_t n, int64_t& bad) {
    Context& self = *run.self;
    Arena& arena = run.arena;
    auto* line = &arena.make<StartLine>();
    auto* q = arena.at<SharedQueue>(queueOffset);
    Process producer(self, {"producer",
                            "producer",
                            "bench.produce",
                            packEntryArgs(ProduceArgs{queueOffset, n, arena.offsetOf(line)}),
                            {}});
    if (producer.start())
        throw std::runtime_error("cannot start the producer");
    line->waitReady(1);
    const uint64_t t0 = nowNs();
    line->go.store(1, std::memory_order_release);
    for (int64_t i = 0; i < n; ++i) {
        const auto item = q->get(self);
        if (!item || item->value != i)
            ++bad;
    }
    const uint64_t t1 = nowNs();
    producer.join();
    return static_cast<double>(n) * 1e9 / static_cast<double>(t1 - t0);
}

double pipeRound(int64_t n, int64_t& bad) {
    int fds[2];
    if (pipe(fds) != 0)
        throw std::runtime_error("pipe failed");
    SharedPage page(4096);
    auto* line = new (page.get()) StartLine{};
    const pid_t child = forkChild([&] {
        close(fds[0]);
        line->arriveAndWait();
        for (int64_t i = 0; i < n; ++i)
            if (write(fds[1], &i, sizeof i) != sizeof i)
                _exit(1);
    });
    close(fds[1]);
    line->waitReady(1);
    const uint64_t t0 = nowNs();
    line->go.store(1, std::memory_order_release);
    for (int64_t i = 0; i < n; ++i) {
        int64_t v = -1;
        if (read(fds[0], &v, sizeof v) != sizeof v || v != i)
            ++bad;
    }
    const uint64_t t1 = nowNs();
    close(fds[0]);
    reap(child);
    return static_cast<double>(n) * 1e9 / static_cast<double>(t1 - t0);
}

// The fastest thing two processes can do: a spinning single-producer single-consumer ring.
struct SpscRing {
    static constexpr uint64_t kSlots = 1u << 14;
    alignas(64) std::atomic<uint64_t> head{0};
    alignas(64) std::atomic<uint64_t> tail{0};
    alignas(64) int64_t items[kSlots];
};

double spinRingRound(int64_t n, int64_t& bad) {
    SharedPage page(sizeof(SpscRing) + 4096);
    auto* ring = new (page.get()) SpscRing{};
    auto* line = new (static_cast<char*>(page.get()) + sizeof(SpscRing)) StartLine{};
    const pid_t child = forkChild([&] {
        line->arriveAndWait();
        uint64_t cachedTail = 0;
        for (int64_t i = 0; i < n; ++i) {
            const uint64_t h = static_cast<uint64_t>(i);
            while (h - cachedTail >= SpscRing::kSlots)
                cachedTail = ring->tail.load(std::memory_order_acquire);
            ring->items[h & (SpscRing::kSlots - 1)] = i;
            ring->head.store(h + 1, std::memory_order_release);
        }
    });
    line->waitReady(1);
    const uint64_t t0 = nowNs();
    line->go.store(1, std::memory_order_release);
    uint64_t cachedHead = 0;
    for (int64_t i = 0; i < n; ++i) {
        const uint64_t t = static_cast<uint64_t>(i);
        while (t == cachedHead)
            cachedHead = ring->head.load(std::memory_order_acquire);
        if (ring->items[t & (SpscRing::kSlots - 1)] != i)
            ++bad;
        ring->tail.store(t + 1, std::memory_order_release);
    }
    const uint64_t t1 = nowNs();
    reap(child);
    return static_cast<double>(n) * 1e9 / static_cast<double>(t1 - t0);
}

} // namespace

void benchQueue(const Options& o, Report& report) {
    registerEntry("bench.produce", produce);
    const int64_t n = o.quick ? 100'000 : 400'000;
    auto run = makeRun(kRingCapacity);
    Arena& arena = run->arena;
    const uint64_t offOff = arena.allocate(SharedQueue::bytesFor(SharedQueue::kUnboundedCapacity));
    const uint64_t onOff = arena.allocate(SharedQueue::bytesFor(SharedQueue::kUnboundedCapacity));
    SharedQueue::create(arena, offOff, 0, 0, false);
    SharedQueue::create(arena, onOff, 0, 1, true);

    int64_t bad = 0;
    // Warm-up: touches the queues' pages and the start path once.
    oursRound(*run, offOff, n / 4, bad);
    oursRound(*run, onOff, n / 4, bad);
    uint64_t dropped = run->drainAll();
    std::vector<double> off, on, pipeRates, spinRates;
    int64_t blocked = 0;
    std::vector<EventRecord> mainRecords;
    for (int r = 0; r < o.rounds; ++r) {
        off.push_back(oursRound(*run, offOff, n, bad));
        dropped += run->drainAll();
        on.push_back(oursRound(*run, onOff, n, bad));
        // How often the consumer found the queue empty and slept: the trace says.
        mainRecords.clear();
        run->arena.ring(run->self->lane()).drain(mainRecords);
        for (const EventRecord& rec : mainRecords)
            blocked += rec.eventKind() == EventKind::QueueBlocked;
        dropped += run->drainAll();
        pipeRates.push_back(pipeRound(n, bad));
        spinRates.push_back(spinRingRound(n * 10, bad));
    }
    const long pyN = o.quick ? 30'000 : 200'000;
    const auto python = pythonQueueItemsPerSecond(pyN, o.quick ? 1 : 3);

    const std::string py = "Python mp.Queue";
    report.rows.push_back({"queue", "Queue items, recording off", "items/s", median(off), py,
                           python, Target{false, 100}});
    report.rows.push_back({"queue", "Queue items, recording on", "items/s", median(on), py, python,
                           Target{false, 30}});
    report.rows.push_back({"queue", "Queue items, recording off", "items/s", median(off),
                           "raw pipe, 8-byte write/read", median(pipeRates), std::nullopt});
    report.rows.push_back({"queue", "Queue items, recording off", "items/s", median(off),
                           "raw spinning shm SPSC ring", median(spinRates), std::nullopt});
    report.note("queue", std::to_string(n) + " items a round (spin ring " + std::to_string(n * 10) +
                             "), unbounded queue; recording on: rings "
                             "sized to 2M records a lane (never full in a round) and drained "
                             "after each round; dropped " +
                             std::to_string(dropped) + ", items out of order " +
                             std::to_string(bad));
    report.note("queue", "recording on: the consumer found the queue empty and slept on the "
                         "futex in " +
                             std::to_string(blocked * 100 / (n * o.rounds)) + "% of its gets");
    if (!python)
        report.note("queue", "python3 not found or failed: no Python baseline");
    else
        report.note("queue", "Python: " + std::to_string(pyN) + " items, fork context, " +
                                 std::to_string(o.quick ? 1 : 3) + " rounds");
}

} // namespace proclab::bench
