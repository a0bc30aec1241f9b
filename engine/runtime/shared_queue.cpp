#include "shared_queue.h"

#include "clock.h"
#include "futex.h"
#include "spin.h"

#include <new>

namespace proclab {

SharedQueue* SharedQueue::create(Arena& arena, uint64_t offset, uint32_t maxsize, int object,
                                 bool recorded) {
    auto* q = new (arena.at<void>(offset)) SharedQueue{};
    q->capacity = maxsize ? maxsize : kUnboundedCapacity;
    q->cellCount = cellsFor(q->capacity);
    q->maxsize = maxsize;
    q->object = static_cast<uint8_t>(object);
    q->recorded = recorded ? 1 : 0;
    return q; // the cells are zero, which means "free" (see QueueCell)
}

uint32_t SharedQueue::qsize() const {
    // Two unlocked reads: a snapshot, exactly as racy as Python's.
    const uint64_t h = head.load(std::memory_order_acquire);
    const uint64_t t = tail.load(std::memory_order_acquire);
    return t > h ? static_cast<uint32_t>(t - h) : 0;
}

bool SharedQueue::empty(Context& ctx) {
    if (recorded)
        ctx.syncPoint(SyncPoint::Empty, this, object);
    const uint32_t depth = qsize();
    if (recorded)
        ctx.record(EventKind::QueueEmptyCheck, object, depth, depth == 0 ? 1 : 0);
    return depth == 0;
}

int64_t SharedQueue::tryPut(int64_t value, uint64_t& claimedAt) {
    uint64_t pos = tail.load(std::memory_order_relaxed);
    while (true) {
        const uint64_t index = pos % cellCount;
        QueueCell& cell = cells()[index];
        const uint64_t seq = cell.sequence.load(std::memory_order_acquire) + index;
        const auto diff = static_cast<int64_t>(seq - pos);
        if (diff == 0) {
            // Only Queue(1) has more cells than room (see cellsFor): it is full until the
            // item before is got and its cell freed (so its get is stamped before this put).
            if (cellCount > capacity && pos > 0) {
                const uint64_t prev = (pos - 1) % cellCount;
                if (cells()[prev].sequence.load(std::memory_order_acquire) + prev != pos + 1)
                    return -1;
            }
            if (tail.compare_exchange_weak(pos, pos + 1, std::memory_order_relaxed)) {
                // Stamped before the item becomes visible: its put always precedes its get.
                if (recorded)
                    claimedAt = monotonicNs();
                cell.value = value;
                cell.sequence.store(pos + 1 - index, std::memory_order_release);
                return static_cast<int64_t>(pos);
            }
        } else if (diff < 0) {
            return -1; // full: the cell still holds an item one lap behind
        } else {
            pos = tail.load(std::memory_order_relaxed);
        }
    }
}

std::optional<QueueItemValue> SharedQueue::tryGet(uint64_t& claimedAt) {
    uint64_t pos = head.load(std::memory_order_relaxed);
    while (true) {
        const uint64_t index = pos % cellCount;
        QueueCell& cell = cells()[index];
        const uint64_t seq = cell.sequence.load(std::memory_order_acquire) + index;
        const auto diff = static_cast<int64_t>(seq - (pos + 1));
        if (diff == 0) {
            if (head.compare_exchange_weak(pos, pos + 1, std::memory_order_relaxed)) {
                const int64_t value = cell.value;
                // Stamped before the cell is free again: a put into this cell (one lap on)
                // is stamped after it, so the recorded depth never exceeds the capacity.
                if (recorded)
                    claimedAt = monotonicNs();
                cell.sequence.store(pos + cellCount - index, std::memory_order_release);
                return QueueItemValue{static_cast<int64_t>(pos), value};
            }
        } else if (diff < 0) {
            return std::nullopt; // empty
        } else {
            pos = head.load(std::memory_order_relaxed);
        }
    }
}

// Called after a put (toGetters) or a get: wakes one sleeper on the other side, if any. The
// fence pairs with the sleeper's increment of its counter: one of the two sees the other.
// One wake at a time: while a woken sleeper has not yet run, further puts (or gets) make no
// system call; that sleeper passes the wake on when it runs (see sleepOnce). Without this,
// a producer faster than the scheduler paid one futex wake per item.
void SharedQueue::signal(bool toGetters) {
    std::atomic_thread_fence(std::memory_order_seq_cst);
    std::atomic<uint32_t>& sleepers = toGetters ? sleepersNotEmpty : sleepersNotFull;
    if (sleepers.load(std::memory_order_relaxed) == 0)
        return;
    std::atomic<uint32_t>& pending = toGetters ? wakePendingNotEmpty : wakePendingNotFull;
    if (pending.load(std::memory_order_relaxed) != 0 ||
        pending.exchange(1, std::memory_order_acq_rel) != 0)
        return;
    std::atomic<uint32_t>& seq = toGetters ? notEmptySeq : notFullSeq;
    seq.fetch_add(1, std::memory_order_release);
    futex::wake(seq, 1);
}

// No lost wake-up: every registered sleeper clears the pending flag when it leaves, then
// (fence, then a look at the queue) wakes the next sleeper if there is still work for one.
// A signal that saw the flag set and skipped its wake is ordered before the clearing, so
// the look afterwards sees its item (or free cell).
bool SharedQueue::sleepOnce(bool forGet, int64_t deadlineNs) {
    std::atomic<uint32_t>& seq = forGet ? notEmptySeq : notFullSeq;
    std::atomic<uint32_t>& sleepers = forGet ? sleepersNotEmpty : sleepersNotFull;
    std::atomic<uint32_t>& pending = forGet ? wakePendingNotEmpty : wakePendingNotFull;
    const uint32_t observed = seq.load(std::memory_order_acquire);
    sleepers.fetch_add(1, std::memory_order_seq_cst);
    std::atomic_thread_fence(std::memory_order_seq_cst); // pairs with signal()'s fence
    const bool inTime = canProceed(forGet) || sleepUntilSignalled(forGet, observed, deadlineNs);
    sleepers.fetch_sub(1, std::memory_order_seq_cst);
    pending.store(0, std::memory_order_seq_cst);
    std::atomic_thread_fence(std::memory_order_seq_cst);
    if (canProceed(forGet))
        signal(forGet);
    return inTime;
}

bool SharedQueue::sleepUntilSignalled(bool forGet, uint32_t observedSeq, int64_t deadlineNs) {
    std::atomic<uint32_t>& seq = forGet ? notEmptySeq : notFullSeq;
    if (deadlineNs < 0) {
        futex::wait(seq, observedSeq);
        return true;
    }
    const int64_t left = deadlineNs - static_cast<int64_t>(monotonicNs());
    return left > 0 && futex::wait(seq, observedSeq, left);
}

bool SharedQueue::put(Context& ctx, int64_t value, bool block, int64_t timeoutNs) {
    // Held before trying: the stepper releases a put only when there is room (see stepper.h).
    if (recorded)
        ctx.syncPoint(SyncPoint::Put, this, object, value, maxsize);
    const int64_t deadline = timeoutNs < 0 ? -1 : static_cast<int64_t>(monotonicNs()) + timeoutNs;
    bool blocked = false;
    int spins = 0;
    uint64_t putAt = 0;
    while (true) {
        const int64_t id = tryPut(value, putAt);
        if (id >= 0) {
            signal(true);
            if (blocked && recorded)
                ctx.record(EventKind::QueueUnblocked, object, 0, 0);
            if (recorded)
                ctx.recordAt(putAt, ctx.lane(), EventKind::QueuePut, object, 0, id, value);
            return true;
        }
        if (!block)
            return false;
        if (spins < kSpinsBeforeSleep) { // the consumer is probably just about to take one
            ++spins;
            cpuRelax();
            continue;
        }
        if (!blocked && recorded)
            ctx.record(EventKind::QueueBlocked, object, 0);
        blocked = true;
        const bool inTime = sleepOnce(false, deadline);
        if (!inTime && qsize() >= capacity) {
            if (recorded)
                ctx.record(EventKind::QueueUnblocked, object, 0, 1);
            return false;
        }
    }
}

std::optional<QueueItemValue> SharedQueue::get(Context& ctx, bool block, int64_t timeoutNs) {
    if (recorded)
        ctx.syncPoint(SyncPoint::Get, this, object);
    const int64_t deadline = timeoutNs < 0 ? -1 : static_cast<int64_t>(monotonicNs()) + timeoutNs;
    bool blocked = false;
    int spins = 0;
    uint64_t gotAt = 0;
    while (true) {
        if (const auto item = tryGet(gotAt)) {
            signal(false);
            if (blocked && recorded)
                ctx.record(EventKind::QueueUnblocked, object, 1, 0);
            if (recorded)
                ctx.recordAt(gotAt, ctx.lane(), EventKind::QueueGet, object, 0, item->id,
                             item->value);
            return item;
        }
        if (!block)
            return std::nullopt;
        if (spins < kSpinsBeforeSleep) {
            ++spins;
            cpuRelax();
            continue;
        }
        if (!blocked && recorded)
            ctx.record(EventKind::QueueBlocked, object, 1);
        blocked = true;
        const bool inTime = sleepOnce(true, deadline);
        if (!inTime && qsize() == 0) {
            if (recorded)
                ctx.record(EventKind::QueueUnblocked, object, 1, 1);
            return std::nullopt;
        }
    }
}

} // namespace proclab
