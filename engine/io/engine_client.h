// Starts proclab-engine as a child process and decodes its event stream: the command line,
// the benchmark and the tests run demos through this (the GUI uses QProcess and the same
// StreamDecoder). posix_spawn only: safe from a process that has threads.
#pragma once

#include "stream.h"

#include <functional>
#include <string>
#include <vector>

namespace proclab {

struct EngineRunResult {
    Trace trace;
    StreamEnd end;
    int exitCode = -1; // the runner's exit status, or -signal
    std::string stderrText;
    std::string error; // empty unless the runner could not be started or its stream broke
    // The stream ended without its End frame (the runner was killed, or died mid-frame):
    // `trace` holds every complete frame that arrived, and the reason says what happened.
    bool cutShort = false;
    std::string cutShortReason;
};

struct EngineRunOptions {
    std::string stdinText;      // written to the runner's stdin, which is then closed
    double timeoutSeconds = 0;  // 0: none; on time-out the runner is stopped (SIGTERM, SIGKILL)
    bool forwardStderr = false; // copy the runner's stderr to ours as it comes
    // Called as events arrive (e.g. to print console lines live).
    std::function<void(const Trace&, size_t firstNewEvent)> onEvents;
};

EngineRunResult runEngine(const std::string& enginePath, const std::vector<std::string>& args,
                          const EngineRunOptions& options = {});

// Longest --timeout accepted, in seconds (a day): longer is a typo, and the bound keeps every
// seconds -> nanoseconds conversion far from overflow.
inline constexpr double kMaxTimeoutSeconds = 24 * 3600;
inline constexpr double kMinTimeoutSeconds = 0.001;

// Empty when `seconds` is a usable --timeout (finite, 1 ms to a day), else why not (one
// sentence, the same from proclab and proclab-engine).
std::string checkTimeout(double seconds);
// The exact text of a time-out for a command line (no precision lost, unlike to_string).
std::string timeoutArgument(double seconds);

// The runner: findEngine() of util/install_paths.h.
std::string defaultEnginePath();

} // namespace proclab
