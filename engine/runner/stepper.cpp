#include "stepper.h"

#include "runtime/futex.h"
#include "runtime/shared_lock.h"
#include "runtime/shared_queue.h"
#include "runtime/sync_point.h"

#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <vector>

namespace proclab {
namespace {

// /proc/PID/stat's state field: Z (zombie) or X (dead).
bool isZombie(int pid) {
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/stat", pid);
    std::FILE* f = std::fopen(path, "r");
    if (!f)
        return true; // gone between the two looks
    char buf[512];
    const size_t n = std::fread(buf, 1, sizeof buf - 1, f);
    std::fclose(f);
    buf[n] = 0;
    const char* close = std::strrchr(buf, ')'); // the name may hold spaces and parentheses
    return close && close[1] == ' ' && (close[2] == 'Z' || close[2] == 'X');
}

} // namespace

std::string Stepper::addSteps(std::string_view text) {
    std::vector<int> lanes;
    while (!text.empty()) {
        const size_t start = text.find_first_not_of(" \t\r\n,");
        if (start == std::string_view::npos)
            break;
        text.remove_prefix(start);
        const size_t end = std::min(text.find_first_of(" \t\r\n,"), text.size());
        const std::string_view token = text.substr(0, end);
        int lane = 0;
        const auto [ptr, ec] = std::from_chars(token.data(), token.data() + token.size(), lane);
        if (ec != std::errc() || ptr != token.data() + token.size())
            return "a step is a process number, got '" + std::string(token) + "'";
        if (steppable_ <= 0)
            return "this run has no processes to step";
        if (lane < 1 || lane > steppable_)
            return "step " + std::to_string(given_ + static_cast<int>(lanes.size()) + 1) +
                   " names process " + std::to_string(lane) + ", but the processes to step are 1" +
                   (steppable_ > 1 ? " to " + std::to_string(steppable_) : std::string()) +
                   (lane == 0 ? " (0 is the main process, which only starts and joins)" : "");
        lanes.push_back(lane);
        text.remove_prefix(end);
    }
    pending_.insert(pending_.end(), lanes.begin(), lanes.end());
    given_ += static_cast<int>(lanes.size());
    return {};
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
    // A lane whose process is gone (ended, crashed) cannot take a step any more; nor can a
    // zombie, which only its parent reaps (main may be busy joining another child first).
    if (pid <= 0)
        return false;
    if (kill(pid, 0) != 0 && errno == ESRCH)
        return true;
    return isZombie(pid);
}

std::string Stepper::laneName(int lane) const {
    if (lane >= 0 && lane < arena_.laneCount())
        return arena_.lane(lane).name;
    return "process " + std::to_string(lane);
}

std::string Stepper::whyStuck(int lane) const {
    if (lane < 0 || lane >= arena_.laneCount())
        return {};
    if (finished(lane))
        return laneName(lane) + " has finished";
    if (!holding(lane))
        return {};
    const LaneSlot& s = arena_.lane(lane);
    const auto point = static_cast<SyncPoint>(s.holdPoint.load(std::memory_order_relaxed));
    const uint64_t offset = s.holdObject.load(std::memory_order_relaxed);
    if (point == SyncPoint::Acquire && offset != 0) {
        if (arena_.at<SharedLock>(offset)->word.load(std::memory_order_acquire) == 0)
            return {};
        const auto holder = lockHolder_.find(offset);
        return laneName(lane) + " waits in lock.acquire(): the lock is held by " +
               (holder != lockHolder_.end() ? laneName(holder->second) : "another process");
    }
    if (point == SyncPoint::Get && offset != 0) {
        if (arena_.at<SharedQueue>(offset)->qsize() > 0)
            return {};
        return laneName(lane) + " waits in q.get(): the queue is empty";
    }
    if (point == SyncPoint::Put && offset != 0) {
        const SharedQueue* q = arena_.at<SharedQueue>(offset);
        if (q->qsize() < q->capacity)
            return {};
        return laneName(lane) + " waits in q.put(): the queue is full (" +
               std::to_string(q->qsize()) + " of maxsize " + std::to_string(q->maxsize) + ")";
    }
    return {};
}

void Stepper::release(int lane) {
    LaneSlot& s = arena_.lane(lane);
    const auto point = static_cast<SyncPoint>(s.holdPoint.load(std::memory_order_relaxed));
    const uint64_t offset = s.holdObject.load(std::memory_order_relaxed);
    if (point == SyncPoint::Acquire)
        lockHolder_[offset] = lane;
    else if (point == SyncPoint::Release)
        lockHolder_.erase(offset);
    s.permits.fetch_add(1, std::memory_order_acq_rel);
    futex::wakeAll(s.permits);
}

void Stepper::releaseEveryone() {
    if (freeRunning_)
        return;
    freeRunning_ = true;
    pending_.clear();
    arena_.header().stepped.store(0, std::memory_order_release);
    for (int lane = 0; lane < arena_.laneCount(); ++lane) {
        LaneSlot& s = arena_.lane(lane);
        s.permits.store(0x7fffffffu, std::memory_order_release);
        futex::wakeAll(s.permits);
    }
}

std::optional<StepRefusal> Stepper::tick() {
    if (freeRunning_)
        return std::nullopt;
    if (inFlight_ >= 0) {
        // The released lane is between sync points: nobody else moves until it holds again.
        if (!holding(inFlight_) && !finished(inFlight_))
            return std::nullopt;
        inFlight_ = -1;
    }
    if (!pending_.empty()) {
        const int lane = pending_.front();
        if (lane < arena_.laneCount()) {
            if (std::string why = whyStuck(lane); !why.empty()) {
                pending_.pop_front();
                ++released_;
                return StepRefusal{released_, lane, std::move(why)};
            }
        }
        if (lane >= arena_.laneCount() || !holding(lane))
            return std::nullopt; // still starting: it reaches its first hold on its own
        pending_.pop_front();
        ++released_;
        release(lane);
        inFlight_ = lane;
        return std::nullopt;
    }
    if (inputClosed_)
        releaseEveryone();
    return std::nullopt;
}

} // namespace proclab
