// Two's-complement arithmetic on counter values read from a trace. A real run's sums are exact
// (they never leave int64_t); a damaged or made-up trace may hold any values, and there the
// result may be nonsense but must never be undefined behaviour (found by fuzz_event_stream).
#pragma once

#include <cstdint>

namespace proclab {

inline int64_t wrappingSub(int64_t a, int64_t b) {
    return static_cast<int64_t>(static_cast<uint64_t>(a) - static_cast<uint64_t>(b));
}
inline int64_t wrappingAdd(int64_t a, int64_t b) {
    return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b));
}

} // namespace proclab
