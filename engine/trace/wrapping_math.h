// Two's-complement arithmetic on counter values read from a trace. A real run's sums are exact
// (they never leave int64_t); a damaged or made-up trace may hold any values, and there the
// result may be nonsense but must never be undefined behaviour (found by fuzz_event_stream).
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>

namespace proclab {

inline int64_t wrappingSub(int64_t a, int64_t b) {
    return static_cast<int64_t>(static_cast<uint64_t>(a) - static_cast<uint64_t>(b));
}
inline int64_t wrappingAdd(int64_t a, int64_t b) {
    return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b));
}

// A double from a trace (an array cell's bits may be any value) rounded to int64_t: clamped to
// the range, NaN taken as 0. A plain cast or std::llround of an out-of-range value is undefined
// or unspecified.
inline int64_t saturatingRound(double v) {
    if (std::isnan(v))
        return 0;
    // 2^63 is exact as a double; anything at or above it does not fit.
    constexpr double limit = 9223372036854775808.0;
    if (v >= limit)
        return std::numeric_limits<int64_t>::max();
    if (v <= -limit)
        return std::numeric_limits<int64_t>::min();
    return std::llround(v);
}

} // namespace proclab
