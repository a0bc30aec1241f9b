// `proclab trace`: runs a student's Python script under the tracer and returns one Trace that
// every view, the JSON report and the trace files understand, plus plain-language notes on
// what went wrong (a syntax error, a missing `if __name__ == "__main__":`, a pickling error,
// a crashed child, a time-out).
#pragma once

#include "trace/trace.h"

#include <string>
#include <vector>

namespace proclab {

struct PythonTraceRequest {
    std::string script;
    std::vector<std::string> arguments;
    double timeoutSeconds = 0; // 0: none
};

struct PythonTraceResult {
    std::string error; // nothing could be traced (no python3, no script, ...): the message
    Trace trace;
    std::string python; // the interpreter used
    int exitcode = 0;   // the script's main process, as Python reports it
    bool timedOut = false;
    double seconds = 0;
    std::string rawOutput; // what the main process wrote on stdout and stderr, for when the
                           // tracer could not record it (Python failed before starting it)
    std::vector<std::string> notes; // explanations, one per problem found
};

PythonTraceResult tracePythonScript(const PythonTraceRequest& request);

// The notes for a finished trace (exposed for tests of the wording's triggers).
std::vector<std::string> explainPythonRun(const Trace& trace, int exitcode, bool timedOut,
                                          double timeoutSeconds);

} // namespace proclab
