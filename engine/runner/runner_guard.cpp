#include "runner_guard.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/prctl.h>
#include <sys/time.h>
#include <unistd.h>

namespace proclab::guard {
namespace {

volatile sig_atomic_t gStop = 0; // a Stop value
Arena* gArena = nullptr;         // set once before the handlers may kill
volatile sig_atomic_t gMainPid = 0;

// Async-signal-safe: kill() and lock-free atomic loads only. Main first and alone: its death
// kills its children (PR_SET_PDEATHSIG) only after they have been handed to the runner, so it
// can never reap one and die before recording that exit. The runner kills any leftover lane
// once it has reaped main.
void killDemo() {
    if (gMainPid > 0) {
        kill(gMainPid, SIGKILL);
        return;
    }
    if (!gArena)
        return;
    const int lanes = gArena->laneCount();
    for (int lane = 0; lane < lanes; ++lane) {
        const LaneSlot& s = gArena->lane(lane);
        const int pid = s.pid.load(std::memory_order_relaxed);
        if (pid > 0 && !s.isThread && !s.exited.load(std::memory_order_relaxed))
            kill(pid, SIGKILL);
    }
}

void onStop(int sig) {
    if (gStop == static_cast<int>(Stop::None))
        gStop = static_cast<int>(sig == SIGALRM ? Stop::TimedOut : Stop::Requested);
    killDemo();
}

pid_t expectedParent() {
    if (const char* env = std::getenv("PROCLAB_PARENT_PID"); env && *env) {
        long pid = 0;
        const auto [end, ec] = std::from_chars(env, env + std::strlen(env), pid);
        if (ec == std::errc() && *end == '\0' && pid > 0)
            return static_cast<pid_t>(pid);
    }
    return getppid();
}

} // namespace

bool dieWithParent() {
    const pid_t parent = expectedParent();
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    // The parent may have died before the line above: then no signal will ever come.
    return getppid() == parent;
}

void installStopHandlers() {
    struct sigaction stop {};
    stop.sa_handler = onStop;
    stop.sa_flags = SA_RESTART;
    sigemptyset(&stop.sa_mask);
    sigaddset(&stop.sa_mask, SIGALRM);
    sigaddset(&stop.sa_mask, SIGTERM);
    sigaddset(&stop.sa_mask, SIGINT);
    sigaction(SIGTERM, &stop, nullptr);
    sigaction(SIGINT, &stop, nullptr);
    sigaction(SIGALRM, &stop, nullptr);
}

void mainReaped() {
    gMainPid = 0;
}

void armStop(Arena& arena, pid_t mainPid, double timeoutSeconds) {
    gArena = &arena;
    gMainPid = mainPid;
    if (gStop != static_cast<int>(Stop::None))
        killDemo(); // a stop that came while the demo was being started
    if (!(timeoutSeconds > 0))
        return;
    // checkTimeout() bounds the value, so these conversions cannot overflow.
    const double whole = std::floor(timeoutSeconds);
    itimerval timer{};
    timer.it_value.tv_sec = static_cast<time_t>(whole);
    timer.it_value.tv_usec = static_cast<suseconds_t>((timeoutSeconds - whole) * 1e6);
    if (timer.it_value.tv_sec == 0 && timer.it_value.tv_usec == 0)
        timer.it_value.tv_usec = 1; // zero would disarm the timer
    setitimer(ITIMER_REAL, &timer, nullptr);
}

Stop stopRequested() {
    return static_cast<Stop>(static_cast<int>(gStop));
}

std::string timedOutMessage(double seconds) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "timed out after %g s", seconds);
    return buf;
}

} // namespace proclab::guard
