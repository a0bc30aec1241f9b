// Runs the system's python3 on a student's script in a process group of its own, with a time
// limit, and makes sure that nothing of it is left running afterwards (pool workers, the
// forkserver, the resource tracker included). Plain POSIX, no Qt.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace proclab {

// The interpreter to use: $PROCLAB_PYTHON when set (tests use it to simulate a machine
// without Python), else Debian's /usr/bin/python3 when it exists (a pyenv shim first on PATH
// may not be the system's Python), else python3 found on PATH. Empty, with `why` set, if none.
std::string findPython3(std::string& why);

struct PythonLaunch {
    std::string python;
    std::vector<std::string> arguments; // script path, then the script's own arguments
    std::vector<std::pair<std::string, std::string>> environment; // added to this process's
    std::string stdoutPath;                                       // where the script's output
    std::string stderrPath;                                       // goes (files)
    double timeoutSeconds = 0;                                    // 0: no limit
};

struct PythonExit {
    std::string error; // could not start at all (nothing ran)
    int exitcode = 0;  // as Python reports it: n, or -signal
    bool timedOut = false;
    bool stopped = false;    // SIGTERM/SIGINT reached proclab: the script was killed
    int leftoversKilled = 0; // processes of the script still alive after it ended, killed
    double seconds = 0;      // wall time of the run
};

PythonExit runPython(const PythonLaunch& launch);

} // namespace proclab
