// Figure 9: what ProcLab's Python tracer costs. The tutorial's four snippets and a queue of
// 100,000 items (tests/fixtures/python) run with the system's python3, untraced and under
// `proclab trace`, the two alternating (A B A B) so that the machine's load hits both alike.
// Both go through the same launcher (its own process group, output to /dev/null); the traced
// time is the whole of `proclab trace`: the run under the tracer and the merging of its records.
#include "bench.h"
#include "support.h"

#include "pytrace/python_launch.h"
#include "pytrace/trace_python.h"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace proclab::bench {
namespace {

// $PROCLAB_PY_FIXTURES (as the tests set it), else the source tree's, known at build time.
std::string fixturesDir() {
    if (const char* dir = std::getenv("PROCLAB_PY_FIXTURES"); dir && *dir)
        return dir;
    return PROCLAB_BENCH_PY_FIXTURES;
}

double untracedSeconds(const std::string& python, const std::string& script) {
    PythonLaunch launch;
    launch.python = python;
    launch.arguments = {script};
    launch.stdoutPath = "/dev/null";
    launch.stderrPath = "/dev/null";
    launch.timeoutSeconds = 120;
    const uint64_t start = nowNs();
    const PythonExit exit = proclab::runPython(launch);
    const double seconds = static_cast<double>(nowNs() - start) / 1e9;
    if (!exit.error.empty() || exit.exitcode != 0 || exit.timedOut)
        throw std::runtime_error(
            script + " failed untraced: " +
            (exit.error.empty() ? "exit " + std::to_string(exit.exitcode) : exit.error));
    return seconds;
}

double tracedSeconds(const std::string& script) {
    PythonTraceRequest request;
    request.script = script;
    request.timeoutSeconds = 120;
    const uint64_t start = nowNs();
    const PythonTraceResult result = tracePythonScript(request);
    const double seconds = static_cast<double>(nowNs() - start) / 1e9;
    if (!result.error.empty() || result.exitcode != 0 || result.timedOut || result.trace.empty())
        throw std::runtime_error(
            script + " failed traced: " +
            (result.error.empty() ? "exit " + std::to_string(result.exitcode) : result.error));
    return seconds;
}

} // namespace

void benchPyTrace(const Options& o, Report& report) {
    std::string why;
    const std::string python = findPython3(why);
    if (python.empty()) {
        report.note("pytrace", "SKIPPED: " + why);
        return;
    }
    const std::string dir = fixturesDir();
    struct Script {
        const char* file;
        bool tutorial; // the goal (traced <= 2x untraced) is for the tutorial's snippets
    };
    const Script scripts[] = {{"process_basics.py", true},
                              {"pool_square.py", true},
                              {"producer_consumer.py", true},
                              {"counter_race.py", true},
                              {"queue_100k.py", false}};
    for (const Script& s : scripts) {
        if (!std::filesystem::is_regular_file(dir + "/" + s.file)) {
            report.note("pytrace", "SKIPPED: no " + dir + "/" + s.file +
                                       " (set PROCLAB_PY_FIXTURES to tests/fixtures/python)");
            return;
        }
    }
    const int rounds = o.quick ? 2 : o.rounds;
    for (const Script& s : scripts) {
        const std::string path = dir + "/" + s.file;
        untracedSeconds(python, path); // warm up: the page cache, Python's own .pyc files
        std::vector<double> plain, traced;
        for (int round = 0; round < rounds; ++round) { // A B A B ...
            plain.push_back(untracedSeconds(python, path));
            traced.push_back(tracedSeconds(path));
        }
        std::optional<Target> target;
        if (s.tutorial)
            target = Target{true, 2.0};
        report.rows.push_back(Row{"pytrace", std::string(s.file) + ", traced", "s/run",
                                  median(traced), "the same script, untraced", median(plain),
                                  target});
    }
    report.note("pytrace", python + "; " + std::to_string(rounds) +
                               " alternating rounds (A B A B) per script, medians of wall time; "
                               "traced = the whole of `proclab trace` (the run under the tracer "
                               "and merging its records); machine-dependent figures");
}

} // namespace proclab::bench
