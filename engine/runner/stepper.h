// Stepped mode, the runner's side ("you are the scheduler"): racing processes hold at their
// sync points (runtime/sync_point.h: a Value's load and store, a Lock's acquire and release,
// a Queue's put, get and empty()). The stepper releases one lane at a time in the order it is
// given (lane numbers, e.g. "1 2 1 2"; one release per number), and only once the previously
// released lane has reached its next hold or ended. Only sync points order what processes do
// to shared objects, so the outcome of a step list is the same on every run.
//
// A step naming a lane that cannot move is refused, never waited on: the lane has finished,
// or it holds before acquiring a lock another lane holds, before a get on an empty queue or a
// put on a full one. A lane that exists but has not reached its first hold yet (still
// starting) is waited for: it gets there on its own. When the order runs out and no more can
// come (stdin closed), everyone runs free: the OS schedules the rest.
#pragma once

#include "runtime/arena.h"

#include <deque>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace proclab {

struct StepRefusal {
    int step = 0; // 1-based position in everything given so far
    int lane = 0;
    std::string reason; // e.g. "worker-2 waits for the lock, which worker-1 holds"
};

class Stepper {
  public:
    // Lanes 1..steppableLanes may be named (0 is the main process, which never holds).
    Stepper(Arena& arena, int steppableLanes) : arena_(arena), steppable_(steppableLanes) {}

    // Adds lane numbers from whitespace- or comma-separated text; returns a message for a bad
    // token or a lane out of range (nothing of that text is added then), else "".
    std::string addSteps(std::string_view text);
    void endOfInput() { inputClosed_ = true; }
    // Called from the runner's loop: releases the next step when it is safe to. Returns the
    // refusal when the next step names a lane that cannot move (the step is dropped).
    std::optional<StepRefusal> tick();
    // "Let the OS schedule": no more holds, everyone released.
    void releaseEveryone();
    bool freeRunning() const { return freeRunning_; }

    // Why a lane holding at a sync point cannot move now; "" when it can (or is not holding).
    std::string whyStuck(int lane) const;

  private:
    bool holding(int lane) const;
    bool finished(int lane) const;
    std::string laneName(int lane) const;
    void release(int lane);

    Arena& arena_;
    int steppable_;
    std::deque<int> pending_;
    int given_ = 0;    // steps received so far
    int released_ = 0; // steps taken off the front so far
    int inFlight_ = -1;
    bool inputClosed_ = false;
    bool freeRunning_ = false;
    std::map<uint64_t, int> lockHolder_; // lock offset -> lane released past its acquire
};

} // namespace proclab
