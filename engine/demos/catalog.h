// Every demo, and the one place requests from the command line or the GUI are checked.
#pragma once

#include "demo_spec.h"

#include <string>
#include <utility>
#include <vector>

namespace proclab {

const std::vector<DemoSpec>& demoCatalog();
const DemoSpec* findDemo(std::string_view id);

// Registers the entry points of every demo and of the runtime; every process that may run a
// child's body (the runner, a spawned worker) calls this once at start.
void registerAllEntries();

struct RunRequest {
    std::string demo;
    std::string variant;                                   // empty: the default
    std::vector<std::pair<std::string, std::string>> sets; // --set key=value, in order
};

// Checks a request and fills `out`; returns a one-line error message, empty on success.
[[nodiscard]] std::string resolveRun(const RunRequest& request, DemoRun& out);
// Parses "key=value" into a pair; returns an error message, empty on success.
[[nodiscard]] std::string parseSet(std::string_view text, std::pair<std::string, std::string>& out);

} // namespace proclab
