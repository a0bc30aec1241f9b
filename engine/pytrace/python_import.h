// Merges the per-process record files the Python tracer wrote (<dir>/<pid>.rec, see
// python/proclab_pytrace.py) into one Trace: one lane per process (the script's main process
// is lane 0, the others in the order they started), objects numbered per kind in the order
// they were first used, times relative to the earliest record.
#pragma once

#include "trace/trace.h"

#include <filesystem>
#include <string>

namespace proclab {

struct PythonRecords {
    std::filesystem::path dir;
    std::string scriptName; // shown as the run's variant
    std::string source;     // the script's text (the code panel shows it)
    int mainExitcode = 0;   // what the launcher saw
    bool timedOut = false;  // every process still running was killed (SIGKILL) at killedAt
    uint64_t killedAt = 0;  // CLOCK_MONOTONIC ns
};

// Returns an error message, empty on success. Records that cannot be placed (a 65th process,
// a malformed line) are counted in out.dropped, never silently lost.
std::string importPythonRecords(const PythonRecords& in, Trace& out);

} // namespace proclab
