// `proclab run DEMO --steps "1 2 1 2"`: you are the scheduler. The steps go to the runner as a
// fixed list (its stepped mode, engine/runner/stepper.h); when they run out, the OS schedules
// the rest. A step naming a process that cannot move ends the run with exit code 2.
#pragma once

#include "trace/trace.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace proclab::cli {

// "" when the text can be a step list (the runner checks the process numbers), else why not.
std::string checkStepText(const std::string& steps);
// The runner's arguments for a fixed step list.
void addStepArguments(const std::string& steps, std::vector<std::string>& engineArgs);

// The record of a stepped run: the steps asked, how many the runner carried out (its releases
// in the trace), and the refusal that ended it, empty if none.
struct StepsReport {
    std::vector<int> asked;
    int carriedOut = 0;
    std::string refusal;
};
StepsReport stepsReport(const std::string& steps, const Trace& trace, const std::string& refusal);
// --json's "steps": {"asked": [...], "carried_out": n, "refused": "..." or null}.
nlohmann::json stepsJson(const StepsReport& report);
// The text lines after the summary: what was stepped and, when a step was refused, that the
// run was cut short there (so its counts are not a finished run's).
std::string stepsText(const StepsReport& report);

} // namespace proclab::cli
