#include "shared_value.h"

#include "clock.h"

#include <array>
#include <bit>

namespace proclab {
namespace {

constexpr std::array<std::string_view, 4> kModeNames = {"raw", "python-default", "get-lock",
                                                        "atomic"};

void busyFor(int64_t ns) {
    if (ns <= 0)
        return;
    const uint64_t until = monotonicNs() + static_cast<uint64_t>(ns);
    while (monotonicNs() < until) {
    }
}

// Values go into events as int64: integers as they are, doubles as their bits.
int64_t asRecorded(int64_t v) {
    return v;
}
int64_t asRecorded(double v) {
    return static_cast<int64_t>(std::bit_cast<uint64_t>(v));
}

template <class T>
T fetchAdd(std::atomic<T>& cell, T delta) {
    if constexpr (std::is_integral_v<T>) {
        return cell.fetch_add(delta, std::memory_order_acq_rel);
    } else {
        // std::atomic<double>::fetch_add may be a CAS loop anyway; say so plainly.
        T old = cell.load(std::memory_order_relaxed);
        while (!cell.compare_exchange_weak(old, old + delta, std::memory_order_acq_rel)) {
        }
        return old;
    }
}

// One `cell += delta` with the given lock discipline, recording the load and the store.
// `index` names the cell for the stepper's view (arrays); sync points as in shared_value.h.
template <class T, class RecordLoad, class RecordStore>
void lockedAdd(Context& ctx, SharedLock& lock, std::atomic<T>& cell, T delta, LockMode mode,
               int object, int64_t gapNs, int64_t index, RecordLoad recordLoad,
               RecordStore recordStore) {
    auto loadPoint = [&] { ctx.syncPoint(SyncPoint::Load, nullptr, object, 0, index); };
    auto storePoint = [&](T reg) {
        ctx.syncPoint(SyncPoint::Store, nullptr, object, asRecorded(reg), index);
    };
    switch (mode) {
    case LockMode::Raw: {
        loadPoint();
        const T loaded = cell.load(std::memory_order_relaxed);
        recordLoad(loaded);
        busyFor(gapNs);
        storePoint(loaded + delta);
        const T old = cell.exchange(loaded + delta, std::memory_order_relaxed);
        recordStore(loaded + delta, old);
        break;
    }
    case LockMode::PythonDefault: {
        // Python's Value: reading takes the lock, writing takes it again. Between the two,
        // others may write: their increments get erased.
        loadPoint();
        lock.lock(ctx, object);
        const T loaded = cell.load(std::memory_order_relaxed);
        recordLoad(loaded);
        lock.unlock(ctx, object);
        busyFor(gapNs);
        storePoint(loaded + delta);
        lock.lock(ctx, object);
        const T old = cell.exchange(loaded + delta, std::memory_order_relaxed);
        recordStore(loaded + delta, old);
        lock.unlock(ctx, object);
        break;
    }
    case LockMode::GetLock: {
        lock.acquire(ctx, object);
        loadPoint();
        const T loaded = cell.load(std::memory_order_relaxed);
        recordLoad(loaded);
        busyFor(gapNs);
        storePoint(loaded + delta);
        const T old = cell.exchange(loaded + delta, std::memory_order_relaxed);
        recordStore(loaded + delta, old);
        lock.release(ctx, object);
        break;
    }
    case LockMode::Atomic: {
        loadPoint();
        const T old = fetchAdd(cell, delta);
        // One indivisible step: it loaded `old` and replaced `old`, so it erased nothing.
        recordLoad(old);
        recordStore(old + delta, old);
        break;
    }
    }
}

} // namespace

std::string_view lockModeName(LockMode m) {
    return kModeNames[static_cast<size_t>(m)];
}

bool lockModeFromName(std::string_view name, LockMode& out) {
    for (size_t i = 0; i < kModeNames.size(); ++i) {
        if (kModeNames[i] == name) {
            out = static_cast<LockMode>(i);
            return true;
        }
    }
    return false;
}

template <class T>
void SharedValue<T>::add(Context& ctx, T delta, LockMode mode, int object, int64_t gapNs) {
    lockedAdd(
        ctx, lock, value, delta, mode, object, gapNs, 0,
        [&](T loaded) { ctx.record(EventKind::CounterLoad, object, 0, asRecorded(loaded)); },
        [&](T written, T old) {
            ctx.record(EventKind::CounterStore, object, 0, asRecorded(written), asRecorded(old));
        });
}

template <class T>
void SharedArray<T>::add(Context& ctx, uint32_t i, T delta, LockMode mode, int object,
                         int64_t gapNs) {
    lockedAdd(
        ctx, lock, cells()[i], delta, mode, object, gapNs, i, [](T) {},
        [&](T written, T old) {
            ctx.record(EventKind::ArrayStore, object, i, asRecorded(written), asRecorded(old));
        });
}

template struct SharedValue<int64_t>;
template struct SharedValue<double>;
template struct SharedArray<int64_t>;
template struct SharedArray<double>;

} // namespace proclab
