// The Qt-free core of `proclab run` and `proclab show`: run a demo through proclab-engine,
// print its output and summary (or JSON), save the trace file. Shared by proclab-gui's command
// line (which adds the exports) and the Qt-free front end (app/front), so both print the same.
#pragma once

#include "trace/trace.h"

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace proclab::cli {

struct StepsReport;

// What `proclab run` asks of the engine, checked already (cli.cpp, front/fast_path.cpp).
struct RunCore {
    std::string demo;
    std::string variant;
    std::vector<std::pair<std::string, std::string>> sets;
    double timeoutSeconds = 0;
    std::string steps; // --steps: you are the scheduler (cli_steps.h); empty: the OS is
    bool json = false;
};

// "proclab: MESSAGE" on stderr; returns `code`.
int failWith(const std::string& message, int code = 2);

// Writes `trace` to `path`: .json as Chrome Trace Event, anything else as .proclab. Returns an
// error message, empty on success (and for an empty path).
std::string saveTraceFile(const Trace& trace, const std::string& path);

// `cutShort`: why the run has no end, empty when it has one; `steps`: a stepped run's record.
void printRunReport(const Trace& trace, bool json, bool outputAlreadyPrinted,
                    const std::string& cutShort = {}, const StepsReport* steps = nullptr);

// Runs the demo, prints as it goes, then calls `writeOutputs` (an error message, empty on
// success) unless the run was cut short. Returns the exit code (see cli.h).
int runDemoCore(const RunCore& run, const std::function<std::string(const Trace&)>& writeOutputs);

} // namespace proclab::cli
