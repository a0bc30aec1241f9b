// The runner's drain: moves the lanes' records to the event stream in bounded slices. Each
// lane's ring is already in time order, so a slice is a k-way merge of the lane heads
// straight into the stream writer's buffer (no sort, no growing batch, one copy a record). The
// stream is written without blocking: a slow reader leaves output pending, the drain stops taking
// records, the rings fill, and their writers wait (recorded) — back-pressure, never a loss.
#pragma once

#include "io/stream.h"
#include "runtime/arena.h"

#include <array>
#include <cstdint>
#include <vector>

namespace proclab {

// Records per lane ring for a run: room for what one process will record, so that its writer
// rarely waits, within a budget for all rings (they are faulted in, so they cost real memory).
uint32_t ringCapacityFor(uint64_t eventsPerLane, int lanes);

class Drainer {
  public:
    // outFd: where the stream goes. A pipe gets its own non-blocking description.
    Drainer(Arena& arena, StreamWriter& writer, int outFd);
    ~Drainer();
    Drainer(const Drainer&) = delete;
    Drainer& operator=(const Drainer&) = delete;

    // Drains and writes until the rings are empty, the output would block, or a budget is
    // spent (so the runner gets back to reaping and time-outs). Returns records moved.
    size_t pump();
    // True while bytes wait for the reader (poll outFd() for POLLOUT).
    bool outputPending();
    int outFd() const { return fd_; }
    // False once the reader is gone (the rest of the run is discarded).
    bool streamAlive() const { return alive_; }

    // Drains everything and writes it all, waiting for the reader as long as it takes bytes
    // (a reader that takes none for kStallMs is given up). False if the stream was lost.
    bool finish();

    // A record the runner writes itself (e.g. a process's exit, seen when reaping).
    void emitOwn(const EventRecord& r) { writer_.events({&r, 1}); }
    // Records lost to full rings of harness arenas, plus text lines the text heap refused.
    uint64_t dropped() const;

  private:
    size_t mergeSlice();
    size_t openFrame();
    void closeFrame(size_t at);
    void appendRun(const EventRing& ring, uint64_t from, uint64_t to);
    size_t appendText(const EventRecord& record, size_t frameAt);
    void collectHeads();
    struct Head;
    // The loser tree's match path of slot `s`: the earliest head among the other lanes, and
    // the replay that puts the slot's next head (or kDone) in and the new winner on top.
    Head runnerUp(size_t s) const;
    void replay(size_t s, Head next);
    void announceAndRetire();
    bool flush();

    Arena& arena_;
    StreamWriter& writer_;
    int fd_;
    bool ownsFd_ = false;
    bool alive_ = true;
    int nextText_ = 0;
    uint64_t retiredDropped_ = 0;

    // A lane's head: its next record's time. Ordered by time, ties by lane; an exhausted
    // lane's head is kDone, after every record.
    struct Head {
        uint64_t t;
        int lane;
    };
    static constexpr Head kDone{UINT64_MAX, INT32_MAX};
    // A tournament (loser) tree over the active lanes, one slot each in lane order, padded to
    // `leaves_` (a power of two): tree_[0] is the earliest head, tree_[i] for 1 <= i < leaves_
    // the loser of the match at node i. Taking a record replays one path: log2(lanes)
    // comparisons, each a select without a branch, where a binary heap's sift-down takes two a
    // level and mispredicts when lanes interleave.
    std::array<Head, 2 * kMaxLanes> tree_{};
    std::array<Head, 2 * kMaxLanes> winners_{}; // scratch for building the tree
    size_t leaves_ = 0;
    std::array<uint8_t, kMaxLanes> slotOf_{};  // lane -> its leaf slot in the tree
    std::array<uint64_t, kMaxLanes> cursor_{}; // next record to take, per lane
    std::array<uint64_t, kMaxLanes> end_{};    // one past the last published record seen
    std::array<uint64_t, kMaxLanes> start_{};  // the ring's tail when the slice began
    std::array<const EventRing*, kMaxLanes> rings_{};
    size_t sent_ = 0; // bytes of the writer's buffer already written
};

} // namespace proclab
