// The one clock every event is stamped with.
#pragma once

#include <cstdint>
#include <ctime>

namespace proclab {

inline uint64_t monotonicNs() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<uint64_t>(ts.tv_sec) * 1'000'000'000ull + static_cast<uint64_t>(ts.tv_nsec);
}

} // namespace proclab
