#include "context.h"

#include "futex.h"

#include <cerrno>
#include <ctime>

namespace proclab {

void Context::print(std::string_view text) {
    // The text goes to the arena's text heap; the runner turns the offset into a text id.
    const uint64_t offset = arena_->storeText(text);
    record(EventKind::ConsoleOutput, 0, 0, static_cast<int64_t>(offset),
           static_cast<int64_t>(text.size()));
}

void Context::phase(EventKind beginOrEnd, std::string_view name) {
    const uint64_t offset = arena_->storeText(name);
    record(beginOrEnd, 0, 0, static_cast<int64_t>(offset), static_cast<int64_t>(name.size()));
}

void Context::sleepNs(int64_t ns) {
    record(EventKind::SleepBegin, 0, 0, ns);
    timespec ts{static_cast<time_t>(ns / 1'000'000'000), static_cast<long>(ns % 1'000'000'000)};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
    record(EventKind::SleepEnd);
}

void Context::holdForStepper(SyncPoint point, const void* target, int object, int64_t value,
                             int64_t detail) {
    if (!arena_->header().stepped.load(std::memory_order_acquire))
        return;
    LaneSlot& s = slot();
    const auto p = static_cast<uint32_t>(point);
    record(EventKind::StepHold, object, p, value, detail);
    s.holdPoint.store(p, std::memory_order_relaxed);
    s.holdObjectId.store(static_cast<uint32_t>(object), std::memory_order_relaxed);
    s.holdObject.store(target ? arena_->offsetOf(target) : 0, std::memory_order_relaxed);
    // The release publishes the hold's description with the count.
    const uint32_t reached = s.holds.fetch_add(1, std::memory_order_acq_rel) + 1;
    // Wait until the runner has granted as many permits as holds we reached.
    while (true) {
        const uint32_t permits = s.permits.load(std::memory_order_acquire);
        if (permits >= reached || !arena_->header().stepped.load(std::memory_order_acquire))
            break;
        futex::wait(s.permits, permits, 50'000'000);
    }
    record(EventKind::StepRelease, object, p);
}

} // namespace proclab
