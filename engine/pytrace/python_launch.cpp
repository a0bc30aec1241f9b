#include "python_launch.h"

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace proclab {
namespace {

bool isExecutable(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
           ::access(path.c_str(), X_OK) == 0;
}

std::vector<std::string> mergedEnvironment(const PythonLaunch& launch) {
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e) {
        const std::string entry(*e);
        bool replaced = false;
        for (const auto& [key, value] : launch.environment)
            replaced = replaced || entry.starts_with(key + "=");
        if (!replaced)
            env.push_back(entry);
    }
    for (const auto& [key, value] : launch.environment)
        env.push_back(key + "=" + value);
    return env;
}

// Set by SIGTERM/SIGINT while the script runs: `proclab trace` then ends the script's whole
// process group before it goes, so that closing the GUI or Ctrl-C leaves nothing behind.
volatile sig_atomic_t stopRequested = 0;
void requestStop(int) {
    stopRequested = 1;
}

int pythonExitcode(int status) {
    if (WIFSIGNALED(status))
        return -WTERMSIG(status);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

// Reaps whatever of the group has become our child (we are its subreaper); true while some
// member of the group still exists.
bool groupAlive(pid_t group) {
    while (::waitpid(-group, nullptr, WNOHANG) > 0) {
    }
    return ::kill(-group, 0) == 0;
}

// After the script's main process ended: its leftovers get a moment to finish on their own
// (the resource tracker cleans up when its pipe closes), then are killed.
int endGroup(pid_t group) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(1);
    while (groupAlive(group) && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    int killed = 0;
    if (groupAlive(group)) {
        ::kill(-group, SIGKILL);
        killed = 1;
        while (groupAlive(group))
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return killed;
}

} // namespace

std::string findPython3(std::string& why) {
    if (const char* forced = std::getenv("PROCLAB_PYTHON"); forced && *forced) {
        if (isExecutable(forced))
            return forced;
        why = std::string("PROCLAB_PYTHON names ") + forced + ", which is not an executable file";
        return {};
    }
    if (isExecutable("/usr/bin/python3"))
        return "/usr/bin/python3";
    if (const char* path = std::getenv("PATH")) {
        std::string dirs(path);
        size_t from = 0;
        while (from <= dirs.size()) {
            const size_t to = std::min(dirs.find(':', from), dirs.size());
            const std::string candidate = dirs.substr(from, to - from) + "/python3";
            if (to > from && isExecutable(candidate))
                return candidate;
            from = to + 1;
        }
    }
    why = "python3 was not found (neither /usr/bin/python3 nor python3 on PATH); install it "
          "with `apt-get install python3`";
    return {};
}

namespace {

// Forks and execs python3 in a process group of its own, its stdout and stderr going to the
// launch's files; its pid, or -1 with out.error saying why.
pid_t startPython(const PythonLaunch& launch, PythonExit& out) {
    std::vector<std::string> args = {launch.python};
    args.insert(args.end(), launch.arguments.begin(), launch.arguments.end());
    const std::vector<std::string> env = mergedEnvironment(launch);
    std::vector<char*> argv, envp;
    for (const std::string& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    for (const std::string& e : env)
        envp.push_back(const_cast<char*>(e.c_str()));
    envp.push_back(nullptr);

    const int outFd =
        ::open(launch.stdoutPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    const int errFd =
        ::open(launch.stderrPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    const int nullFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    int report[2] = {-1, -1};
    if (outFd < 0 || errFd < 0 || nullFd < 0 || ::pipe2(report, O_CLOEXEC) != 0) {
        out.error = std::string("cannot prepare the run: ") + std::strerror(errno);
        for (int fd : {outFd, errFd, nullFd, report[0], report[1]})
            if (fd >= 0)
                ::close(fd);
        return -1;
    }
    const pid_t pid = ::fork();
    if (pid == 0) {
        // Only async-signal-safe calls until exec; an exec failure is reported through the pipe.
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL); // if proclab itself is killed outright
        ::dup2(nullFd, 0);
        ::dup2(outFd, 1);
        ::dup2(errFd, 2);
        ::execve(argv[0], argv.data(), envp.data());
        const int e = errno;
        (void)!::write(report[1], &e, sizeof e);
        ::_exit(127);
    }
    for (int fd : {outFd, errFd, nullFd, report[1]})
        ::close(fd);
    if (pid < 0) {
        ::close(report[0]);
        out.error = std::string("fork failed: ") + std::strerror(errno);
        return -1;
    }
    ::setpgid(pid, pid); // also here, so that the group exists before we might signal it
    int execErrno = 0;
    const bool execFailed = ::read(report[0], &execErrno, sizeof execErrno) == sizeof execErrno;
    ::close(report[0]);
    if (execFailed) {
        ::waitpid(pid, nullptr, 0);
        out.error = "cannot run " + launch.python + ": " + std::strerror(execErrno);
        return -1;
    }
    return pid;
}

// Waits for the script's main process; a time-out or a stop request (SIGTERM, SIGINT to us)
// kills its whole group; then its leftovers are ended.
void waitForPython(pid_t pid, const PythonLaunch& launch,
                   std::chrono::steady_clock::time_point began, PythonExit& out) {
    int status = 0;
    const auto limit = std::chrono::duration<double>(launch.timeoutSeconds);
    struct sigaction stop {
    }, oldTerm{}, oldInt{};
    stop.sa_handler = requestStop;
    ::sigemptyset(&stop.sa_mask);
    ::sigaction(SIGTERM, &stop, &oldTerm);
    ::sigaction(SIGINT, &stop, &oldInt);
    stopRequested = 0;
    for (;;) {
        const pid_t r = ::waitpid(pid, &status, WNOHANG);
        if (r == pid)
            break;
        if (r < 0 && errno != EINTR) {
            status = 0;
            break;
        }
        const bool late =
            launch.timeoutSeconds > 0 && std::chrono::steady_clock::now() - began > limit;
        if (late || stopRequested) {
            out.timedOut = late;
            out.stopped = stopRequested != 0;
            ::kill(-pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    out.exitcode = pythonExitcode(status);
    out.leftoversKilled = endGroup(pid);
    ::sigaction(SIGTERM, &oldTerm, nullptr);
    ::sigaction(SIGINT, &oldInt, nullptr);
}

} // namespace

PythonExit runPython(const PythonLaunch& launch) {
    PythonExit out;
    // Orphans of the script (a pool's workers whose parent died) come back to us, so that they
    // can be reaped and nothing is left behind.
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);
    const auto began = std::chrono::steady_clock::now();
    const pid_t pid = startPython(launch, out);
    if (pid < 0)
        return out;
    waitForPython(pid, launch, began, out);
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
    return out;
}

} // namespace proclab
