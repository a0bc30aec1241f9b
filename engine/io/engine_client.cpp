#include "engine_client.h"

#include "runtime/clock.h"
#include "util/install_paths.h"
#include "util/unique_fd.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace proclab {
namespace {

bool makePipe(UniqueFd& readEnd, UniqueFd& writeEnd) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        return false;
    readEnd.reset(fds[0]);
    writeEnd.reset(fds[1]);
    return true;
}

// A deadline `seconds` from now. Seconds outside (0, 10^6] mean no deadline / the farthest
// one: the cast below must never see a value a uint64_t cannot hold (that is undefined).
uint64_t deadlineAfter(double seconds) {
    if (!(seconds > 0))
        return UINT64_MAX;
    const double ns = std::min(seconds, 1e6) * 1e9;
    return monotonicNs() + static_cast<uint64_t>(ns);
}

// Why a stream without its End frame stopped, in words.
std::string cutShortReason(int exitCode, size_t partialBytes, size_t events) {
    std::string why = exitCode < 0
                          ? "proclab-engine was killed by signal " + std::to_string(-exitCode)
                          : "proclab-engine exited with status " + std::to_string(exitCode);
    why += " before the run ended";
    if (partialBytes > 0)
        why += " (in the middle of a frame: its last " + std::to_string(partialBytes) +
               " bytes are lost)";
    return "the run was cut short: " + why + "; what arrived is kept (" + std::to_string(events) +
           " events)";
}

int exitStatus(int status) {
    if (WIFSIGNALED(status))
        return -WTERMSIG(status);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace

std::string checkTimeout(double seconds) {
    if (std::isfinite(seconds) && seconds >= kMinTimeoutSeconds && seconds <= kMaxTimeoutSeconds)
        return {};
    return "--timeout expects seconds between 0.001 and 86400 (24 hours)";
}

std::string timeoutArgument(double seconds) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", seconds);
    return buf;
}

std::string defaultEnginePath() {
    return findEngine();
}

EngineRunResult runEngine(const std::string& enginePath, const std::vector<std::string>& args,
                          const EngineRunOptions& options) {
    EngineRunResult result;
    UniqueFd inRead, inWrite, outRead, outWrite, errRead, errWrite;
    if (!makePipe(inRead, inWrite) || !makePipe(outRead, outWrite) ||
        !makePipe(errRead, errWrite)) {
        result.error = std::string("cannot create pipes: ") + strerror(errno);
        return result;
    }
    std::vector<std::string> argvStore = {"proclab-engine"};
    argvStore.insert(argvStore.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& s : argvStore)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    // The runner dies with us; it learns who "us" is from this variable, so that it notices
    // even when we die before it has asked for its parent-death signal.
    std::vector<std::string> envStore;
    for (char** e = environ; *e; ++e)
        if (!std::string_view(*e).starts_with("PROCLAB_PARENT_PID="))
            envStore.emplace_back(*e);
    envStore.push_back("PROCLAB_PARENT_PID=" + std::to_string(getpid()));
    std::vector<char*> envp;
    for (std::string& s : envStore)
        envp.push_back(s.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, inRead.get(), STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, outWrite.get(), STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, errWrite.get(), STDERR_FILENO);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGTERM);
    sigaddset(&defaults, SIGINT);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, enginePath.c_str(), &actions, &attr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    inRead.reset();
    outWrite.reset();
    errWrite.reset();
    if (rc != 0) {
        result.error = "cannot start " + enginePath + ": " + strerror(rc);
        return result;
    }

    // Our stdin text goes in without blocking; SIGPIPE must not kill us if the runner quits.
    struct sigaction ignore {
    }, previousPipe{};
    ignore.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &ignore, &previousPipe);
    fcntl(inWrite.get(), F_SETFL, O_NONBLOCK);
    size_t stdinDone = 0;
    if (options.stdinText.empty())
        inWrite.reset();

    StreamDecoder decoder;
    if (options.onEvents)
        decoder.onEvents = [&](size_t first) { options.onEvents(decoder.trace(), first); };
    const uint64_t deadline = deadlineAfter(options.timeoutSeconds);
    bool terminated = false;
    std::string chunk(1 << 16, '\0');
    while (outRead.valid() || errRead.valid()) {
        pollfd fds[3];
        int n = 0;
        if (outRead.valid())
            fds[n++] = {outRead.get(), POLLIN, 0};
        if (errRead.valid())
            fds[n++] = {errRead.get(), POLLIN, 0};
        if (inWrite.valid())
            fds[n++] = {inWrite.get(), POLLOUT, 0};
        if (poll(fds, static_cast<nfds_t>(n), 100) < 0 && errno != EINTR)
            break;
        for (int i = 0; i < n; ++i) {
            if (!fds[i].revents)
                continue;
            if (fds[i].fd == inWrite.get()) {
                const ssize_t w = write(inWrite.get(), options.stdinText.data() + stdinDone,
                                        options.stdinText.size() - stdinDone);
                if (w > 0)
                    stdinDone += static_cast<size_t>(w);
                if (w < 0 || stdinDone == options.stdinText.size())
                    inWrite.reset();
                continue;
            }
            const ssize_t r = read(fds[i].fd, chunk.data(), chunk.size());
            if (r <= 0) {
                if (r < 0 && errno == EINTR)
                    continue;
                (fds[i].fd == outRead.get() ? outRead : errRead).reset();
                continue;
            }
            const std::string_view bytes(chunk.data(), static_cast<size_t>(r));
            if (fds[i].fd == outRead.get()) {
                if (!decoder.feed(bytes) && result.error.empty()) {
                    result.error = decoder.error();
                    kill(pid, SIGTERM);
                }
            } else {
                result.stderrText.append(bytes);
                if (options.forwardStderr)
                    (void)!write(STDERR_FILENO, bytes.data(), bytes.size());
            }
        }
        if (!terminated && monotonicNs() >= deadline) {
            terminated = true; // the runner ends its demo and still writes the stream's end
            kill(pid, SIGTERM);
        }
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    sigaction(SIGPIPE, &previousPipe, nullptr);
    result.exitCode = exitStatus(status);
    // Every complete frame is kept; a stream without its End frame is reported, not dropped.
    result.end = decoder.end();
    if (!result.end.seen) {
        result.cutShort = true;
        result.cutShortReason =
            cutShortReason(result.exitCode, decoder.partialBytes(), decoder.trace().size());
    }
    result.trace = decoder.takeTrace();
    return result;
}

} // namespace proclab
