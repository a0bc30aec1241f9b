#include "ring.h"

namespace proclab {

void EventRing::init(uint64_t cap) {
    head.store(0, std::memory_order_relaxed);
    cachedTail = 0;
    dropped.store(0, std::memory_order_relaxed);
    tail.store(0, std::memory_order_relaxed);
    capacity = cap;
    mask = cap - 1;
}

size_t EventRing::drain(std::vector<EventRecord>& out) {
    const uint64_t h = head.load(std::memory_order_acquire);
    const uint64_t t = tail.load(std::memory_order_relaxed);
    for (uint64_t i = t; i < h; ++i)
        out.push_back(records()[i & mask]);
    tail.store(h, std::memory_order_release);
    return static_cast<size_t>(h - t);
}

} // namespace proclab
