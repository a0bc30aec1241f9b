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

// What a lane is doing over a stretch of time (the timeline's colours). Events of the paired
// kinds open and close the waiting states (see the vocabulary below).
enum class LaneState : uint8_t {
    Starting, // created by its parent, not yet running its own code (fork/spawn latency)
    Running,
    Sleeping,
    BlockedOnQueue, // in put() on a full queue or get() on an empty one
    WaitingForLock,
    WaitingInJoin,
    AtBarrier,
    HeldByStepper, // stepped mode: held at a sync point until the runner releases it
    WaitingForGil,
    Idle,               // a pool worker between tasks, waiting for the next one
    RecorderCatchingUp, // the lane's event ring was full: waiting for the runner to drain it
    Exited,
};

// The event vocabulary, one row per kind: the only place a kind is declared. The enum, the
// stable names (trace files, JSON), the state edges and the argument meanings all come from it.
//   X(Kind, "name", Edge, LaneState it opens or closes, object, a, b, c)
// `lane` of an event is always the lane the event is about (not necessarily the lane whose
// ring carried it); "" = the field is unused. Add a kind at the end: trace files store kinds
// by number.
// clang-format off
#define PROCLAB_EVENT_KINDS(X) \
    X(ProcessCreated, "process-created", None, Running, "", "parent lane (kRunnerLane for main)", "pid", "StartMethod") \
    X(ProcessStarted, "process-started", None, Running, "", "", "pid", "") /* the child's first act */ \
    X(ProcessEnding, "process-ending", None, Running, "", "", "exit code the child returns", "") /* its last act before _exit */ \
    X(ProcessExited, "process-exited", None, Running, "", "reaper lane", "exitcode as Python reports it (n or -signal)", "1 if the runner stopped it") \
    X(JoinBegin, "join-begin", Opens, WaitingInJoin, "", "child lane being joined", "", "") \
    X(JoinEnd, "join-end", Closes, WaitingInJoin, "", "child lane", "exitcode", "1 if the join timed out") \
    X(SleepBegin, "sleep-begin", Opens, Sleeping, "", "", "requested duration (ns)", "") \
    X(SleepEnd, "sleep-end", Closes, Sleeping, "", "", "", "") \
    X(QueuePut, "queue-put", None, Running, "queue", "", "item id (its position in the queue)", "value") /* stamped before the item is visible, so a put precedes its get */ \
    X(QueueGet, "queue-get", None, Running, "queue", "", "item id", "value") /* the depth is counted from puts and gets, see analyseQueue */ \
    X(QueueBlocked, "queue-blocked", Opens, BlockedOnQueue, "queue", "0 blocked in put (full), 1 in get (empty)", "", "") \
    X(QueueUnblocked, "queue-unblocked", Closes, BlockedOnQueue, "queue", "as QueueBlocked", "1 if it gave up (timeout)", "") \
    X(QueueEmptyCheck, "queue-empty-check", None, Running, "queue", "depth seen", "1 if empty() answered True", "") \
    X(LockWait, "lock-wait", Opens, WaitingForLock, "lock", "", "", "") /* only when the lock was not free at once */ \
    X(LockAcquired, "lock-acquired", Closes, WaitingForLock, "lock", "", "", "") \
    X(LockReleased, "lock-released", None, Running, "lock", "", "", "") \
    X(CounterLoad, "counter-load", None, Running, "counter", "", "value loaded", "") \
    X(CounterStore, "counter-store", None, Running, "counter", "", "value written", "value overwritten (exchange)") \
    X(BarrierWait, "barrier-wait", Opens, AtBarrier, "barrier", "processes arrived so far (this one included)", "", "") \
    X(BarrierPass, "barrier-pass", Closes, AtBarrier, "barrier", "", "", "") \
    X(StepHold, "step-hold", Opens, HeldByStepper, "object held at", "SyncPoint", "register / item", "index / maxsize") /* stepped mode; see sync_point.h */ \
    X(StepRelease, "step-release", Closes, HeldByStepper, "as StepHold", "as StepHold", "", "") /* released by the runner */ \
    X(PoolTaskDispatched, "pool-task-dispatched", None, Running, "pool", "chunk", "first index", "end index (exclusive)") \
    X(PoolTaskStarted, "pool-task-started", None, Running, "pool", "chunk", "item index", "input value") \
    X(PoolTaskFinished, "pool-task-finished", None, Running, "pool", "chunk", "item index", "result") \
    X(PoolChunkDone, "pool-chunk-done", None, Running, "pool", "chunk", "worker lane (seen by main)", "") \
    X(ArrayStore, "array-store", None, Running, "array", "index", "value written", "value overwritten") \
    X(GilWait, "gil-wait", Opens, WaitingForGil, "", "", "", "") /* GIL demo: a thread wants the interpreter lock */ \
    X(GilAcquired, "gil-acquired", Closes, WaitingForGil, "", "", "", "") \
    X(GilReleased, "gil-released", None, Running, "", "", "", "") \
    X(PhaseBegin, "phase-begin", None, Running, "", "", "text id (a named stretch of a demo)", "") \
    X(PhaseEnd, "phase-end", None, Running, "", "", "text id", "") \
    X(SourceLine, "source-line", None, Running, "", "", "", "") /* a marker at a snippet line (in `line`) */ \
    X(ConsoleOutput, "console-output", None, Running, "", "", "text id: one printed line", "") \
    X(Result, "result", None, Running, "", "ResultKey", "value", "index (list position) where relevant") \
    X(QueueFullCheck, "queue-full-check", None, Running, "queue", "depth seen", "1 if full() answered True", "") \
    X(RecorderWaitBegin, "recorder-wait-begin", Opens, RecorderCatchingUp, "", "", "", "") /* the ring was full: the lane waits for the runner (never a loss) */ \
    X(RecorderWaitEnd, "recorder-wait-end", Closes, RecorderCatchingUp, "", "", "", "")
// clang-format on

enum class EventKind : uint8_t {
#define PROCLAB_EVENT_KIND_ENUM(kind, ...) kind,
    PROCLAB_EVENT_KINDS(PROCLAB_EVENT_KIND_ENUM)
#undef PROCLAB_EVENT_KIND_ENUM
        Count_ // number of kinds; keep last
};

// Whether an event of a kind opens or closes a waiting state of its lane.
enum class StateEdge : uint8_t { None, Opens, Closes };

// One row of the vocabulary.
struct EventKindInfo {
    std::string_view name; // stable: trace files and the JSON output use it
    StateEdge edge;
    LaneState state; // the waiting state it opens or closes (Running when edge is None)
    std::string_view object, a, b, c; // what each field means; "" when unused
};
// The row of `kind` (a row named "unknown" for a number past the table).
const EventKindInfo& eventKindInfo(EventKind kind);

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
    uint8_t lane = 0;   // the lane the event is about
    uint8_t kind = 0;   // EventKind
    uint8_t object = 0; // which queue / lock / counter / pool / array / barrier
    uint8_t line = 0;   // line of the demo's Python snippet (1-based; 0 = none)
    uint32_t a = 0;
    int64_t b = 0;
    int64_t c = 0;

    EventKind eventKind() const { return static_cast<EventKind>(kind); }
    friend bool operator==(const EventRecord&, const EventRecord&) = default;
};
static_assert(sizeof(EventRecord) == 32, "records are 32 bytes so that a ring write stays cheap");

// Typed reads of the generic fields, named as the vocabulary names them; E is an Event or an
// EventRecord. Each says which kinds it is for.
template <class E>
int parentLane(const E& e) { // ProcessCreated
    return static_cast<int>(e.a);
}
template <class E>
int64_t pidOf(const E& e) { // ProcessCreated, ProcessStarted
    return e.b;
}
template <class E>
int64_t exitcodeOf(const E& e) { // ProcessEnding, ProcessExited, JoinEnd
    return e.b;
}
template <class E>
int joinedLane(const E& e) { // JoinBegin, JoinEnd
    return static_cast<int>(e.a);
}
template <class E>
bool joinTimedOut(const E& e) { // JoinEnd
    return e.c == 1;
}
template <class E>
bool blockedInGet(const E& e) { // QueueBlocked, QueueUnblocked (else blocked in put)
    return e.a == 1;
}
template <class E>
bool answeredTrue(const E& e) { // QueueEmptyCheck, QueueFullCheck
    return e.b == 1;
}
template <class E>
int64_t itemId(const E& e) { // QueuePut, QueueGet
    return e.b;
}
template <class E>
int64_t itemValue(const E& e) { // QueuePut, QueueGet
    return e.c;
}
template <class E>
int64_t valueWritten(const E& e) { // CounterStore, ArrayStore (CounterLoad: the value loaded)
    return e.b;
}
template <class E>
int64_t valueOverwritten(const E& e) { // CounterStore, ArrayStore
    return e.c;
}
template <class E>
int64_t textIdOf(const E& e) { // ConsoleOutput, PhaseBegin, PhaseEnd
    return e.b;
}

// Stable names, used by trace files and the JSON output (eventKindInfo(kind).name).
std::string_view eventKindName(EventKind kind);
// The inverse of eventKindName; returns false for an unknown name.
bool eventKindFromName(std::string_view name, EventKind& out);
std::string_view startMethodName(StartMethod m);

} // namespace proclab
