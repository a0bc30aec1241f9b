// multiprocessing.Queue in the arena: a bounded ring of (id, value) items under one
// SharedLock, with futex sequence words to sleep on when full or empty. Every put gives the
// item a new id, so each item can be followed from its put to its get.
#pragma once

#include "context.h"
#include "shared_lock.h"

#include <atomic>
#include <cstdint>
#include <optional>

namespace proclab {

struct QueueItemValue {
    int64_t id = 0;
    int64_t value = 0;
};

struct SharedQueue {
    static constexpr uint32_t kUnboundedCapacity = 1u << 20;

    // Three cache lines: the lock and what never changes; the producers' side; the
    // consumers' side. Put and get then do not fight over one line for every item.
    alignas(64) SharedLock lock;
    uint32_t capacity = 0; // ring slots
    uint32_t maxsize = 0;  // Python's maxsize (0 = unbounded, i.e. capacity)
    uint8_t object = 0;    // which queue in the trace
    uint8_t recorded = 1;  // the pool's internal queues are not drawn
    int64_t nextId = 0;
    alignas(64) std::atomic<uint64_t> tail{0}; // next put (written under the lock)
    std::atomic<uint32_t> notEmptySeq{0};
    std::atomic<uint32_t> sleepersNotEmpty{0};
    alignas(64) std::atomic<uint64_t> head{0}; // next get (written under the lock)
    std::atomic<uint32_t> notFullSeq{0};
    std::atomic<uint32_t> sleepersNotFull{0};
    // QueueItemValue items[capacity] follow (after padding to a cache line).

    static uint64_t bytesFor(uint32_t capacity) {
        return sizeof(SharedQueue) + uint64_t(capacity) * sizeof(QueueItemValue);
    }
    // Constructs a queue in place at arena offset `offset` (space from bytesFor).
    static SharedQueue* create(Arena& arena, uint64_t offset, uint32_t maxsize, int object,
                               bool recorded = true);

    // put(value, block, timeout). timeoutNs < 0: wait forever. Returns false when full
    // (put_nowait, or the timeout passed).
    bool put(Context& ctx, int64_t value, bool block = true, int64_t timeoutNs = -1);
    // get(block, timeout). Empty optional when empty (get_nowait) or on timeout.
    std::optional<QueueItemValue> get(Context& ctx, bool block = true, int64_t timeoutNs = -1);

    // Racy snapshots, as in Python: true when asked, maybe not a moment later.
    uint32_t qsize() const;
    bool empty(Context& ctx); // recorded: the empty() check is part of the lesson
    bool full() const;

  private:
    QueueItemValue* items() { return reinterpret_cast<QueueItemValue*>(this + 1); }
    uint32_t limit() const { return maxsize ? maxsize : capacity; }
    bool ready(bool forGet) const;
    bool waitFor(bool forGet, int64_t deadlineNs);
};

} // namespace proclab
