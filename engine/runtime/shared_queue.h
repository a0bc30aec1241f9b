// multiprocessing.Queue in the arena: a bounded lock-free multi-producer multi-consumer ring
// (D. Vyukov's design: every cell carries a sequence number saying whether it is ready to be
// written or read), with futex sleeps when it is full or empty. An item's id is its position
// in the queue: ids are the queue's own order, so each item can be followed from put to get.
#pragma once

#include "context.h"

#include <atomic>
#include <cstdint>
#include <optional>

namespace proclab {

struct QueueItemValue {
    int64_t id = 0;
    int64_t value = 0;
};

struct QueueCell {
    // The cell's sequence number minus its index: position (free to write) or position + 1
    // (readable). Kept relative so that zeroed memory is a valid empty queue, and an
    // unbounded queue costs no page until it is used.
    std::atomic<uint64_t> sequence;
    int64_t value;
};

struct SharedQueue {
    static constexpr uint32_t kUnboundedCapacity = 1u << 20;

    // Three cache lines: what never changes; the producers' side; the consumers' side.
    alignas(64) uint32_t capacity = 0;         // Python's maxsize, or kUnboundedCapacity
    uint32_t maxsize = 0;                      // as given (0 = unbounded)
    uint8_t object = 0;                        // which queue in the trace
    uint8_t recorded = 1;                      // the pool's internal queues are not drawn
    uint32_t cellCount = 0;                    // cellsFor(capacity)
    alignas(64) std::atomic<uint64_t> tail{0}; // next position to put
    std::atomic<uint32_t> notEmptySeq{0};
    std::atomic<uint32_t> sleepersNotEmpty{0};
    std::atomic<uint32_t> wakePendingNotEmpty{0}; // a getter was woken and has not run yet
    alignas(64) std::atomic<uint64_t> head{0};    // next position to get
    std::atomic<uint32_t> notFullSeq{0};
    std::atomic<uint32_t> sleepersNotFull{0};
    std::atomic<uint32_t> wakePendingNotFull{0};
    // QueueCell cells[cellCount] follow.

    // The ring needs two cells at least: with one, "readable at p" and "free for p + 1" are the
    // same sequence number, and a put into a full Queue(1) would overwrite its item. Queue(1)
    // gets two cells, and its puts check the bound themselves.
    static uint32_t cellsFor(uint32_t capacity) { return capacity < 2 ? 2 : capacity; }
    static uint64_t bytesFor(uint32_t capacity) {
        return sizeof(SharedQueue) + uint64_t(cellsFor(capacity)) * sizeof(QueueCell);
    }
    // Constructs a queue in place at arena offset `offset` (space from bytesFor(maxsize or
    // kUnboundedCapacity)).
    static SharedQueue* create(Arena& arena, uint64_t offset, uint32_t maxsize, int object,
                               bool recorded = true);

    // put, get and empty() are sync points in stepped mode (see runtime/sync_point.h).
    // put(value, block, timeout). timeoutNs < 0: wait forever. Returns false when full
    // (put_nowait, or the timeout passed).
    bool put(Context& ctx, int64_t value, bool block = true, int64_t timeoutNs = -1);
    // get(block, timeout). Empty optional when empty (get_nowait) or on timeout.
    std::optional<QueueItemValue> get(Context& ctx, bool block = true, int64_t timeoutNs = -1);

    // Racy snapshots, as in Python: true when asked, maybe not a moment later.
    uint32_t qsize() const;
    bool empty(Context& ctx); // recorded: the empty() check is part of the lesson
    bool full() const { return qsize() >= capacity; }

  private:
    QueueCell* cells() { return reinterpret_cast<QueueCell*>(this + 1); }
    // One attempt each, never blocking. tryPut returns the item's position, or -1 when full.
    // Both stamp the moment of the change (when recorded) while it is still invisible to the
    // other side, so that recorded puts and gets are in the queue's own order.
    int64_t tryPut(int64_t value, uint64_t& claimedAt);
    std::optional<QueueItemValue> tryGet(uint64_t& claimedAt);
    // Registers as a sleeper, sleeps unless the queue changed meanwhile, deregisters and
    // passes the wake on. Returns false when the deadline (ns, < 0: none) passed.
    bool sleepOnce(bool forGet, int64_t deadlineNs);
    bool sleepUntilSignalled(bool forGet, uint32_t observedSeq, int64_t deadlineNs);
    // Wakes one sleeper on the other side, unless none sleeps or one is already woken.
    void signal(bool toGetters);
    bool canProceed(bool forGet) const { return forGet ? qsize() > 0 : qsize() < capacity; }
};

} // namespace proclab
