#include "shared_lock.h"

#include "clock.h"
#include "futex.h"
#include "spin.h"

namespace proclab {

void SharedLock::lockSlow() {
    // Spin a little while the holder, likely running on the other core, finishes.
    for (int i = 0; i < kSpinsBeforeSleep; ++i) {
        if (word.load(std::memory_order_relaxed) == 0) {
            uint32_t expected = 0;
            if (word.compare_exchange_weak(expected, 1, std::memory_order_acquire))
                return;
        }
        cpuRelax();
    }
    uint32_t c = 0;
    if (word.compare_exchange_strong(c, 1, std::memory_order_acquire))
        return;
    if (c != 2)
        c = word.exchange(2, std::memory_order_acquire);
    while (c != 0) {
        futex::wait(word, 2);
        c = word.exchange(2, std::memory_order_acquire);
    }
}

bool SharedLock::lockFor(int64_t timeoutNs) {
    if (tryLock())
        return true;
    if (timeoutNs < 0) {
        lockSlow();
        return true;
    }
    const uint64_t deadline = monotonicNs() + static_cast<uint64_t>(timeoutNs);
    uint32_t c = word.exchange(2, std::memory_order_acquire);
    while (c != 0) {
        const uint64_t now = monotonicNs();
        if (now >= deadline)
            return false;
        futex::wait(word, 2, static_cast<int64_t>(deadline - now));
        c = word.exchange(2, std::memory_order_acquire);
    }
    return true;
}

void SharedLock::unlockSlow() {
    word.store(0, std::memory_order_release);
    futex::wake(word, 1);
}

} // namespace proclab
