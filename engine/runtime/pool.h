// multiprocessing.Pool: N persistent worker processes fed through a task queue in the arena;
// map() cuts the data into chunks (Python's default chunksize ceil(n / (4 * workers))) and
// returns results in input order; imap_unordered() hands them over as chunks finish.
#pragma once

#include "process.h"
#include "shared_queue.h"

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace proclab {

// A function a pool task can run, by name: result = f(x, arg). `self` is the worker, so a
// function may record (e.g. a sleep that stands for real work).
using PoolFunction = int64_t (*)(Context& self, int64_t x, int64_t arg);
void registerPoolFunction(std::string_view name, PoolFunction fn);
int poolFunctionId(std::string_view name); // -1 if unknown

// Registers the "pool.worker" entry point (every process that may run one must call it).
void registerPoolWorkerEntry();

// Python's default: chunksize, extra = divmod(n, workers * 4); if extra: chunksize += 1.
int64_t defaultChunksize(int64_t n, int workers);

struct PoolTaskEntry {
    uint64_t inputOffset;
    uint64_t resultOffset;
    int64_t first;
    int64_t end;
    int64_t funcArg;
    int64_t indexBase; // added to item positions in the trace (apply_async calls count on)
    uint32_t funcId;
    uint32_t chunk;
};

struct PoolShared {
    static constexpr uint32_t kMaxTasks = 1u << 20;
    uint64_t taskQueue; // SharedQueue offsets
    uint64_t doneQueue;
    uint32_t object;
    std::atomic<uint32_t> taskLine; // the Python line the workers' tasks run (e.g. `return x * x`)
    std::atomic<uint64_t> nextTask;
    // Batched completion wakes: workers count finished tasks and wake the main process only
    // when the count reaches what it waits for (a whole map), not once per task.
    std::atomic<uint64_t> completed;
    std::atomic<uint64_t> wakeAt;       // UINT64_MAX: nobody waits
    std::atomic<uint32_t> completedSeq; // futex word
    // PoolTaskEntry tasks[kMaxTasks] follow (sparse until used).
    PoolTaskEntry* tasks() { return reinterpret_cast<PoolTaskEntry*>(this + 1); }
};

class AsyncResult {
  public:
    int64_t task = -1;
};

class Pool {
  public:
    // Starts `workers` processes with the given start method.
    Pool(Context& self, int workers, StartMethod method = StartMethod::Fork, int object = 0);
    ~Pool();
    Pool(const Pool&) = delete;
    Pool& operator=(const Pool&) = delete;

    [[nodiscard]] std::error_code start();
    // The line of the snippet that a task runs, stamped on the workers' task events.
    void setTaskLine(int line) { taskLine_ = line; }
    std::vector<int64_t> map(std::string_view function, const std::vector<int64_t>& data,
                             int64_t chunksize = 0, int64_t funcArg = 0);
    // Calls onResult(index, result) as each chunk finishes, in completion order.
    void imapUnordered(std::string_view function, const std::vector<int64_t>& data,
                       int64_t chunksize, int64_t funcArg,
                       const std::function<void(int64_t index, int64_t result)>& onResult);
    AsyncResult applyAsync(std::string_view function, int64_t x, int64_t funcArg = 0);
    int64_t get(const AsyncResult& r);

    void close();     // no more tasks: each worker gets a sentinel
    void join();      // waits for the workers (after close)
    void terminate(); // kills the workers

    const std::vector<Process>& workers() const { return workers_; }

  private:
    struct Dispatched {
        std::vector<int64_t> tasks;
        uint64_t resultOffset = 0;
    };
    Dispatched dispatch(std::string_view function, const std::vector<int64_t>& data,
                        int64_t chunksize, int64_t funcArg, int64_t indexBase = 0);
    // Takes one finished task from the done queue; returns its task number.
    int64_t awaitOne();
    // Sleeps until `target` tasks have finished over the pool's life: one wake for a batch.
    void awaitCompletions(uint64_t target);
    bool workersAllGone();

    Context& self_;
    int workerCount_;
    StartMethod method_;
    int object_;
    int taskLine_ = 0;
    PoolShared* shared_ = nullptr;
    SharedQueue* tasks_ = nullptr;
    SharedQueue* done_ = nullptr;
    std::vector<Process> workers_;
    std::vector<bool> finished_; // by task number
    bool isFinished(int64_t task) const {
        return task >= 0 && static_cast<size_t>(task) < finished_.size() &&
               finished_[static_cast<size_t>(task)];
    }
    bool closed_ = false;
    int64_t asyncCalls_ = 0;
};

} // namespace proclab
