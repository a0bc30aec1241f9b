// How a run ended: one vocabulary for the runner (its exit code and its End frame), the
// stream decoder, the command line and the GUI. The numbers are the runner's exit codes and
// travel in the End frame, so they never change.
#pragma once

#include <cstdint>
#include <string_view>

namespace proclab {

enum class RunStatus : int32_t {
    Ok = 0,         // the demo's main process ended with 0
    DemoFailed = 1, // it ended with another code (or could not be started)
    Refused = 2,    // a bad request, or a fixed step list the run could not follow
    TimedOut = 3,   // the runner's --timeout ended it
    Stopped = 4,    // stopped on request (SIGTERM/SIGINT to the runner)
    StreamLost = 5, // nobody read the stream any more (exit code only; no End frame is read)
};

// The runner's exit code for `status`.
constexpr int exitCodeOf(RunStatus status) {
    return static_cast<int>(status);
}

// Whether the run was ended early by the runner (the results are those of a cut-short run).
constexpr bool endedEarly(RunStatus status) {
    return status == RunStatus::TimedOut || status == RunStatus::Stopped;
}

constexpr std::string_view runStatusName(RunStatus status) {
    switch (status) {
    case RunStatus::Ok:
        return "ok";
    case RunStatus::DemoFailed:
        return "demo-failed";
    case RunStatus::Refused:
        return "refused";
    case RunStatus::TimedOut:
        return "timed-out";
    case RunStatus::Stopped:
        return "stopped";
    case RunStatus::StreamLost:
        return "stream-lost";
    }
    return "unknown";
}

} // namespace proclab
