// multiprocessing.Lock: a process-shared mutex on a futex word in the arena (Drepper's
// "mutex 2": 0 free, 1 taken, 2 taken with waiters). Uncontended lock/unlock is one atomic
// each; a syscall only when somebody must sleep or be woken.
#pragma once

#include "context.h"

#include <atomic>
#include <cstdint>

namespace proclab {

struct SharedLock {
    std::atomic<uint32_t> word{0};

    bool tryLock() {
        uint32_t expected = 0;
        return word.compare_exchange_strong(expected, 1, std::memory_order_acquire);
    }
    void lock() {
        if (!tryLock())
            lockSlow();
    }
    // Returns false on timeout (timeoutNs >= 0).
    bool lockFor(int64_t timeoutNs);
    void unlock() {
        if (word.fetch_sub(1, std::memory_order_release) != 1)
            unlockSlow();
    }

    // Recorded forms: LockWait only when the lock was not free at once, then LockAcquired;
    // LockReleased on unlock. `object` names the lock in the trace.
    void lock(Context& ctx, int object) {
        if (!tryLock()) {
            ctx.record(EventKind::LockWait, object);
            lockSlow();
        }
        ctx.record(EventKind::LockAcquired, object);
    }
    void unlock(Context& ctx, int object) {
        unlock();
        ctx.record(EventKind::LockReleased, object);
    }
    // lock.acquire() / lock.release() as the Python program writes them: each is a sync point
    // in stepped mode, held before trying, so the stepper can refuse to release a lane into a
    // lock another lane holds (it would sleep in the futex and never reach its next point).
    // A Value's own internal lock uses lock()/unlock(): it is no step of its own in Python.
    void acquire(Context& ctx, int object) {
        ctx.syncPoint(SyncPoint::Acquire, this, object);
        lock(ctx, object);
    }
    void release(Context& ctx, int object) {
        ctx.syncPoint(SyncPoint::Release, this, object);
        unlock(ctx, object);
    }

  private:
    void lockSlow();
    void unlockSlow();
};
static_assert(sizeof(SharedLock) == 4);

// Scoped holder for the unrecorded form.
class SharedLockGuard {
  public:
    explicit SharedLockGuard(SharedLock& lock) : lock_(lock) { lock_.lock(); }
    ~SharedLockGuard() { lock_.unlock(); }
    SharedLockGuard(const SharedLockGuard&) = delete;
    SharedLockGuard& operator=(const SharedLockGuard&) = delete;

  private:
    SharedLock& lock_;
};

} // namespace proclab
