#include "futex.h"

#include <cerrno>
#include <climits>
#include <ctime>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace proclab::futex {

static_assert(sizeof(std::atomic<uint32_t>) == sizeof(uint32_t));

bool wait(std::atomic<uint32_t>& word, uint32_t expected, int64_t timeoutNs) {
    timespec ts{};
    timespec* timeout = nullptr;
    if (timeoutNs >= 0) {
        ts.tv_sec = static_cast<time_t>(timeoutNs / 1'000'000'000);
        ts.tv_nsec = static_cast<long>(timeoutNs % 1'000'000'000);
        timeout = &ts;
    }
    const long rc = syscall(SYS_futex, reinterpret_cast<uint32_t*>(&word), FUTEX_WAIT, expected,
                            timeout, nullptr, 0);
    return !(rc == -1 && errno == ETIMEDOUT);
}

void wake(std::atomic<uint32_t>& word, int count) {
    syscall(SYS_futex, reinterpret_cast<uint32_t*>(&word), FUTEX_WAKE, count, nullptr, nullptr, 0);
}

void wakeAll(std::atomic<uint32_t>& word) {
    wake(word, INT_MAX);
}

} // namespace proclab::futex
