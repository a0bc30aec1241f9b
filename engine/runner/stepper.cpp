#include "stepper.h"

#include "runtime/futex.h"

#include <cerrno>
#include <charconv>
#include <csignal>

namespace proclab {

bool Stepper::addSteps(std::string_view text) {
    while (!text.empty()) {
        const size_t start = text.find_first_not_of(" \t\r\n,");
        if (start == std::string_view::npos)
            break;
        text.remove_prefix(start);
        const size_t end = std::min(text.find_first_of(" \t\r\n,"), text.size());
        int lane = 0;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + end, lane);
        if (ec != std::errc() || ptr != text.data() + end || lane < 0 || lane >= kMaxLanes)
            return false;
        pending_.push_back(lane);
        text.remove_prefix(end);
    }
    return true;
}

bool Stepper::holding(int lane) const {
    const LaneSlot& s = arena_.lane(lane);
    return s.holds.load(std::memory_order_acquire) > s.permits.load(std::memory_order_acquire);
}

bool Stepper::finished(int lane) const {
    if (lane >= arena_.laneCount())
        return false;
    const LaneSlot& s = arena_.lane(lane);
    if (s.exited.load(std::memory_order_acquire))
        return true;
    const int pid = s.pid.load(std::memory_order_acquire);
    // A lane whose process is gone (ended, crashed) cannot take a step any more.
    return pid > 0 && kill(pid, 0) != 0 && errno == ESRCH;
}

void Stepper::release(int lane) {
    LaneSlot& s = arena_.lane(lane);
    s.permits.fetch_add(1, std::memory_order_acq_rel);
    futex::wakeAll(s.permits);
}

void Stepper::releaseEveryone() {
    freeRunning_ = true;
    arena_.header().stepped.store(0, std::memory_order_release);
    for (int lane = 0; lane < arena_.laneCount(); ++lane) {
        LaneSlot& s = arena_.lane(lane);
        s.permits.store(0x7fffffffu, std::memory_order_release);
        futex::wakeAll(s.permits);
    }
}

void Stepper::tick() {
    if (freeRunning_)
        return;
    if (inFlight_ >= 0) {
        // The released lane is between sync points: nobody else moves until it holds again.
        if (!holding(inFlight_) && !finished(inFlight_))
            return;
        inFlight_ = -1;
    }
    while (!pending_.empty()) {
        const int lane = pending_.front();
        if (lane < arena_.laneCount() && finished(lane)) {
            pending_.pop_front(); // nothing left to step in a lane that has ended
            continue;
        }
        if (lane >= arena_.laneCount() || !holding(lane))
            return; // not there yet: wait for it
        pending_.pop_front();
        release(lane);
        inFlight_ = lane;
        return;
    }
    if (inputClosed_)
        releaseEveryone();
}

} // namespace proclab
