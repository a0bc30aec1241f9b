// One recorded event: the fixed-size record every process writes into its own ring, and the
// vocabulary every layer (runner, trace, analysis, views) agrees on.
#pragma once

#include <cstdint>
#include <string_view>

namespace proclab {

// Lane = one recording producer: a process, or a thread in the GIL demo. At most 64.
inline constexpr int kMaxLanes = 64;
// Lane number used for records the runner itself writes about a lane it has no ring for.
inline constexpr uint8_t kRunnerLane = 255;

// What happened. The meaning of a, b, c and object is given per kind. `process` is always
// the lane the event is about (not necessarily the lane whose ring carried it).
enum class EventKind : uint8_t {
    ProcessCreated = 0, // a = parent lane (kRunnerLane for main), b = pid, c = StartMethod
    ProcessStarted,     // the child's first act: b = pid
    ProcessEnding,      // the child's last act before _exit: b = exit code it returns
    ProcessExited,      // reaped: a = reaper lane, b = exitcode as Python reports it (n or -signal)
    JoinBegin,          // a = child lane being joined
    JoinEnd,            // a = child lane, b = exitcode, c = 1 if the join timed out
    SleepBegin,         // b = requested duration in ns
    SleepEnd,           //
    QueuePut,           // object = queue, b = item id (its position in the queue), c = value;
                        // stamped before the item is visible, so a put precedes its get
    QueueGet,           // object = queue, b = item id, c = item value (a: unused, 0; the
                        // depth is counted from puts and gets, see analyseQueue)
    QueueBlocked,       // object = queue, a = 0 blocked in put (full) / 1 blocked in get (empty)
    QueueUnblocked,     // object = queue, a = as QueueBlocked, b = 1 if it gave up (timeout)
    QueueEmptyCheck,    // object = queue, a = depth seen, b = 1 if empty() answered True
    LockWait,           // object = lock; only when the lock was not free at once
    LockAcquired,       // object = lock
    LockReleased,       // object = lock
    CounterLoad,        // object = counter, b = value loaded
    CounterStore,       // object = counter, b = value written, c = value overwritten (exchange)
    BarrierWait,        // object = barrier, a = processes arrived so far (this one included)
    BarrierPass,        // object = barrier
    StepHold,    // stepped: held, a = SyncPoint, object, b = register/item, c = index/maxsize
    StepRelease, // stepped mode: released by the runner (a, object as StepHold; sync_point.h)
    PoolTaskDispatched, // object = pool, a = chunk, b = first index, c = end index (exclusive)
    PoolTaskStarted,    // object = pool, a = chunk, b = item index, c = input value
    PoolTaskFinished,   // object = pool, a = chunk, b = item index, c = result
    PoolChunkDone,      // object = pool, a = chunk, b = worker lane (seen by main)
    ArrayStore,         // object = array, a = index, b = value written, c = value overwritten
    GilWait,            // GIL demo: a thread wants the interpreter lock
    GilAcquired,        //
    GilReleased,        //
    PhaseBegin,         // b = text id (a named stretch of a demo, e.g. "threads")
    PhaseEnd,           // b = text id
    SourceLine,         // a marker at a line of the Python snippet (line carried in `line`)
    ConsoleOutput,      // b = text id: one printed line
    Result,             // a = ResultKey, b = value, c = index (list position) where relevant
    QueueFullCheck,     // object = queue, a = depth seen, b = 1 if full() answered True
    RecorderWaitBegin,  // the lane's ring was full: it waits for the runner to drain it (the
    RecorderWaitEnd,    // recorder catching up, not the demo); no event is lost meanwhile
    Count_              // number of kinds; keep last
};

enum class StartMethod : uint8_t { Fork = 0, Spawn = 1, Thread = 2, Forkserver = 3 };

// What a demo reports at its end, beside its printed lines.
enum class ResultKey : uint32_t {
    CounterExpected = 0,
    CounterFinal = 1,
    PoolResult = 2, // c = position in the result list
    ElapsedNs = 3,  // c = phase (0 threads, 1 processes) for the GIL demo
    ItemsPut = 4,
    ItemsGot = 5,
    ParentGlobal = 6, // memory-isolation: the parent's copy after the child changed its own
    ChildGlobal = 7,
    SharedValue = 8,
    ArraySum = 9, // array sum, stored as double bits
};

// The record itself: 32 bytes, written with plain stores into a single-producer ring.
// Timestamps are CLOCK_MONOTONIC nanoseconds.
struct EventRecord {
    uint64_t t_ns = 0;
    uint8_t process = 0; // lane
    uint8_t kind = 0;    // EventKind
    uint8_t object = 0;  // which queue / lock / counter / pool / array / barrier
    uint8_t line = 0;    // line of the demo's Python snippet (1-based; 0 = none)
    uint32_t a = 0;
    int64_t b = 0;
    int64_t c = 0;

    EventKind eventKind() const { return static_cast<EventKind>(kind); }
    friend bool operator==(const EventRecord&, const EventRecord&) = default;
};
static_assert(sizeof(EventRecord) == 32, "records are 32 bytes so that a ring write stays cheap");

// Stable names, used by trace files and the JSON output.
std::string_view eventKindName(EventKind kind);
// The inverse of eventKindName; returns false for an unknown name.
bool eventKindFromName(std::string_view name, EventKind& out);
std::string_view startMethodName(StartMethod m);

} // namespace proclab
