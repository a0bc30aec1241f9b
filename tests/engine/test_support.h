// Shared helpers for tests: run the real proclab-engine (path from $PROCLAB_ENGINE, set by
// CTest) and get back the decoded Trace, plus checks for leftovers (children, /dev/shm).
#pragma once

#include "io/stream.h"
#include "trace/trace.h"

#include <map>
#include <string>
#include <vector>

namespace proclab::test {

std::string enginePath();

struct EngineRun {
    Trace trace;
    StreamEnd end;
    int exitCode = -1;      // proclab-engine's own exit status (or -signal)
    std::string stderrText; // what the runner printed on stderr
    std::string error;      // set when the stream could not be decoded
};

// Runs `proclab-engine ARGS...`, feeding stdinText on its stdin, and decodes its stdout.
EngineRun runEngine(const std::vector<std::string>& args, const std::string& stdinText = {},
                    int timeoutSeconds = 120);

// Runs `proclab-engine run DEMO --variant VARIANT --set k=v ...`.
EngineRun runDemo(const std::string& demo, const std::string& variant = {},
                  const std::map<std::string, std::string>& sets = {},
                  const std::vector<std::string>& extraArgs = {});

// Names in /dev/shm that mention proclab (there must be none after a run).
std::vector<std::string> proclabShmLeftovers();
// Pids of this process's live children and zombies (there must be none after a run).
std::vector<int> childrenOfThisProcess();

} // namespace proclab::test
