// multiprocessing.Value and Array in the arena, for int ('i', stored as int64) and double
// ('d'), with Python's lock options. Every += is recorded so that lost updates can be counted
// exactly: the load records the value read; the store is an atomic exchange that records the
// value written and the value it replaced (the race window between load and store is the same
// as with a plain store). Doubles are recorded as their bit patterns.
#pragma once

#include "context.h"
#include "shared_lock.h"

#include <atomic>
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

// Value('i') / Value('d').
template <class T>
struct SharedValue {
    SharedLock lock;
    std::atomic<T> value{};

    // value += delta, as `mode` does it; `object` names the value in the trace. `gapNs` of
    // busy work between the read and the write stands for the interpreter's own work there
    // (CPython runs several bytecodes between the get and the set).
    // Stepped mode holds before the load and before the store (raw, python-default), and
    // before acquire and release too with get-lock (see sync_point.h).
    void add(Context& ctx, T delta, LockMode mode, int object, int64_t gapNs = 0);
    void increment(Context& ctx, LockMode mode, int object, int64_t gapNs = 0) {
        add(ctx, T(1), mode, object, gapNs);
    }
    T read() const { return value.load(std::memory_order_acquire); }
};
using SharedCounter = SharedValue<int64_t>;

// Array('i', n) / Array('d', n): the lock is the array's one get_lock().
template <class T>
struct SharedArray {
    SharedLock lock;
    uint32_t length = 0;
    // std::atomic<T> cells[length] follow.
    std::atomic<T>* cells() { return reinterpret_cast<std::atomic<T>*>(this + 1); }
    static uint64_t bytesFor(uint32_t n) {
        return sizeof(SharedArray) + n * sizeof(std::atomic<T>);
    }

    T get(uint32_t i) { return cells()[i].load(std::memory_order_acquire); }
    // arr[i] += delta as `mode` does it, recorded as ArrayStore (a = index); gapNs as for
    // SharedValue::add.
    void add(Context& ctx, uint32_t i, T delta, LockMode mode, int object, int64_t gapNs = 0);
};
using SharedDoubleArray = SharedArray<double>;

} // namespace proclab
