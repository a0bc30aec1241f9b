// Stepped mode, the runner's side: racing processes hold at their sync points (before LOAD,
// before STORE); the stepper releases one lane at a time in the order it is given (lane
// numbers, e.g. "1 2 1 2"), and only once the previously released lane has reached its next
// hold or ended. So the interleaving is exactly the one asked for, every time. When the order
// runs out and no more can come (stdin closed), everyone runs free.
#pragma once

#include "runtime/arena.h"

#include <deque>
#include <string_view>

namespace proclab {

class Stepper {
  public:
    explicit Stepper(Arena& arena) : arena_(arena) {}

    // Adds lane numbers from whitespace-separated text; returns false on a bad token.
    bool addSteps(std::string_view text);
    void endOfInput() { inputClosed_ = true; }
    // Called from the runner's loop: releases the next step when it is safe to.
    void tick();
    bool freeRunning() const { return freeRunning_; }

  private:
    bool holding(int lane) const;
    bool finished(int lane) const;
    void release(int lane);
    void releaseEveryone();

    Arena& arena_;
    std::deque<int> pending_;
    int inFlight_ = -1;
    bool inputClosed_ = false;
    bool freeRunning_ = false;
};

} // namespace proclab
