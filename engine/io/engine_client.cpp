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

namespace {

std::vector<char*> pointersTo(std::vector<std::string>& strings) {
    std::vector<char*> out;
    for (std::string& s : strings)
        out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

// Ours, plus who the runner's parent is: the runner dies with us, and learns who "us" is from
// this variable, so that it notices even when we die before it has asked for its parent-death
// signal.
std::vector<std::string> runnerEnvironment() {
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e)
        if (!std::string_view(*e).starts_with("PROCLAB_PARENT_PID="))
            env.emplace_back(*e);
    env.push_back("PROCLAB_PARENT_PID=" + std::to_string(getpid()));
    return env;
}

// Starts the runner on the given stdin, stdout and stderr, with default SIGPIPE, SIGTERM and
// SIGINT and no signal blocked; 0, or the error number.
int spawnRunner(const std::string& enginePath, const std::vector<std::string>& args, int in,
                int out, int err, pid_t& pid) {
    std::vector<std::string> argvStore = {"proclab-engine"};
    argvStore.insert(argvStore.end(), args.begin(), args.end());
    std::vector<std::string> envStore = runnerEnvironment();
    const std::vector<char*> argv = pointersTo(argvStore), envp = pointersTo(envStore);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in, STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out, STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err, STDERR_FILENO);
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
    const int rc = posix_spawn(&pid, enginePath.c_str(), &actions, &attr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    return rc;
}

// Our ends of the runner's pipes while it runs: we feed its stdin, decode its stdout and
// collect its stderr until both outputs close; the time-out asks it to end (it still writes the
// stream's end).
class RunnerPipes {
  public:
    RunnerPipes(UniqueFd inWrite, UniqueFd outRead, UniqueFd errRead, pid_t pid,
                const EngineRunOptions& options, StreamDecoder& decoder, EngineRunResult& result)
        : inWrite_(std::move(inWrite)), outRead_(std::move(outRead)), errRead_(std::move(errRead)),
          pid_(pid), options_(options), decoder_(decoder), result_(result) {
        fcntl(inWrite_.get(), F_SETFL, O_NONBLOCK);
        if (options.stdinText.empty())
            inWrite_.reset();
    }

    void exchange() {
        const uint64_t deadline = deadlineAfter(options_.timeoutSeconds);
        bool terminated = false;
        while (outRead_.valid() || errRead_.valid()) {
            pollfd fds[3];
            int n = 0;
            if (outRead_.valid())
                fds[n++] = {outRead_.get(), POLLIN, 0};
            if (errRead_.valid())
                fds[n++] = {errRead_.get(), POLLIN, 0};
            if (inWrite_.valid())
                fds[n++] = {inWrite_.get(), POLLOUT, 0};
            if (poll(fds, static_cast<nfds_t>(n), 100) < 0 && errno != EINTR)
                break;
            for (int i = 0; i < n; ++i) {
                if (!fds[i].revents)
                    continue;
                if (fds[i].fd == inWrite_.get())
                    writeInput();
                else
                    readOutput(fds[i].fd == outRead_.get() ? outRead_ : errRead_);
            }
            if (!terminated && monotonicNs() >= deadline) {
                terminated = true; // the runner ends its demo and still writes the stream's end
                kill(pid_, SIGTERM);
            }
        }
    }

  private:
    void writeInput() {
        const std::string& text = options_.stdinText;
        const ssize_t w = write(inWrite_.get(), text.data() + stdinDone_, text.size() - stdinDone_);
        if (w > 0)
            stdinDone_ += static_cast<size_t>(w);
        if (w < 0 || stdinDone_ == text.size())
            inWrite_.reset();
    }

    void readOutput(UniqueFd& fd) {
        const ssize_t r = read(fd.get(), chunk_.data(), chunk_.size());
        if (r <= 0) {
            if (!(r < 0 && errno == EINTR))
                fd.reset();
            return;
        }
        const std::string_view bytes(chunk_.data(), static_cast<size_t>(r));
        if (&fd == &outRead_) {
            if (!decoder_.feed(bytes) && result_.error.empty()) {
                result_.error = decoder_.error();
                kill(pid_, SIGTERM);
            }
        } else {
            result_.stderrText.append(bytes);
            if (options_.forwardStderr)
                (void)!write(STDERR_FILENO, bytes.data(), bytes.size());
        }
    }

    UniqueFd inWrite_, outRead_, errRead_;
    const pid_t pid_;
    const EngineRunOptions& options_;
    StreamDecoder& decoder_;
    EngineRunResult& result_;
    size_t stdinDone_ = 0;
    std::string chunk_ = std::string(1 << 16, '\0');
};

} // namespace

EngineRunResult runEngine(const std::string& enginePath, const std::vector<std::string>& args,
                          const EngineRunOptions& options) {
    EngineRunResult result;
    UniqueFd inRead, inWrite, outRead, outWrite, errRead, errWrite;
    if (!makePipe(inRead, inWrite) || !makePipe(outRead, outWrite) ||
        !makePipe(errRead, errWrite)) {
        result.error = std::string("cannot create pipes: ") + strerror(errno);
        return result;
    }
    pid_t pid = 0;
    const int rc = spawnRunner(enginePath, args, inRead.get(), outWrite.get(), errWrite.get(), pid);
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
    StreamDecoder decoder;
    if (options.onEvents)
        decoder.onEvents = [&](size_t first) { options.onEvents(decoder.trace(), first); };
    RunnerPipes(std::move(inWrite), std::move(outRead), std::move(errRead), pid, options, decoder,
                result)
        .exchange();
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
