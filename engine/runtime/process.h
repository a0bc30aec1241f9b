// multiprocessing.Process: a real OS process started with the fork or the spawn method,
// joined, terminated, killed; exitcode as Python reports it (0, n, or -signal).
// RAII: a Process that is destroyed while its child still runs kills and reaps it.
#pragma once

#include "context.h"

#include <cstdint>
#include <optional>
#include <string>
#include <sys/types.h>
#include <system_error>
#include <vector>

namespace proclab {

struct ProcessSpec {
    std::string name;  // shown on the timeline, e.g. "worker-A"
    std::string role;  // what the code panel keys on, e.g. "worker"
    std::string entry; // registered entry point (see entries.h)
    std::vector<int64_t> args;
    std::string textArg;
    StartMethod method = StartMethod::Fork;
};

class Process {
  public:
    Process(Context& parent, ProcessSpec spec);
    Process(Process&& other) noexcept;
    Process& operator=(Process&&) = delete;
    Process(const Process&) = delete;
    Process& operator=(const Process&) = delete;
    ~Process();

    [[nodiscard]] std::error_code start();
    // Waits for the child to end; timeoutNs < 0 waits forever. True when it has ended.
    bool join(int64_t timeoutNs = -1);
    bool isAlive();
    // Empty while running or never started.
    std::optional<int> exitcode() const { return exitcode_; }
    void terminate(); // SIGTERM
    void kill();      // SIGKILL

    pid_t pid() const { return pid_; }
    int lane() const { return lane_; }
    const std::string& name() const { return spec_.name; }

  private:
    std::error_code startFork();
    std::error_code startSpawn();
    // ProcessCreated, unless the child already recorded it itself (see LaneSlot).
    void recordCreated(pid_t pid);
    // Records the exit and stores it in the lane slot; `status` from waitpid.
    void reaped(int status);
    bool waitWithTimeout(int64_t timeoutNs);

    Context* parent_;
    ProcessSpec spec_;
    int lane_ = -1;
    pid_t pid_ = 0;
    std::optional<int> exitcode_;
};

// Python's exitcode from a waitpid status.
int pythonExitcode(int status);

} // namespace proclab
