// `proclab run DEMO --steps "1 2 1 2"`: you are the scheduler. The steps go to the runner as a
// fixed list (its stepped mode, engine/runner/stepper.h); when they run out, the OS schedules
// the rest. A step naming a process that cannot move ends the run with exit code 2.
#pragma once

#include <string>
#include <vector>

namespace proclab::cli {

// "" when the text can be a step list (the runner checks the process numbers), else why not.
std::string checkStepText(const std::string& steps);
// The runner's arguments for a fixed step list.
void addStepArguments(const std::string& steps, std::vector<std::string>& engineArgs);

} // namespace proclab::cli
