#include "shared_value.h"

#include "clock.h"

#include <array>

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

void SharedCounter::increment(Context& ctx, LockMode mode, int object, int64_t gapNs) {
    switch (mode) {
    case LockMode::Raw: {
        ctx.syncPoint(kBeforeLoad);
        const int64_t loaded = value.load(std::memory_order_relaxed);
        ctx.record(EventKind::CounterLoad, object, 0, loaded);
        busyFor(gapNs);
        ctx.syncPoint(kBeforeStore);
        const int64_t old = value.exchange(loaded + 1, std::memory_order_relaxed);
        ctx.record(EventKind::CounterStore, object, 0, loaded + 1, old);
        break;
    }
    case LockMode::PythonDefault: {
        // Python's Value: `counter.value` takes the lock to read, `counter.value = x` takes it
        // again to write. Between the two, others may write: their increments get erased.
        ctx.syncPoint(kBeforeLoad);
        lock.lock(ctx, object);
        const int64_t loaded = value.load(std::memory_order_relaxed);
        ctx.record(EventKind::CounterLoad, object, 0, loaded);
        lock.unlock(ctx, object);
        busyFor(gapNs);
        ctx.syncPoint(kBeforeStore);
        lock.lock(ctx, object);
        const int64_t old = value.exchange(loaded + 1, std::memory_order_relaxed);
        ctx.record(EventKind::CounterStore, object, 0, loaded + 1, old);
        lock.unlock(ctx, object);
        break;
    }
    case LockMode::GetLock: {
        ctx.syncPoint(kBeforeLoad);
        lock.lock(ctx, object);
        const int64_t loaded = value.load(std::memory_order_relaxed);
        ctx.record(EventKind::CounterLoad, object, 0, loaded);
        busyFor(gapNs);
        const int64_t old = value.exchange(loaded + 1, std::memory_order_relaxed);
        ctx.record(EventKind::CounterStore, object, 0, loaded + 1, old);
        lock.unlock(ctx, object);
        break;
    }
    case LockMode::Atomic: {
        ctx.syncPoint(kBeforeLoad);
        const int64_t old = value.fetch_add(1, std::memory_order_acq_rel);
        // One indivisible step: it loaded `old` and replaced `old`, so it erased nothing.
        ctx.record(EventKind::CounterLoad, object, 0, old);
        ctx.record(EventKind::CounterStore, object, 0, old + 1, old);
        break;
    }
    }
}

void SharedDoubleArray::add(Context& ctx, uint32_t i, double delta, bool withLock, int object) {
    if (withLock)
        lock.lock(ctx, object);
    const uint64_t loadedBits = cells()[i].load(std::memory_order_relaxed);
    const double updated = std::bit_cast<double>(loadedBits) + delta;
    const uint64_t oldBits =
        cells()[i].exchange(std::bit_cast<uint64_t>(updated), std::memory_order_relaxed);
    ctx.record(EventKind::ArrayStore, object, i,
               static_cast<int64_t>(std::bit_cast<uint64_t>(updated)),
               static_cast<int64_t>(oldBits));
    if (withLock)
        lock.unlock(ctx, object);
}

} // namespace proclab
