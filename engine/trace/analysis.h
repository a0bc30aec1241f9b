// What happened in a run, derived from its Trace: pure functions, no I/O, no Qt.
// Views and the command line read these; none of them looks at raw events on its own.
#pragma once

#include "trace.h"
#include "wrapping_math.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace proclab {

// ---- Lanes: lifetimes and states -------------------------------------------------------

// LaneState is declared beside the event vocabulary (event.h), whose edges open and close it.
std::string_view laneStateName(LaneState s);

struct StateInterval {
    int lane = 0;
    LaneState state = LaneState::Running;
    int64_t begin = 0;
    int64_t end = 0; // exclusive; the run's end for a state still open at the end
    int object = 0;  // the queue / lock / child lane involved, where there is one
    friend bool operator==(const StateInterval&, const StateInterval&) = default;
};

struct Lifetime {
    int lane = 0;
    int64_t created = -1; // -1: not in the trace
    int64_t started = -1;
    int64_t ended = -1;  // ProcessEnding, else ProcessExited, else -1 (still running)
    int64_t reaped = -1; // ProcessExited
    bool exited = false;
    int exitcode = 0; // as Python reports it: 0, n, or -signal
    // Killed by the runner because the run was stopped or timed out: not a crash of the demo.
    bool stopped = false;
    bool crashed() const { return exited && exitcode < 0 && !stopped; }
    friend bool operator==(const Lifetime&, const Lifetime&) = default;
};

struct LaneTimeline {
    Lifetime life;
    std::vector<StateInterval>
        states; // sorted, non-overlapping, from started (or created) to ended
    friend bool operator==(const LaneTimeline&, const LaneTimeline&) = default;
};

// One entry per lane in trace.lanes, in lane order. `now` (a live run's wall-clock time since
// t0) extends a state begun but not yet ended to that instant: a process that has been asleep
// for two seconds is drawn asleep for two seconds, though no event has come since.
std::vector<LaneTimeline> laneTimelines(const Trace& trace, int64_t now = -1);

// When the demo ended: the last lane's end (its ProcessEnding, else its reaping); the trace's
// last event when a lane never ended. Records written later (the runner reaping, draining a
// heavy run's rings) do not stretch the time axis.
int64_t demoEnd(const Trace& trace, const std::vector<LaneTimeline>& lanes);
// True when the runner stopped the run (Stop, or its time-out) before the demo finished.
bool stoppedByRunner(const Trace& trace);

// Pool workers (lanes of role "worker", and any lane that ran a task) between tasks wait for
// the next one: their Running stretches outside any task become Idle, so that an idle worker,
// one that never got a task included, is drawn idle.
struct PoolAnalysis;
void markIdleWorkers(std::vector<LaneTimeline>& lanes, const PoolAnalysis& pool,
                     const Trace& trace);

// A parent waiting in join() for a child: drawn as an arrow from the parent's lane to the child.
struct JoinArrow {
    int parent = 0;
    int child = 0;
    int64_t begin = 0;
    int64_t end = 0;
    bool timedOut = false;
    friend bool operator==(const JoinArrow&, const JoinArrow&) = default;
};
// A join still waiting lasts to `now` (live) or the run's end.
std::vector<JoinArrow> joinArrows(const Trace& trace, int64_t now = -1);

// ---- Queue ------------------------------------------------------------------------------

struct QueueItem {
    int64_t id = 0;
    int64_t value = 0;
    int producer = -1;
    int consumer = -1; // -1: never got
    int64_t putTime = 0;
    int64_t getTime = -1; // -1: never got
    int64_t latency() const { return getTime < 0 ? -1 : getTime - putTime; }
    bool got() const { return consumer >= 0; }
    friend bool operator==(const QueueItem&, const QueueItem&) = default;
};

struct DepthPoint {
    int64_t t = 0;
    int depth = 0; // depth after the event at t
    friend bool operator==(const DepthPoint&, const DepthPoint&) = default;
};

struct QueueAnalysis {
    int queue = 0;
    std::vector<QueueItem> items; // in put order
    std::vector<DepthPoint> depth;
    int put = 0;
    int got = 0;
    int missed = 0;   // put but never got
    bool fifo = true; // items were got in the order they were put
};
QueueAnalysis analyseQueue(const Trace& trace, int queue = 0);
// The items in the queue at time t, front first (indexes into analysis.items).
std::vector<size_t> itemsInQueueAt(const QueueAnalysis& analysis, int64_t t);
// Which queues (object numbers) the trace uses.
std::vector<int> queuesInTrace(const Trace& trace);

// ---- Counter: the lost-update ledger ------------------------------------------------------

// One store that erased (or, negative, restored) increments of others: where its load and its
// store sit in the trace. Eight bytes and no heap; the rest is read back from the trace
// (LedgerReader::entry), so a 10-million-event race keeps no copy of its values.
struct LostUpdateRef {
    uint32_t load = 0;  // trace index of the CounterLoad whose value the store incremented
    uint32_t store = 0; // trace index of the CounterStore
    friend bool operator==(const LostUpdateRef&, const LostUpdateRef&) = default;
};

// What one entry says, read back from the trace (a plain value, made on demand).
struct LostUpdate {
    size_t storeIndex = 0; // index of the CounterStore event in the trace
    int lane = 0;
    int64_t loadTime = 0;
    int64_t storeTime = 0;
    int64_t loaded = 0;
    int64_t written = 0;
    int64_t overwritten = 0;
    // Wrapping: exact for a real run, and no signed overflow on a damaged trace's values.
    int64_t erased() const { return wrappingSub(overwritten, loaded); }
    friend bool operator==(const LostUpdate&, const LostUpdate&) = default;
};

struct SeriesPoint {
    int64_t t = 0;
    int64_t value = 0;
    friend bool operator==(const SeriesPoint&, const SeriesPoint&) = default;
};

// The ledger keeps indices into its trace, not copies: read it with a LedgerReader over the same
// trace (counter_ledger.h). Indices are 32-bit: events past the 4,294,967,295th are not read.
struct CounterLedger {
    int counter = 0;
    int64_t increments = 0; // stores done (= expected when every process finished)
    int64_t expected = 0;   // from the demo's Result, else increments
    int64_t final = 0;      // from the demo's Result, else the last value written
    int64_t lost = 0;       // sum of erased() over all stores; == expected - final
    // Increments planned but never run (a stopped or timed-out run): expected - increments.
    // They are not lost: nothing overwrote them, they never happened.
    int64_t notDone = 0;
    bool finalReported = false; // the demo reported its final value (else: last value recorded)
    // Trace index of every store, in time order: the expected series is (time, k + 1), the
    // actual one (time, value written), both derived on demand.
    std::vector<uint32_t> stores;
    std::vector<LostUpdateRef> entries; // only stores with erased() != 0, in time order
    // Per lane, the entries (indices into `entries`) that erased increments (erased() > 0): the
    // timeline's marks, found by binary search per lane.
    std::vector<std::vector<uint32_t>> marksByLane;
    // lostBefore[k]: sum of erased() over entries [0, k * kLostStride), for "lost so far".
    static constexpr size_t kLostStride = 256;
    std::vector<int64_t> lostBefore;
    friend bool operator==(const CounterLedger&, const CounterLedger&) = default;
};
CounterLedger counterLedger(const Trace& trace, int counter = 0);

// ---- Shared array: per element, the same ledger as the counter's -----------------------------

struct ArrayElement {
    int64_t stores = 0; // increments done on this element
    double final = 0;   // last value written
    int64_t lost = 0;   // sum over its stores of overwritten - loaded (loaded = written - 1)
};
struct ArrayAnalysis {
    int array = 0;
    std::vector<ArrayElement> elements;
    int64_t expectedPerElement = 0; // from the demo's CounterExpected / length, else 0
};
// `until`: only the stores up to that time (a replay cursor); the expected per element stays
// the whole run's.
ArrayAnalysis analyseArray(const Trace& trace, int array = 0, int64_t until = INT64_MAX);

// ---- Pool ---------------------------------------------------------------------------------

struct PoolTask {
    int chunk = 0;
    int64_t index = 0;
    int64_t input = 0;
    int64_t result = 0;
    int worker = -1; // lane
    int64_t start = 0;
    int64_t end = -1;
    friend bool operator==(const PoolTask&, const PoolTask&) = default;
};

struct PoolChunk {
    int chunk = 0;
    int64_t first = 0;
    int64_t end = 0; // exclusive
    int worker = -1;
    int64_t dispatched = 0;
    int64_t started = -1;
    int64_t finished = -1;
    friend bool operator==(const PoolChunk&, const PoolChunk&) = default;
};

struct PoolAnalysis {
    int pool = 0;
    std::vector<PoolChunk> chunks;
    std::vector<PoolTask> tasks;       // in input order
    std::vector<int64_t> results;      // in input order (what map() returns)
    std::map<int, double> utilisation; // worker lane -> busy fraction of the pool's span
};
PoolAnalysis analysePool(const Trace& trace, int pool = 0);

// ---- GIL demo ---------------------------------------------------------------------------------

struct GilAnalysis {
    std::vector<StateInterval> holding; // who holds the interpreter lock when (state Running)
    int64_t threadsNs = 0;              // the threads phase's wall time
    int64_t processesNs = 0;            // the processes phase's wall time
    double speedup = 0;                 // threadsNs / processesNs
};
GilAnalysis analyseGil(const Trace& trace);

// ---- Console and code ---------------------------------------------------------------------------

struct ConsoleLine {
    int lane = 0;
    int64_t t = 0;
    std::string text;
    friend bool operator==(const ConsoleLine&, const ConsoleLine&) = default;
};
std::vector<ConsoleLine> consoleLines(const Trace& trace);

// The Python line lane `lane` was at, at time t: the line of its last event at or before t
// that carries one (0 when none, or when the lane has not started or has ended).
int currentLine(const Trace& trace, int lane, int64_t t);

// The same answer for many instants (a cursor being scrubbed, every lane every frame):
// currentLine(trace, ...) walks back from t and can cross many events of other lanes, while
// this index answers by binary search. Build it once per trace (again when events arrive).
struct LineIndex {
    struct Mark {
        int64_t t = 0;
        int line = 0; // 0: the lane had not started or had ended
        friend bool operator==(const Mark&, const Mark&) = default;
    };
    std::vector<std::vector<Mark>> lanes; // per lane: where its current line changes
};
LineIndex buildLineIndex(const Trace& trace);
int currentLine(const LineIndex& index, int lane, int64_t t);

// Results the demo reported (ResultKey -> values in list order).
std::map<ResultKey, std::vector<int64_t>> results(const Trace& trace);

} // namespace proclab
