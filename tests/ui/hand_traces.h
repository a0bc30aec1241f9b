// Small traces written event by event, where a test needs to know exactly what is in them.
#pragma once

#include "trace/trace.h"
#include "ui/testing/trace_builder.h"

#include <string>
#include <vector>

namespace proclab::test {

using testing::ev;

// Lane 0 is main, every other lane a worker started by main.
inline void lane(Trace& t, int n, const std::string& name, int64_t pid) {
    testing::addLane(t, n, name, pid, n == 0 ? -1 : 0, n == 0 ? "main" : "worker");
}

// main + two workers; worker-1 loses one update of worker-2 (loads 0, worker-2 stores 1, worker-1
// stores 1 over it), then worker-2 loses one of worker-1's the same way.
inline Trace twoLostUpdates() {
    Trace t;
    t.demo = "counter-race";
    t.variant = "raw";
    t.pythonSource = "line one\ncounter.value += 1\nline three\n";
    lane(t, 0, "main", 100);
    lane(t, 1, "worker-1", 101);
    lane(t, 2, "worker-2", 102);
    std::vector<Event> e = {
        ev(0, 0, EventKind::ProcessStarted, 0, 100, 0, 1),
        ev(100, 1, EventKind::ProcessCreated, 0, 101),
        ev(150, 2, EventKind::ProcessCreated, 0, 102),
        ev(1000, 1, EventKind::ProcessStarted, 0, 101, 0, 1),
        ev(1100, 2, EventKind::ProcessStarted, 0, 102, 0, 1),
        ev(2000, 1, EventKind::CounterLoad, 0, 0, 0, 2),
        ev(2100, 2, EventKind::CounterLoad, 0, 0, 0, 2),
        ev(2200, 2, EventKind::CounterStore, 0, 1, 0, 2),
        ev(2300, 1, EventKind::CounterStore, 0, 1, 1, 2), // lost worker-2's increment
        ev(3000, 2, EventKind::CounterLoad, 0, 1, 0, 2),
        ev(3100, 1, EventKind::CounterLoad, 0, 1, 0, 2),
        ev(3200, 1, EventKind::CounterStore, 0, 2, 1, 2),
        ev(3300, 2, EventKind::CounterStore, 0, 2, 2, 2), // lost worker-1's increment
        ev(4000, 1, EventKind::ProcessEnding, 0, 0, 0, 3),
        ev(4100, 2, EventKind::ProcessEnding, 0, -11, 0, 3),
        ev(5000, 1, EventKind::ProcessExited, 0, 0),
        ev(5100, 2, EventKind::ProcessExited, 0, -11),
        ev(6000, 0, EventKind::ProcessEnding, 0, 0),
    };
    t.append(e);
    return t;
}

// A producer (lane 1) puts items 0..4 with values 10..14 at t = 1000, 2000, ... 5000; the
// consumer (lane 2) gets items 0..2 at t = 2500, 3500, 4500; items 3 and 4 are never got.
inline Trace queueWithMissedItems() {
    Trace t;
    t.demo = "producer-consumer";
    t.variant = "empty-pitfall";
    t.pythonSource = "q.put(x)\nq.get()\n";
    lane(t, 0, "main", 200);
    lane(t, 1, "producer", 201);
    lane(t, 2, "consumer", 202);
    std::vector<Event> e = {
        ev(0, 0, EventKind::ProcessStarted, 0, 200),
        ev(500, 1, EventKind::ProcessStarted, 0, 201),
        ev(600, 2, EventKind::ProcessStarted, 0, 202),
    };
    // Depth after each event, in time order: 1 2 (get) 1 2 (get) 1 2 (get) 1 2.
    const EventKind put = EventKind::QueuePut, get = EventKind::QueueGet;
    e.push_back(ev(1000, 1, put, 1, 0, 10, 1));
    e.push_back(ev(2000, 1, put, 2, 1, 11, 1));
    e.push_back(ev(2500, 2, get, 1, 0, 10, 2));
    e.push_back(ev(3000, 1, put, 2, 2, 12, 1));
    e.push_back(ev(3500, 2, get, 1, 1, 11, 2));
    e.push_back(ev(4000, 1, put, 2, 3, 13, 1));
    e.push_back(ev(4500, 2, get, 1, 2, 12, 2));
    e.push_back(ev(5000, 1, put, 2, 4, 14, 1));
    e.push_back(ev(9000, 1, EventKind::ProcessEnding, 0, 0));
    e.push_back(ev(9000, 2, EventKind::ProcessEnding, 0, 0));
    t.append(e);
    return t;
}

} // namespace proclab::test
