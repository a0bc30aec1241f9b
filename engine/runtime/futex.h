// Process-shared futex wait/wake (no FUTEX_PRIVATE_FLAG: the words live in shared memory).
#pragma once

#include <atomic>
#include <cstdint>

namespace proclab::futex {

// Sleeps while *word == expected. timeoutNs < 0: no timeout. Returns false on timeout.
bool wait(std::atomic<uint32_t>& word, uint32_t expected, int64_t timeoutNs = -1);
void wake(std::atomic<uint32_t>& word, int count);
void wakeAll(std::atomic<uint32_t>& word);

} // namespace proclab::futex
