// The words on the scheduler's rows: what a process will do on its next step (its Python line
// expanded: LOAD counter → register, ADD 1; STORE register → counter; q.get(); ...), why it
// cannot move, its own values, and the shared objects' contents.
#pragma once

#include "trace/step_state.h"

#include <QString>

namespace proclab::ui {

// "LOAD counter → register, then ADD 1", "q.empty() → True", ...; empty when not holding.
QString nextActionText(const LaneStepState& lane, const StepState& state, bool isArray);
// Why the lane's button is disabled; empty when it can move.
QString blockText(const LaneStepState& lane, const StepState& state);
// The process's own values: its register, the item it got or will put.
QString localsText(const LaneStepState& lane, bool isArray);
// The shared objects now: the counter, the array's cells, the queue's contents.
QString sharedText(const StepState& state);
// "worker-1 (pid 4242)"
QString laneTitle(const LaneStepState& lane);

} // namespace proclab::ui
