// The two helpers every hand-made trace needs: one Event from its fields, and a named lane.
// Shared by the sample traces (ui/testing) and the tests' small traces (tests/ui/hand_traces.h)
// so that both build events the same way.
#pragma once

#include "trace/trace.h"

#include <cstdint>
#include <string>

namespace proclab::testing {

inline Event ev(int64_t t, int lane, EventKind k, uint32_t a = 0, int64_t b = 0, int64_t c = 0,
                int line = 0, int object = 0) {
    Event e;
    e.t = t;
    e.lane = lane;
    e.kind = k;
    e.a = a;
    e.b = b;
    e.c = c;
    e.line = line;
    e.object = object;
    return e;
}

inline void addLane(Trace& t, int lane, const std::string& name, int64_t pid, int parent,
                    const std::string& role) {
    LaneInfo& l = t.lane(lane);
    l.name = name;
    l.pid = pid;
    l.parent = parent;
    l.role = role;
}

} // namespace proclab::testing
