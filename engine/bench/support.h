// Helpers every figure shares: timing, medians, an arena with a main lane, raw children.
#pragma once

#include "runtime/arena.h"
#include "runtime/context.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <sys/types.h>
#include <vector>

namespace proclab::bench {

uint64_t nowNs();
double median(std::vector<double> values);

// An arena with the bench's own process as its main lane (pid set, as a runner would).
struct Run {
    Arena arena;
    std::unique_ptr<Context> self;
    // Drains every lane's ring into a scratch buffer; returns how many records were dropped
    // (over all lanes) since the last call.
    uint64_t drainAll();
    uint64_t droppedSeen = 0;
};
std::unique_ptr<Run> makeRun(uint32_t ringCapacity = 1u << 20, uint64_t objectBytes = 512ull << 20,
                             bool populate = true);

// Zeroed MAP_SHARED anonymous memory, inherited by forked children (raw baselines).
class SharedPage {
  public:
    explicit SharedPage(size_t bytes);
    ~SharedPage();
    SharedPage(const SharedPage&) = delete;
    SharedPage& operator=(const SharedPage&) = delete;
    void* get() const { return p_; }
    size_t size() const { return n_; }

  private:
    void* p_;
    size_t n_;
};

// Forks a raw child that runs body and _exits; dies with the parent. Returns its pid.
pid_t forkChild(const std::function<void()>& body);
// waitpid, retried on EINTR; returns the exit status.
int reap(pid_t pid);

// A start line for children: each says it is ready, then spins (yielding) until go.
struct StartLine {
    std::atomic<uint32_t> ready{0};
    std::atomic<uint32_t> go{0};
    void arriveAndWait();
    void waitReady(uint32_t n) const;
};

// This executable's directory (from /proc/self/exe).
std::string selfDir();

} // namespace proclab::bench
