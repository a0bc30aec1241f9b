#include "ring.h"

#include "clock.h"
#include "futex.h"

namespace proclab {
namespace {
// The producer needs room for the record it holds plus the two wait records.
constexpr uint64_t kWaitRecords = 3;
// A safety net only: the runner wakes the producer after every drain that frees space.
constexpr int64_t kWaitSliceNs = 20'000'000;
} // namespace

void EventRing::init(uint64_t cap, int ownerLane, bool lossless) {
    head.store(0, std::memory_order_relaxed);
    cachedTail = 0;
    dropped.store(0, std::memory_order_relaxed);
    waiting.store(0, std::memory_order_relaxed);
    tail.store(0, std::memory_order_relaxed);
    drains.store(0, std::memory_order_relaxed);
    capacity = cap;
    mask = cap - 1;
    waitWhenFull = lossless ? 1 : 0;
    lane = static_cast<uint32_t>(ownerLane);
    waits.store(0, std::memory_order_relaxed);
}

void EventRing::pushWhenFull(const EventRecord& r) {
    if (!waitWhenFull) {
        dropped.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    const uint64_t began = monotonicNs();
    const uint64_t h = head.load(std::memory_order_relaxed);
    while (true) {
        const uint32_t seen = drains.load(std::memory_order_acquire);
        // Dekker pair with release(): we announce, then look; it publishes, then looks.
        waiting.store(1, std::memory_order_seq_cst);
        cachedTail = tail.load(std::memory_order_seq_cst);
        if (capacity - (h - cachedTail) >= kWaitRecords)
            break;
        futex::wait(drains, seen, kWaitSliceNs);
    }
    waiting.store(0, std::memory_order_relaxed);
    waits.fetch_add(1, std::memory_order_relaxed);
    // The held record first (its time is the oldest), then the wait: the lane stays in order.
    EventRecord begin{};
    begin.t_ns = began < r.t_ns ? r.t_ns : began;
    begin.lane = static_cast<uint8_t>(lane);
    begin.kind = static_cast<uint8_t>(EventKind::RecorderWaitBegin);
    begin.line = r.line;
    EventRecord end = begin;
    end.t_ns = monotonicNs();
    end.kind = static_cast<uint8_t>(EventKind::RecorderWaitEnd);
    records()[h & mask] = r;
    records()[(h + 1) & mask] = begin;
    records()[(h + 2) & mask] = end;
    head.store(h + 3, std::memory_order_release);
}

void EventRing::release(uint64_t n) {
    if (n == 0)
        return;
    tail.store(tail.load(std::memory_order_relaxed) + n, std::memory_order_seq_cst);
    if (waiting.load(std::memory_order_seq_cst)) {
        drains.fetch_add(1, std::memory_order_release);
        futex::wake(drains, 1);
    }
}

size_t EventRing::drain(std::vector<EventRecord>& out) {
    const uint64_t t = tail.load(std::memory_order_relaxed);
    const uint64_t n = readable();
    for (uint64_t i = 0; i < n; ++i)
        out.push_back(at(t + i));
    release(n);
    return static_cast<size_t>(n);
}

} // namespace proclab
