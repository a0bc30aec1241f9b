// What a demo process (or thread) knows about itself: the arena it shares, its lane, and the
// Python line it is at. Recording an event is a clock read and a 32-byte store into the
// lane's own ring; nothing else.
#pragma once

#include "arena.h"
#include "clock.h"
#include "sync_point.h"

#include <cstdint>
#include <string_view>

namespace proclab {

class Context {
  public:
    Context(Arena& arena, int lane) : arena_(&arena), lane_(lane), ring_(&arena.ring(lane)) {
        arena.populateRing(lane); // no page fault while the demo races
    }

    Arena& arena() const { return *arena_; }
    int lane() const { return lane_; }
    LaneSlot& slot() const { return arena_->lane(lane_); }

    // The line of the Python snippet this process is at; stamped on every event it records.
    void at(int line) { line_ = static_cast<uint8_t>(line); }
    int line() const { return line_; }

    void record(EventKind kind, int object = 0, uint32_t a = 0, int64_t b = 0, int64_t c = 0) {
        recordFor(lane_, kind, object, a, b, c);
    }
    // An event about another lane (e.g. a parent recording its child's exit), in our ring.
    void recordFor(int lane, EventKind kind, int object = 0, uint32_t a = 0, int64_t b = 0,
                   int64_t c = 0) {
        recordAt(monotonicNs(), lane, kind, object, a, b, c);
    }
    void recordAt(uint64_t t, int lane, EventKind kind, int object, uint32_t a, int64_t b,
                  int64_t c) {
        EventRecord r;
        r.t_ns = t;
        r.lane = static_cast<uint8_t>(lane);
        r.kind = static_cast<uint8_t>(kind);
        r.object = static_cast<uint8_t>(object);
        r.line = line_;
        r.a = a;
        r.b = b;
        r.c = c;
        ring_->push(r);
    }

    // Python's print(): one console line, recorded with its time.
    void print(std::string_view text);
    // A marker that this lane reached a line (for lines that record nothing else).
    void reach(int line) {
        at(line);
        record(EventKind::SourceLine);
    }
    // time.sleep(): recorded as a sleeping stretch.
    void sleepNs(int64_t ns);
    void result(ResultKey key, int64_t value, int64_t index = 0) {
        record(EventKind::Result, 0, static_cast<uint32_t>(key), value, index);
    }
    void phase(EventKind beginOrEnd, std::string_view name);

    // Stepped mode: hold here until the runner releases this lane. Not stepping, this is one
    // relaxed load and a predictable branch (proclab-bench's "sync point" row measures it).
    // `target` is the lock or queue about to be used (the stepper looks at it to judge if the
    // lane can move), `object` its number in the trace, `value` what the step carries (the
    // register to store, the item to put) and `detail` more of it (array index, maxsize).
    void syncPoint(SyncPoint point, const void* target = nullptr, int object = 0, int64_t value = 0,
                   int64_t detail = 0) {
        if (arena_->header().stepped.load(std::memory_order_relaxed) == 0) [[likely]]
            return;
        holdForStepper(point, target, object, value, detail);
    }

  private:
    void holdForStepper(SyncPoint point, const void* target, int object, int64_t value,
                        int64_t detail);

    Arena* arena_;
    int lane_;
    EventRing* ring_;
    uint8_t line_ = 0;
};

} // namespace proclab
