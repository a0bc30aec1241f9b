// The runner (proclab-engine run): creates the run's arena, forks the demo's main process,
// drains every lane's ring while the demo runs and streams the events on stdout, reaps every
// process (it is their subreaper), and ends the run on time-out or on a stop request.
// Single-threaded on purpose: it forks.
#pragma once

#include "demos/demo_spec.h"

#include <string>

namespace proclab {

struct RunnerOptions {
    double timeoutSeconds = 0; // 0: no limit
    bool stepped = false;      // hold racers at sync points; steps from `steps` then stdin
    std::string steps;
    bool stepsFromStdin = true;
    uint32_t ringCapacity = 0; // records per lane; 0: sized from the run (a full ring waits)
    std::string enginePath;    // this executable, for the spawn start method
};

// Runs the demo to its end, writing the stream to `outFd`. Returns the runner's exit code,
// exitCodeOf(RunStatus) (io/run_status.h): the End frame's status, or StreamLost.
int runDemoStreaming(const DemoSpec& spec, const DemoRun& run, const RunnerOptions& options,
                     int outFd);

} // namespace proclab
