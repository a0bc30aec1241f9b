// "You are the scheduler", seen from the event stream: for each process that can be stepped,
// where it holds, what it will do next and whether it can move; the shared value, the array
// and the queue's contents. The GUI draws its Step buttons from this; the runner's stepper
// judges the same rules from shared memory (runner/stepper.h), so a button is enabled exactly
// when the runner would take the step.
#pragma once

#include "runtime/sync_point.h"
#include "trace.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace proclab {

enum class StepBlock : uint8_t {
    None,        // holding at a sync point and free to move
    NotStarted,  // not at its first sync point yet (starting, or not started by main yet)
    Moving,      // released and on its way to the next sync point
    Finished,    // ended
    LockHeld,    // at lock.acquire() while another process holds the lock
    QueueEmpty,  // at q.get() with nothing in the queue
    QueueFull,   // at q.put() with the queue at its maxsize
    FreeRunning, // the OS schedules now: no more holds
};

struct LaneStepState {
    int lane = 0; // = its step number
    std::string name;
    int64_t pid = 0;
    bool holding = false;
    SyncPoint point = SyncPoint::Load; // valid when holding
    int object = 0;
    int64_t value = 0;  // the register to store / the item to put (valid when holding)
    int64_t detail = 0; // array index / maxsize
    int line = 0;       // the Python line it holds at (valid when holding; 0 = none)
    StepBlock block = StepBlock::NotStarted;
    int lockHolder = -1;       // with LockHeld: the lane holding the lock
    bool hasRegister = false;  // a Value loaded and not stored back yet
    int64_t registerValue = 0; // the register after LOAD and ADD (what it will store)
    bool hasItem = false;      // the last item it got, for the consumer
    int64_t lastItem = 0;
    int steps = 0; // releases it has had
    bool canMove() const { return block == StepBlock::None; }
    friend bool operator==(const LaneStepState&, const LaneStepState&) = default;
};

struct StepState {
    std::vector<LaneStepState> lanes; // steppable lanes, step number order (1..n)
    bool hasCounter = false;
    int64_t counter = 0;               // the Value now (last store)
    std::map<uint32_t, int64_t> cells; // Array cells now (as recorded: doubles as bits)
    bool hasQueue = false;
    std::vector<int64_t> queue; // values in the queue, front first
    int64_t maxsize = 0;        // 0: unbounded
    bool freeRunning = false;   // the OS schedules now
};

// `stepLanes`: lanes 1..n are steppable (DemoSpec::stepLanes). `freeRunning`: the run was
// told to let the OS schedule (no more holds will come).
StepState stepState(const Trace& trace, int stepLanes, bool freeRunning = false);

} // namespace proclab
