#include "process.h"

#include "entries.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <string>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace proclab {

int pythonExitcode(int status) {
    if (WIFSIGNALED(status))
        return -WTERMSIG(status);
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    return 0;
}

Process::Process(Context& parent, ProcessSpec spec) : parent_(&parent), spec_(std::move(spec)) {}

Process::Process(Process&& other) noexcept
    : parent_(other.parent_), spec_(std::move(other.spec_)), lane_(other.lane_),
      pid_(std::exchange(other.pid_, 0)), exitcode_(other.exitcode_) {}

Process::~Process() {
    if (pid_ > 0 && !exitcode_) {
        ::kill(pid_, SIGKILL);
        join();
    }
}

std::error_code Process::start() {
    if (pid_ != 0)
        return std::make_error_code(std::errc::operation_in_progress);
    Arena& arena = parent_->arena();
    lane_ =
        arena.addLane(spec_.name, spec_.role, parent_->lane(), static_cast<uint8_t>(spec_.method));
    if (lane_ < 0)
        return std::make_error_code(std::errc::resource_unavailable_try_again);
    LaneSlot& slot = arena.lane(lane_);
    copyName(slot.entry, sizeof slot.entry, spec_.entry);
    copyName(slot.textArg, sizeof slot.textArg, spec_.textArg);
    for (size_t i = 0; i < spec_.args.size() && i < kMaxEntryArgs; ++i)
        slot.args[i] = spec_.args[i];
    slot.createdNs = monotonicNs();
    slot.createdLine = static_cast<uint8_t>(parent_->line());
    return spec_.method == StartMethod::Spawn ? startSpawn() : startFork();
}

std::error_code Process::startFork() {
    Arena& arena = parent_->arena();
    const pid_t parentPid = getpid();
    // Block signals across fork so that the child runs no handler inherited from the parent
    // before it has set itself up (reproc does the same).
    sigset_t all, previous;
    sigfillset(&all);
    sigprocmask(SIG_SETMASK, &all, &previous);
    const pid_t pid = fork();
    if (pid == 0) {
        // Nothing may outlive the run: die with the parent, even if it already died.
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parentPid)
            _exit(128 + SIGKILL);
        signal(SIGTERM, SIG_DFL);
        signal(SIGINT, SIG_DFL);
        sigprocmask(SIG_SETMASK, &previous, nullptr);
        runChildAndExit(arena, lane_);
    }
    const int forkErrno = errno;
    sigprocmask(SIG_SETMASK, &previous, nullptr);
    if (pid < 0)
        return std::error_code(forkErrno, std::generic_category());
    pid_ = pid;
    // The child stores its pid too, but it may be killed (a time-out, a Stop) before it does:
    // the runner must still know whose exit it reaps.
    arena.lane(lane_).pid.store(static_cast<int32_t>(pid), std::memory_order_release);
    recordCreated(pid);
    return {};
}

std::error_code Process::startSpawn() {
    Arena& arena = parent_->arena();
    // The spawned runner maps the arena from an inherited descriptor. Ours is CLOEXEC; hand
    // over a duplicate without the flag, and close it once the child has it. (The process
    // that spawns is single-threaded, so no other exec can inherit it meanwhile.)
    const int inherited = fcntl(arena.fd(), F_DUPFD, 3);
    if (inherited < 0)
        return std::error_code(errno, std::generic_category());
    const std::string fdText = std::to_string(inherited);
    const std::string laneText = std::to_string(lane_);
    const char* path = arena.header().enginePath;
    char* const argv[] = {const_cast<char*>("proclab-engine"),
                          const_cast<char*>("worker"),
                          const_cast<char*>("--arena-fd"),
                          const_cast<char*>(fdText.c_str()),
                          const_cast<char*>("--lane"),
                          const_cast<char*>(laneText.c_str()),
                          nullptr};
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGTERM);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGCHLD);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, path, nullptr, &attr, argv, environ);
    posix_spawnattr_destroy(&attr);
    close(inherited);
    if (rc != 0)
        return std::error_code(rc, std::generic_category());
    pid_ = pid;
    arena.lane(lane_).pid.store(static_cast<int32_t>(pid), std::memory_order_release);
    recordCreated(pid);
    return {};
}

void Process::recordCreated(pid_t pid) {
    LaneSlot& slot = parent_->arena().lane(lane_);
    if (slot.createdClaimed.exchange(1, std::memory_order_acq_rel) == 0)
        parent_->recordAt(slot.createdNs, lane_, EventKind::ProcessCreated, 0,
                          static_cast<uint32_t>(parent_->lane()), pid,
                          static_cast<int64_t>(spec_.method));
}

void Process::reaped(int status) {
    exitcode_ = pythonExitcode(status);
    LaneSlot& slot = parent_->arena().lane(lane_);
    // The record before the flag: a parent killed in between (a time-out kills parents and
    // children at once) must not leave a lane marked exited whose exit nobody recorded.
    parent_->recordFor(lane_, EventKind::ProcessExited, 0, static_cast<uint32_t>(parent_->lane()),
                       *exitcode_);
    slot.exitcode.store(*exitcode_, std::memory_order_relaxed);
    slot.exited.store(1, std::memory_order_release);
}

bool Process::waitWithTimeout(int64_t timeoutNs) {
    // A pidfd becomes readable when the child ends: poll it with the timeout.
    const int pidfd = static_cast<int>(syscall(SYS_pidfd_open, pid_, 0));
    const uint64_t deadline = monotonicNs() + static_cast<uint64_t>(timeoutNs);
    while (true) {
        int status = 0;
        const pid_t r = waitpid(pid_, &status, WNOHANG);
        if (r == pid_) {
            if (pidfd >= 0)
                close(pidfd);
            reaped(status);
            return true;
        }
        const uint64_t now = monotonicNs();
        if (now >= deadline)
            break;
        const int waitMs = static_cast<int>((deadline - now + 999'999) / 1'000'000);
        if (pidfd >= 0) {
            pollfd p{pidfd, POLLIN, 0};
            poll(&p, 1, waitMs);
        } else {
            usleep(static_cast<useconds_t>(std::min(waitMs, 1) * 1000));
        }
    }
    if (pidfd >= 0)
        close(pidfd);
    return false;
}

bool Process::join(int64_t timeoutNs) {
    if (pid_ <= 0)
        return false;
    if (exitcode_)
        return true;
    parent_->record(EventKind::JoinBegin, 0, static_cast<uint32_t>(lane_));
    bool ended = false;
    if (timeoutNs < 0) {
        int status = 0;
        pid_t r;
        do {
            r = waitpid(pid_, &status, 0);
        } while (r < 0 && errno == EINTR);
        if (r == pid_) {
            reaped(status);
            ended = true;
        }
    } else {
        ended = waitWithTimeout(timeoutNs);
    }
    parent_->record(EventKind::JoinEnd, 0, static_cast<uint32_t>(lane_), exitcode_.value_or(0),
                    ended ? 0 : 1);
    return ended;
}

bool Process::isAlive() {
    if (pid_ <= 0 || exitcode_)
        return false;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
        reaped(status);
        return false;
    }
    return true;
}

void Process::terminate() {
    if (pid_ > 0 && !exitcode_)
        ::kill(pid_, SIGTERM);
}

void Process::kill() {
    if (pid_ > 0 && !exitcode_)
        ::kill(pid_, SIGKILL);
}

} // namespace proclab
