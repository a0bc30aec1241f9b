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
    q->maxsize = maxsize;
    q->object = static_cast<uint8_t>(object);
    q->recorded = recorded ? 1 : 0;
    return q;
}

uint32_t SharedQueue::qsize() const {
    // Unlocked read of two counters: a snapshot, exactly as racy as Python's.
    const uint64_t h = head.load(std::memory_order_acquire);
    const uint64_t t = tail.load(std::memory_order_acquire);
    return t > h ? static_cast<uint32_t>(t - h) : 0;
}

bool SharedQueue::full() const {
    return qsize() >= limit();
}

bool SharedQueue::empty(Context& ctx) {
    const uint32_t depth = qsize();
    if (recorded)
        ctx.record(EventKind::QueueEmptyCheck, object, depth, depth == 0 ? 1 : 0);
    return depth == 0;
}

bool SharedQueue::ready(bool forGet) const {
    const uint64_t h = head.load(std::memory_order_acquire);
    const uint64_t t = tail.load(std::memory_order_acquire);
    return forGet ? t != h : t - h < limit();
}

// Called with the lock held; returns with it held. False when the deadline passed.
bool SharedQueue::waitFor(bool forGet, int64_t deadlineNs) {
    // A short spin first: the other side is usually only a few hundred ns away, and a futex
    // sleep and wake-up cost microseconds on both sides.
    lock.unlock();
    for (int i = 0; i < kSpinsBeforeSleep; ++i) {
        if (ready(forGet))
            break;
        cpuRelax();
    }
    lock.lock();
    if (ready(forGet))
        return true;
    std::atomic<uint32_t>& seq = forGet ? notEmptySeq : notFullSeq;
    std::atomic<uint32_t>& sleepers = forGet ? sleepersNotEmpty : sleepersNotFull;
    const uint32_t observed = seq.load(std::memory_order_acquire);
    sleepers.fetch_add(1, std::memory_order_acq_rel);
    lock.unlock();
    bool inTime = true;
    if (deadlineNs < 0) {
        futex::wait(seq, observed);
    } else {
        const int64_t left = deadlineNs - static_cast<int64_t>(monotonicNs());
        inTime = left > 0 && futex::wait(seq, observed, left);
    }
    sleepers.fetch_sub(1, std::memory_order_acq_rel);
    lock.lock();
    return inTime || (deadlineNs >= 0 && static_cast<int64_t>(monotonicNs()) < deadlineNs);
}

bool SharedQueue::put(Context& ctx, int64_t value, bool block, int64_t timeoutNs) {
    const int64_t deadline = timeoutNs < 0 ? -1 : static_cast<int64_t>(monotonicNs()) + timeoutNs;
    lock.lock();
    bool blocked = false;
    while (tail - head >= limit()) {
        if (!block) {
            lock.unlock();
            return false;
        }
        if (!blocked && recorded)
            ctx.record(EventKind::QueueBlocked, object, 0);
        blocked = true;
        if (!waitFor(false, deadline) && tail - head >= limit()) {
            lock.unlock();
            if (recorded)
                ctx.record(EventKind::QueueUnblocked, object, 0, 1);
            return false;
        }
    }
    if (blocked && recorded)
        ctx.record(EventKind::QueueUnblocked, object, 0, 0);
    const int64_t id = nextId++;
    items()[tail % capacity] = QueueItemValue{id, value};
    tail.store(tail + 1, std::memory_order_release);
    // Recorded under the lock, so the trace's put order is the queue's order.
    if (recorded)
        ctx.record(EventKind::QueuePut, object, static_cast<uint32_t>(tail - head), id, value);
    const bool wake = sleepersNotEmpty.load(std::memory_order_acquire) != 0;
    if (wake)
        notEmptySeq.fetch_add(1, std::memory_order_acq_rel);
    lock.unlock();
    if (wake)
        futex::wake(notEmptySeq, 1);
    return true;
}

std::optional<QueueItemValue> SharedQueue::get(Context& ctx, bool block, int64_t timeoutNs) {
    const int64_t deadline = timeoutNs < 0 ? -1 : static_cast<int64_t>(monotonicNs()) + timeoutNs;
    lock.lock();
    bool blocked = false;
    while (tail == head) {
        if (!block) {
            lock.unlock();
            return std::nullopt;
        }
        if (!blocked && recorded)
            ctx.record(EventKind::QueueBlocked, object, 1);
        blocked = true;
        if (!waitFor(true, deadline) && tail == head) {
            lock.unlock();
            if (recorded)
                ctx.record(EventKind::QueueUnblocked, object, 1, 1);
            return std::nullopt;
        }
    }
    if (blocked && recorded)
        ctx.record(EventKind::QueueUnblocked, object, 1, 0);
    const QueueItemValue item = items()[head % capacity];
    head.store(head + 1, std::memory_order_release);
    if (recorded)
        ctx.record(EventKind::QueueGet, object, static_cast<uint32_t>(tail - head), item.id,
                   item.value);
    const bool wake = sleepersNotFull.load(std::memory_order_acquire) != 0;
    if (wake)
        notFullSeq.fetch_add(1, std::memory_order_acq_rel);
    lock.unlock();
    if (wake)
        futex::wake(notFullSeq, 1);
    return item;
}

} // namespace proclab
