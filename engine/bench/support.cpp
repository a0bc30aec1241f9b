#include "support.h"

#include "runtime/clock.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sched.h>
#include <stdexcept>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace proclab::bench {

uint64_t nowNs() {
    return monotonicNs();
}

double median(std::vector<double> values) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

uint64_t Run::drainAll() {
    static std::vector<EventRecord> sink;
    uint64_t dropped = 0;
    for (int lane = 0; lane < arena.laneCount(); ++lane) {
        if (!arena.lane(lane).ready.load(std::memory_order_acquire))
            continue;
        sink.clear();
        arena.ring(lane).drain(sink);
        dropped += arena.ring(lane).dropped.load(std::memory_order_relaxed);
    }
    const uint64_t fresh = dropped - droppedSeen;
    droppedSeen = dropped;
    return fresh;
}

std::unique_ptr<Run> makeRun(uint32_t ringCapacity, uint64_t objectBytes, bool populate) {
    Arena::Options options;
    options.ringCapacity = ringCapacity;
    options.objectBytes = objectBytes;
    options.populateRings = populate;
    // No runner drains these rings while a figure runs: the bench drains between rounds and
    // counts what a full ring would have dropped (lossless rings would wait forever here).
    options.lossless = false;
    auto run = std::make_unique<Run>();
    if (const std::error_code ec = Arena::create(options, run->arena))
        throw std::runtime_error("cannot create an arena: " + ec.message());
    const int lane = run->arena.addLane("main", "main", -1, 0);
    run->arena.lane(lane).pid.store(getpid());
    run->self = std::make_unique<Context>(run->arena, lane);
    return run;
}

SharedPage::SharedPage(size_t bytes) : n_(bytes) {
    p_ = mmap(nullptr, n_, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (p_ == MAP_FAILED)
        throw std::runtime_error("mmap failed");
}

SharedPage::~SharedPage() {
    munmap(p_, n_);
}

pid_t forkChild(const std::function<void()>& body) {
    const pid_t parent = getpid();
    const pid_t pid = fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent)
            _exit(1);
        body();
        _exit(0);
    }
    return pid;
}

int reap(pid_t pid) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

void StartLine::arriveAndWait() {
    ready.fetch_add(1, std::memory_order_acq_rel);
    while (!go.load(std::memory_order_acquire))
        sched_yield();
}

void StartLine::waitReady(uint32_t n) const {
    while (ready.load(std::memory_order_acquire) < n)
        sched_yield();
}

std::string selfDir() {
    char buf[4096];
    const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return ".";
    std::string path(buf, static_cast<size_t>(n));
    const size_t slash = path.rfind('/');
    return slash == std::string::npos ? "." : path.substr(0, slash);
}

} // namespace proclab::bench
