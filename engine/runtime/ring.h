// A single-producer, single-consumer ring of event records in shared memory: the producer is
// one lane (process or thread), the consumer is the runner. A full ring drops the record and
// counts it: recording never blocks the demo and never loses an event silently.
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
    char pad0[64 - 3 * sizeof(uint64_t)];
    std::atomic<uint64_t> tail;
    char pad1[64 - sizeof(uint64_t)];
    uint64_t capacity; // a power of two
    uint64_t mask;
    char pad2[64 - 2 * sizeof(uint64_t)];
    // EventRecord records[capacity] follow.

    static uint64_t bytesFor(uint64_t capacity) {
        return sizeof(EventRing) + capacity * sizeof(EventRecord);
    }
    void init(uint64_t cap);
    EventRecord* records() { return reinterpret_cast<EventRecord*>(this + 1); }

    // Producer: hot path, inline.
    void push(const EventRecord& r) {
        const uint64_t h = head.load(std::memory_order_relaxed);
        if (h - cachedTail >= capacity) {
            cachedTail = tail.load(std::memory_order_acquire);
            if (h - cachedTail >= capacity) {
                dropped.fetch_add(1, std::memory_order_relaxed);
                return;
            }
        }
        records()[h & mask] = r;
        head.store(h + 1, std::memory_order_release);
    }

    // Consumer: appends what is there to `out`, returns how many.
    size_t drain(std::vector<EventRecord>& out);
};
static_assert(sizeof(EventRing) % 64 == 0);

} // namespace proclab
