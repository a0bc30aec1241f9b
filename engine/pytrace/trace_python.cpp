#include "trace_python.h"

#include "pytrace/python_import.h"
#include "pytrace/python_launch.h"
#include "trace/analysis.h"

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <unistd.h>

namespace proclab {

const std::map<std::string, std::string>& pythonTracerFiles(); // generated

namespace fs = std::filesystem;

namespace {

std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A private folder for the run: the tracer's two files and the records. Removed afterwards.
class RunFolder {
  public:
    RunFolder() {
        const char* tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/proclab-pytrace-XXXXXX";
        if (::mkdtemp(pattern.data()))
            path_ = pattern;
    }
    ~RunFolder() {
        std::error_code ec;
        if (!path_.empty())
            fs::remove_all(path_, ec);
    }
    RunFolder(const RunFolder&) = delete;
    RunFolder& operator=(const RunFolder&) = delete;
    const fs::path& path() const { return path_; }

  private:
    fs::path path_;
};

std::string writeTracer(const fs::path& lib) {
    std::error_code ec;
    fs::create_directories(lib, ec);
    for (const auto& [name, text] : pythonTracerFiles()) {
        std::ofstream out(lib / name, std::ios::binary);
        out << text;
        if (!out)
            return "cannot write " + (lib / name).string();
    }
    return ec ? "cannot create " + lib.string() + ": " + ec.message() : std::string();
}

bool consoleHas(const Trace& trace, int lane, const std::string& needle) {
    for (const ConsoleLine& l : consoleLines(trace))
        if ((lane < 0 || l.lane == lane) && l.text.find(needle) != std::string::npos)
            return true;
    return false;
}

std::string laneLabel(const Trace& trace, int lane) {
    const LaneInfo& info = trace.lanes[static_cast<size_t>(lane)];
    return info.name + " (pid " + std::to_string(info.pid) + ")";
}

} // namespace

std::vector<std::string> explainPythonRun(const Trace& trace, int exitcode, bool timedOut,
                                          double timeoutSeconds) {
    std::vector<std::string> notes;
    if (timedOut) {
        std::ostringstream s;
        s << "the script was still running after " << timeoutSeconds
          << " s (--timeout): every one of its processes was killed (SIGKILL); the trace shows "
             "what happened until then";
        notes.push_back(s.str());
    }
    if (consoleHas(trace, -1, "SyntaxError"))
        notes.push_back("Python found a syntax error in the script (shown above, with its line): "
                        "nothing of the script ran");
    if (consoleHas(trace, -1, "bootstrapping phase"))
        notes.push_back(
            "a child process started by the spawn or forkserver method imports the script "
            "again; code that starts processes at the top level runs again in the child, "
            "which Python forbids. Put it under `if __name__ == \"__main__\":`");
    if (consoleHas(trace, -1, "pickle"))
        notes.push_back("an object sent to another process (a target, an argument, a queue item "
                        "or a task) could not be pickled: lambdas, local functions, open files "
                        "and locks cannot travel; use a function defined at the top level of the "
                        "module");
    for (const LaneTimeline& l : laneTimelines(trace)) {
        if (l.life.lane == 0 || !l.life.exited || l.life.exitcode == 0 || timedOut)
            continue;
        const std::string who = laneLabel(trace, l.life.lane);
        if (l.life.exitcode > 0)
            notes.push_back(who + " exited with code " + std::to_string(l.life.exitcode) +
                            (consoleHas(trace, l.life.lane, "Traceback")
                                 ? ": its traceback is in its console"
                                 : ""));
        else if (l.life.exitcode != -15 ||
                 trace.lanes[static_cast<size_t>(l.life.lane)].role != "worker")
            notes.push_back(who + " was ended by signal " + std::to_string(-l.life.exitcode));
    }
    if (exitcode != 0 && !timedOut)
        notes.push_back("the script's main process exited with code " + std::to_string(exitcode));
    return notes;
}

PythonTraceResult tracePythonScript(const PythonTraceRequest& request) {
    PythonTraceResult result;
    std::error_code ec;
    const fs::path script = fs::weakly_canonical(fs::absolute(request.script, ec), ec);
    if (ec || !fs::is_regular_file(script, ec)) {
        result.error = "cannot read the script " + request.script + ": no such file";
        return result;
    }
    std::string why;
    result.python = findPython3(why);
    if (result.python.empty()) {
        result.error = why;
        return result;
    }
    RunFolder folder;
    if (folder.path().empty()) {
        result.error = "cannot create a temporary folder for the run";
        return result;
    }
    const fs::path lib = folder.path() / "lib", records = folder.path() / "records";
    fs::create_directories(records, ec);
    if (std::string error = writeTracer(lib); !error.empty() || ec) {
        result.error = error.empty() ? "cannot create " + records.string() : error;
        return result;
    }
    PythonLaunch launch;
    launch.python = result.python;
    launch.arguments = {script.string()};
    launch.arguments.insert(launch.arguments.end(), request.arguments.begin(),
                            request.arguments.end());
    const char* oldPath = std::getenv("PYTHONPATH");
    launch.environment = {
        {"PYTHONPATH", lib.string() + (oldPath && *oldPath ? ":" + std::string(oldPath) : "")},
        {"PROCLAB_PYTRACE_DIR", records.string()},
        {"PROCLAB_PYTRACE_SCRIPT", script.string()},
        {"PROCLAB_PYTRACE_MAIN", "1"}};
    launch.stdoutPath = (folder.path() / "stdout.txt").string();
    launch.stderrPath = (folder.path() / "stderr.txt").string();
    launch.timeoutSeconds = request.timeoutSeconds;
    const PythonExit run = runPython(launch);
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    if (!run.error.empty()) {
        result.error = run.error;
        return result;
    }
    if (run.stopped) {
        result.error = "stopped: every process of the script was killed";
        return result;
    }
    result.exitcode = run.exitcode;
    result.timedOut = run.timedOut;
    result.seconds = run.seconds;
    result.rawOutput = readText(launch.stdoutPath) + readText(launch.stderrPath);

    PythonRecords in;
    in.dir = records;
    in.scriptName = script.filename().string();
    in.source = readText(script);
    in.mainExitcode = run.exitcode;
    in.timedOut = run.timedOut;
    in.killedAt =
        static_cast<uint64_t>(now.tv_sec) * 1'000'000'000ull + static_cast<uint64_t>(now.tv_nsec);
    if (std::string error = importPythonRecords(in, result.trace); !error.empty()) {
        result.error =
            error + (result.rawOutput.empty() ? "" : "; Python said:\n" + result.rawOutput);
        return result;
    }
    result.notes =
        explainPythonRun(result.trace, run.exitcode, run.timedOut, request.timeoutSeconds);
    return result;
}

} // namespace proclab
