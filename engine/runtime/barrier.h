// A one-shot process-shared start barrier: the racing processes wait here so that they begin
// together (a fork takes ~100 µs, far longer than a thousand increments).
#pragma once

#include "context.h"

#include <atomic>
#include <cstdint>

namespace proclab {

struct SharedBarrier {
    std::atomic<uint32_t> arrived{0};
    std::atomic<uint32_t> open{0};
    uint32_t parties = 0;

    void wait(Context& ctx, int object);
};

} // namespace proclab
