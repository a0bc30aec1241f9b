// The scheduler's levels: a demo run small enough to step by hand and a goal, checked on the
// run's trace as it grows. The GUI shows them (translated by id); the tests reach every goal
// with a known step list. Free-play entries have no goal.
#pragma once

#include "trace.h"

#include <map>
#include <string>
#include <vector>

namespace proclab {

enum class LevelGoal {
    None,               // free play
    FinalCounter,       // the run ends with the counter at `target`
    LoseExactly,        // the run ends with exactly `target` updates lost
    LoseAnyLocked,      // lose one under get-lock: cannot be won; done when the run ends exact
    ConsumerQuitsEarly, // the consumer has ended while the producer still has items to put
    ProducerDeadlock,   // main's join(timeout) gave up on a producer stuck in put()
    ArrayOneElement,    // the run ends with `target` updates lost on one element, none on others
};

struct SchedulerLevel {
    std::string id;
    std::string demo;
    std::string variant;
    std::map<std::string, std::string> params;
    LevelGoal goal = LevelGoal::None;
    int64_t target = 0;
};

const std::vector<SchedulerLevel>& schedulerLevels();
const SchedulerLevel* findSchedulerLevel(const std::string& id);

enum class LevelOutcome {
    Playing,   // not decided yet
    Won,       // the goal is reached
    Missed,    // the run ended without reaching it
    Explained, // LoseAnyLocked: the run ended exact, as it must
};
LevelOutcome levelOutcome(const SchedulerLevel& level, const Trace& trace, bool runEnded);

} // namespace proclab
