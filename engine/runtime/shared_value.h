// multiprocessing.Value and Array in the arena, with Python's lock options, and every
// increment recorded so that lost updates can be counted exactly: the load records the value
// read; the store is an atomic exchange that records the value written and the value it
// replaced (the race window between load and store is the same as with a plain store).
#pragma once

#include "context.h"
#include "shared_lock.h"

#include <atomic>
#include <bit>
#include <cstdint>
#include <string_view>

namespace proclab {

enum class LockMode : uint8_t {
    Raw,           // Value('i', 0, lock=False): no lock at all
    PythonDefault, // Value('i', 0): the lock is taken on its own for each load and each store
    GetLock,       // with counter.get_lock(): one lock around the whole `+=`
    Atomic,        // a hardware fetch-and-add (what C++ offers; Python does not)
};
std::string_view lockModeName(LockMode m);
bool lockModeFromName(std::string_view name, LockMode& out);

// Sync points of `+=` in stepped mode.
inline constexpr uint32_t kBeforeLoad = 0;
inline constexpr uint32_t kBeforeStore = 1;

struct SharedCounter {
    SharedLock lock;
    std::atomic<int64_t> value{0};

    // counter.value += 1, as `mode` does it. `object` names the counter in the trace.
    // `gapNs` of busy work between the read and the write stands for the interpreter's own
    // work there (CPython runs several bytecodes between the get and the set).
    void increment(Context& ctx, LockMode mode, int object, int64_t gapNs = 0);
    int64_t read() const { return value.load(std::memory_order_acquire); }
};

// Value('d') and Array('d', n): doubles stored as their bits, so a store can be an exchange.
struct SharedDoubleArray {
    SharedLock lock;
    uint32_t length = 0;
    // std::atomic<uint64_t> cells[length] follow.
    std::atomic<uint64_t>* cells() { return reinterpret_cast<std::atomic<uint64_t>*>(this + 1); }
    static uint64_t bytesFor(uint32_t n) {
        return sizeof(SharedDoubleArray) + n * sizeof(uint64_t);
    }

    double get(uint32_t i) {
        return std::bit_cast<double>(cells()[i].load(std::memory_order_acquire));
    }
    // arr[i] += delta, loaded and stored separately (recorded), locked per `withLock`.
    void add(Context& ctx, uint32_t i, double delta, bool withLock, int object);
};

} // namespace proclab
