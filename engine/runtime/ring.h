// A single-producer, single-consumer ring of event records in shared memory: the producer is
// one lane (process or thread), the consumer is the runner. Lossless: a full ring makes the
// producer wait (a futex on the ring's drain counter) until the runner has drained it, and
// that wait is itself recorded (RecorderWaitBegin/End), so the trace says where the recorder,
// not the demo, held a process up. A ring made with waitWhenFull = false (a harness with no
// runner) drops and counts instead.
#pragma once

#include "trace/event.h"

#include <atomic>
#include <cstdint>
#include <span>
#include <vector>

namespace proclab {

struct alignas(64) EventRing {
    // Producer side (one cache line), consumer side (another), so they do not false-share.
    std::atomic<uint64_t> head;
    uint64_t cachedTail;
    std::atomic<uint64_t> dropped;
    std::atomic<uint32_t> waiting; // 1 while the producer sleeps on `drains`
    uint32_t pad0a;
    char pad0[64 - 4 * sizeof(uint64_t)];
    std::atomic<uint64_t> tail;
    std::atomic<uint32_t> drains; // futex word: bumped each time the consumer frees space
    uint32_t pad1a;
    char pad1[64 - 2 * sizeof(uint64_t)];
    uint64_t capacity; // a power of two
    uint64_t mask;
    uint32_t waitWhenFull;       // 1: lossless (wait); 0: drop and count
    uint32_t lane;               // the lane whose ring this is (stamped on the wait events)
    std::atomic<uint64_t> waits; // how many times the producer had to wait
    char pad2[64 - 4 * sizeof(uint64_t)];
    // EventRecord records[capacity] follow.

    static uint64_t bytesFor(uint64_t capacity) {
        return sizeof(EventRing) + capacity * sizeof(EventRecord);
    }
    void init(uint64_t cap, int ownerLane, bool lossless);
    EventRecord* records() { return reinterpret_cast<EventRecord*>(this + 1); }

    // Producer: hot path, inline; the full case is out of line.
    void push(const EventRecord& r) {
        const uint64_t h = head.load(std::memory_order_relaxed);
        if (h - cachedTail >= capacity) [[unlikely]] {
            cachedTail = tail.load(std::memory_order_acquire);
            if (h - cachedTail >= capacity) {
                pushWhenFull(r);
                return;
            }
        }
        records()[h & mask] = r;
        head.store(h + 1, std::memory_order_release);
    }

    // Consumer. The records published so far are [tail, head): readable(), then release(n)
    // once n of them have been copied out (this wakes a waiting producer).
    uint64_t readable() const {
        return head.load(std::memory_order_acquire) - tail.load(std::memory_order_relaxed);
    }
    const EventRecord& at(uint64_t index) const {
        return const_cast<EventRing*>(this)->records()[index & mask];
    }
    void release(uint64_t n);
    // Appends what is there to `out`, returns how many (tests and harnesses).
    size_t drain(std::vector<EventRecord>& out);

  private:
    void pushWhenFull(const EventRecord& r);
};
static_assert(sizeof(EventRing) % 64 == 0);

} // namespace proclab
