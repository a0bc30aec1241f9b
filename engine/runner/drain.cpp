#include "drain.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace proclab {
namespace {

// One slice: 512 KiB of records. Bounded so that the runner returns to reaping and
// time-outs often, and so that nothing grows with the run.
constexpr size_t kSliceRecords = 16384;
// Records one pump may move before it returns to the runner's loop.
constexpr size_t kPumpBudget = 8 * kSliceRecords;
constexpr int kPipeBytes = 1 << 20;
// At the end of a run, a reader that takes no byte for this long is given up.
constexpr int kStallMs = 30'000;

bool isText(uint8_t kind) {
    const auto k = static_cast<EventKind>(kind);
    return k == EventKind::ConsoleOutput || k == EventKind::PhaseBegin || k == EventKind::PhaseEnd;
}

// Merge order: time, ties by lane (so a slice's order does not depend on the tree). Without
// a branch: when lanes interleave, the outcome is a coin toss a predictor cannot learn.
bool before(const auto& x, const auto& y) {
    return (x.t < y.t) | ((x.t == y.t) & (x.lane < y.lane));
}

} // namespace

uint32_t ringCapacityFor(uint64_t eventsPerLane, int lanes) {
    constexpr uint64_t kMin = 1u << 16;                                // 2 MiB
    constexpr uint64_t kMax = 1u << 20;                                // 32 MiB
    constexpr uint64_t kBudget = (256ull << 20) / sizeof(EventRecord); // all rings: 256 MiB
    const uint64_t share = kBudget / static_cast<uint64_t>(std::max(lanes, 1));
    uint64_t cap = kMin;
    while (cap < eventsPerLane && cap * 2 <= kMax && cap * 2 <= share)
        cap *= 2;
    return static_cast<uint32_t>(cap);
}

Drainer::Drainer(Arena& arena, StreamWriter& writer, int outFd)
    : arena_(arena), writer_(writer), fd_(outFd) {
    // A slice's records and frame headers, plus room for its printed lines: no growth once warm.
    writer_.buffer().reserve(kSliceRecords * sizeof(EventRecord) + (64u << 10));
    struct stat st {};
    if (fstat(outFd, &st) == 0 && S_ISFIFO(st.st_mode)) {
        // A pipe: a larger buffer, and our own non-blocking open file description of it (the
        // caller's description, which a shell may share, keeps its flags).
        fcntl(outFd, F_SETPIPE_SZ, kPipeBytes);
        const std::string self = "/proc/self/fd/" + std::to_string(outFd);
        const int fd = open(self.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd >= 0) {
            fd_ = fd;
            ownsFd_ = true;
        }
    }
}

Drainer::~Drainer() {
    if (ownsFd_)
        close(fd_);
}

uint64_t Drainer::dropped() const {
    uint64_t total = arena_.header().textDropped.load() + retiredDropped_;
    for (int lane = 0; lane < arena_.laneCount(); ++lane) {
        const LaneSlot& slot = arena_.lane(lane);
        if (slot.ready.load(std::memory_order_acquire) && !slot.retired.load())
            total += arena_.ring(lane).dropped.load(std::memory_order_relaxed);
    }
    return total;
}

void Drainer::announceAndRetire() {
    const int lanes = arena_.laneCount();
    for (int lane = 0; lane < lanes; ++lane) {
        LaneSlot& slot = arena_.lane(lane);
        if (!slot.ready.load(std::memory_order_acquire) || slot.retired.load())
            continue;
        if (!slot.announced.load(std::memory_order_relaxed)) {
            LaneInfo info;
            info.lane = lane;
            info.name = slot.name;
            info.role = slot.role;
            info.parent = slot.parent;
            info.pid = std::max(0, slot.pid.load());
            info.startMethod = static_cast<StartMethod>(slot.startMethod);
            writer_.lane(info);
            slot.announced.store(1, std::memory_order_relaxed);
        }
        // A reaped process writes no more: once its ring is empty, the ring serves a new lane.
        EventRing& ring = arena_.ring(lane);
        if (slot.exited.load(std::memory_order_acquire) && !slot.isThread && ring.readable() == 0) {
            retiredDropped_ += ring.dropped.load(std::memory_order_relaxed);
            arena_.retireLane(lane);
        }
    }
}

void Drainer::collectHeads() {
    size_t slots = 0;
    const int lanes = arena_.laneCount();
    for (int lane = 0; lane < lanes; ++lane) {
        const LaneSlot& slot = arena_.lane(lane);
        if (!slot.ready.load(std::memory_order_acquire) || slot.retired.load() ||
            !slot.announced.load(std::memory_order_relaxed))
            continue;
        EventRing& ring = arena_.ring(lane);
        const auto l = static_cast<size_t>(lane);
        start_[l] = ring.tail.load(std::memory_order_relaxed);
        cursor_[l] = start_[l];
        end_[l] = start_[l] + ring.readable();
        rings_[l] = &ring;
        if (cursor_[l] < end_[l]) {
            slotOf_[l] = static_cast<uint8_t>(slots);
            winners_[kMaxLanes + slots++] = {ring.at(cursor_[l]).t_ns, lane};
        }
    }
    // Leaves at [leaves_, 2 * leaves_) (gathered in winners_ from kMaxLanes, moved down), then
    // every match from the bottom up: its winner goes up, its loser stays at the node.
    leaves_ = 1;
    while (leaves_ < slots)
        leaves_ *= 2;
    for (size_t s = 0; s < leaves_; ++s)
        winners_[leaves_ + s] = s < slots ? winners_[kMaxLanes + s] : kDone;
    for (size_t i = leaves_; i-- > 1;) {
        const Head a = winners_[2 * i], b = winners_[2 * i + 1];
        const bool bFirst = before(b, a);
        winners_[i] = bFirst ? b : a;
        tree_[i] = bFirst ? a : b;
    }
    tree_[0] = slots > 0 ? winners_[1] : kDone;
}

Drainer::Head Drainer::runnerUp(size_t s) const {
    Head best = kDone;
    for (size_t node = (leaves_ + s) / 2; node >= 1; node /= 2)
        best = before(tree_[node], best) ? tree_[node] : best;
    return best;
}

void Drainer::replay(size_t s, Head next) {
    for (size_t node = (leaves_ + s) / 2; node >= 1; node /= 2) {
        const Head other = tree_[node];
        const bool otherFirst = before(other, next);
        tree_[node] = otherFirst ? next : other;
        next = otherFirst ? other : next;
    }
    tree_[0] = next;
}

// An events frame is opened with its header (u32 type, u32 length, see io/stream.h) and
// its length patched when it is closed; an empty one is taken back.
size_t Drainer::openFrame() {
    std::string& out = writer_.buffer();
    const size_t at = out.size();
    const auto type = static_cast<uint32_t>(FrameType::Events);
    const uint32_t length = 0;
    out.append(reinterpret_cast<const char*>(&type), sizeof type);
    out.append(reinterpret_cast<const char*>(&length), sizeof length);
    return at;
}

void Drainer::closeFrame(size_t at) {
    std::string& out = writer_.buffer();
    const size_t payload = out.size() - at - 2 * sizeof(uint32_t);
    if (payload == 0) {
        out.resize(at);
        return;
    }
    const auto length = static_cast<uint32_t>(payload);
    std::memcpy(out.data() + at + sizeof(uint32_t), &length, sizeof length);
}

// Records [from, to) of one ring, appended as they are: at most two blocks (the ring wraps).
void Drainer::appendRun(const EventRing& ring, uint64_t from, uint64_t to) {
    std::string& out = writer_.buffer();
    while (from < to) {
        const uint64_t index = from & ring.mask;
        const uint64_t block = std::min(to - from, ring.capacity - index);
        out.append(reinterpret_cast<const char*>(&ring.at(from)), block * sizeof(EventRecord));
        from += block;
    }
}

// A printed line travels as a text frame ahead of the event that names it: the events frame
// is closed, the text frame written, the event appended to a new events frame.
size_t Drainer::appendText(const EventRecord& record, size_t frameAt) {
    closeFrame(frameAt);
    EventRecord r = record;
    const std::string_view text =
        arena_.textAt(static_cast<uint64_t>(r.b), static_cast<uint64_t>(r.c));
    const int id = nextText_++;
    writer_.text(id, text);
    r.b = id;
    r.c = static_cast<int64_t>(text.size());
    const size_t at = openFrame();
    writer_.buffer().append(reinterpret_cast<const char*>(&r), sizeof r);
    return at;
}

// The k-way merge, straight into the writer's buffer (one copy of each record). The earliest
// head goes; the lane's next record is replayed into the tree, and only if it wins again is the
// runner-up looked up and the lane's run taken up to it, as one block. So lanes that
// interleave record by record cost one replay a record, and lanes taking turns one a run.
size_t Drainer::mergeSlice() {
    announceAndRetire();
    collectHeads();
    size_t n = 0;
    size_t frameAt = openFrame();
    while (tree_[0].lane != kDone.lane && n < kSliceRecords) {
        const int lane = tree_[0].lane;
        const auto l = static_cast<size_t>(lane);
        const size_t s = slotOf_[l];
        const EventRing& ring = *rings_[l];
        uint64_t c = cursor_[l];
        uint64_t inTree = c; // the record whose time the tree holds for this lane
        const uint64_t last = std::min(end_[l], c + (kSliceRecords - n));
        if (isText(ring.at(c).kind)) {
            frameAt = appendText(ring.at(c), frameAt);
            ++n;
            ++c;
        } else {
            uint64_t runEnd = c + 1;
            if (runEnd < last) {
                inTree = runEnd;
                replay(s, Head{ring.at(runEnd).t_ns, lane});
                if (tree_[0].lane == lane) {
                    // Still the earliest: the run goes on while it stays before the runner-up,
                    // up to a printed line.
                    const Head limit = runnerUp(s);
                    while (runEnd < last) {
                        const EventRecord& r = ring.at(runEnd);
                        if (isText(r.kind) ||
                            (runEnd > inTree && !before(Head{r.t_ns, lane}, limit)))
                            break;
                        ++runEnd;
                    }
                }
            }
            appendRun(ring, c, runEnd);
            n += runEnd - c;
            c = runEnd;
        }
        cursor_[l] = c;
        // Interleaved lanes are 16 streams through memory, more than the hardware prefetcher
        // follows: this lane's next lines are asked for now, long before its turn comes again.
        __builtin_prefetch(&ring.at(c + 4));
        if (c != inTree)
            replay(s, c < end_[l] ? Head{ring.at(c).t_ns, lane} : kDone);
    }
    closeFrame(frameAt);
    // Copied out: the writers may reuse the space (this wakes one that waits).
    for (int lane = 0; lane < arena_.laneCount(); ++lane) {
        const auto l = static_cast<size_t>(lane);
        if (cursor_[l] > start_[l])
            arena_.ring(lane).release(cursor_[l] - start_[l]);
        cursor_[l] = start_[l] = end_[l] = 0;
    }
    return n;
}

bool Drainer::outputPending() {
    return sent_ < writer_.buffer().size();
}

// Sends what is pending without blocking; true when everything went out (or, the reader
// being gone, was discarded). The buffer keeps its capacity: no allocation once warm.
bool Drainer::flush() {
    std::string& bytes = writer_.buffer();
    while (sent_ < bytes.size()) {
        if (!alive_)
            break;
        const ssize_t w = write(fd_, bytes.data() + sent_, bytes.size() - sent_);
        if (w > 0)
            sent_ += static_cast<size_t>(w);
        else if (w < 0 && errno == EINTR)
            continue;
        else if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return false;
        else
            alive_ = false; // EPIPE and the like: nobody reads us any more
    }
    bytes.clear();
    sent_ = 0;
    return true;
}

size_t Drainer::pump() {
    size_t moved = 0;
    while (moved < kPumpBudget) {
        if (!flush())
            return moved; // the reader is slow: leave the records in the rings
        const size_t n = mergeSlice();
        if (n == 0)
            break;
        moved += n;
    }
    flush();
    return moved;
}

bool Drainer::finish() {
    int stalledMs = 0;
    while (true) {
        const size_t before = sent_;
        const size_t moved = pump();
        if (!alive_)
            return false;
        if (moved == 0 && !outputPending())
            return true;
        if (outputPending()) {
            pollfd out{fd_, POLLOUT, 0};
            stalledMs = moved > 0 || sent_ != before ? 0 : stalledMs + 100;
            if (stalledMs > kStallMs)
                return false;
            poll(&out, 1, 100);
        }
    }
}

} // namespace proclab
