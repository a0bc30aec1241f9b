#include "pool.h"

#include "entries.h"
#include "entry_args.h"
#include "futex.h"

#include <map>
#include <set>
#include <string>

namespace proclab {
namespace {

struct FunctionTable {
    std::vector<std::string> names;
    std::vector<PoolFunction> functions;
};
FunctionTable& functionTable() {
    static FunctionTable table;
    return table;
}

// The worker's loop: take a task, run it item by item, report it done; a negative task
// number is the sentinel that close() sends.
// What each worker is given: the pool's shared part and the line of `with Pool(...)`.
struct WorkerArgs {
    uint64_t shared; // arena offset of the PoolShared
    int line;
};

int poolWorkerMain(Context& self, const LaneSlot& slot) {
    const auto in = entryArgs<WorkerArgs>(slot);
    Arena& arena = self.arena();
    auto* shared = arena.at<PoolShared>(in.shared);
    auto* tasks = arena.at<SharedQueue>(shared->taskQueue);
    auto* done = arena.at<SharedQueue>(shared->doneQueue);
    const int object = static_cast<int>(shared->object);
    const auto& functions = functionTable().functions;
    self.at(in.line);
    while (true) {
        const auto item = tasks->get(self);
        if (!item || item->value < 0)
            break;
        const PoolTaskEntry& task = shared->tasks()[item->value % PoolShared::kMaxTasks];
        if (const uint32_t line = shared->taskLine.load(std::memory_order_relaxed))
            self.at(static_cast<int>(line));
        const int64_t* inputs = arena.at<int64_t>(task.inputOffset);
        int64_t* results = arena.at<int64_t>(task.resultOffset);
        const PoolFunction fn = task.funcId < functions.size() ? functions[task.funcId] : nullptr;
        for (int64_t i = task.first; i < task.end; ++i) {
            self.record(EventKind::PoolTaskStarted, object, task.chunk, task.indexBase + i,
                        inputs[i]);
            results[i] = fn ? fn(self, inputs[i], task.funcArg) : 0;
            self.record(EventKind::PoolTaskFinished, object, task.chunk, task.indexBase + i,
                        results[i]);
        }
        done->put(self, item->value);
        const uint64_t finished = shared->completed.fetch_add(1, std::memory_order_seq_cst) + 1;
        if (finished >= shared->wakeAt.load(std::memory_order_seq_cst)) {
            shared->completedSeq.fetch_add(1, std::memory_order_release);
            futex::wake(shared->completedSeq, 1);
        }
    }
    return 0;
}

} // namespace

void registerPoolWorkerEntry() {
    registerEntry("pool.worker", poolWorkerMain);
}

void registerPoolFunction(std::string_view name, PoolFunction fn) {
    FunctionTable& t = functionTable();
    for (size_t i = 0; i < t.names.size(); ++i) {
        if (t.names[i] == name) {
            t.functions[i] = fn;
            return;
        }
    }
    t.names.emplace_back(name);
    t.functions.push_back(fn);
}

int poolFunctionId(std::string_view name) {
    const FunctionTable& t = functionTable();
    for (size_t i = 0; i < t.names.size(); ++i) {
        if (t.names[i] == name)
            return static_cast<int>(i);
    }
    return -1;
}

int64_t defaultChunksize(int64_t n, int workers) {
    if (n <= 0)
        return 1;
    const int64_t parts = static_cast<int64_t>(workers) * 4;
    return n / parts + (n % parts ? 1 : 0);
}

Pool::Pool(Context& self, int workers, StartMethod method, int object)
    : self_(self), workerCount_(workers), method_(method), object_(object) {}

Pool::~Pool() {
    if (!closed_)
        terminate();
}

std::error_code Pool::start() {
    Arena& arena = self_.arena();
    const uint64_t sharedOffset =
        arena.tryAllocate(sizeof(PoolShared) + PoolShared::kMaxTasks * sizeof(PoolTaskEntry));
    const uint64_t taskQueue =
        arena.tryAllocate(SharedQueue::bytesFor(SharedQueue::kUnboundedCapacity));
    const uint64_t doneQueue =
        arena.tryAllocate(SharedQueue::bytesFor(SharedQueue::kUnboundedCapacity));
    if (!sharedOffset || !taskQueue || !doneQueue)
        return std::make_error_code(std::errc::not_enough_memory);
    shared_ = arena.at<PoolShared>(sharedOffset);
    shared_->taskQueue = taskQueue;
    shared_->doneQueue = doneQueue;
    shared_->object = static_cast<uint32_t>(object_);
    shared_->taskLine.store(static_cast<uint32_t>(taskLine_), std::memory_order_relaxed);
    shared_->wakeAt.store(UINT64_MAX, std::memory_order_relaxed);
    // The pool's own queues are plumbing: its tasks are recorded as pool events instead.
    tasks_ = SharedQueue::create(arena, taskQueue, 0, 200 + object_, false);
    done_ = SharedQueue::create(arena, doneQueue, 0, 201 + object_, false);
    for (int i = 0; i < workerCount_; ++i) {
        ProcessSpec spec{"PoolWorker-" + std::to_string(i + 1),
                         "worker",
                         "pool.worker",
                         packEntryArgs(WorkerArgs{sharedOffset, self_.line()}),
                         {},
                         method_};
        workers_.emplace_back(self_, spec);
        if (auto ec = workers_.back().start())
            return ec;
    }
    return {};
}

Pool::Dispatched Pool::dispatch(std::string_view function, const std::vector<int64_t>& data,
                                int64_t chunksize, int64_t funcArg, int64_t indexBase) {
    Arena& arena = self_.arena();
    const int64_t n = static_cast<int64_t>(data.size());
    if (chunksize <= 0)
        chunksize = defaultChunksize(n, workerCount_);
    Dispatched out;
    const uint64_t inputOffset = arena.allocate(sizeof(int64_t) * (data.size() + 1));
    out.resultOffset = arena.allocate(sizeof(int64_t) * (data.size() + 1));
    std::copy(data.begin(), data.end(), arena.at<int64_t>(inputOffset));
    const int id = poolFunctionId(function);
    for (int64_t first = 0; first < n; first += chunksize) {
        // Chunks are numbered across the pool's life, so every task is told apart.
        const int64_t t = static_cast<int64_t>(shared_->nextTask.fetch_add(1));
        const auto chunk = static_cast<uint32_t>(t);
        PoolTaskEntry& e = shared_->tasks()[t % PoolShared::kMaxTasks];
        e = PoolTaskEntry{inputOffset,
                          out.resultOffset,
                          first,
                          std::min(n, first + chunksize),
                          funcArg,
                          indexBase,
                          static_cast<uint32_t>(id < 0 ? UINT32_MAX : id),
                          chunk};
        self_.record(EventKind::PoolTaskDispatched, object_, chunk, indexBase + e.first,
                     indexBase + e.end);
        tasks_->put(self_, t);
        out.tasks.push_back(t);
    }
    return out;
}

int64_t Pool::awaitOne() {
    const auto item = done_->get(self_);
    const int64_t t = item ? item->value : -1;
    if (t >= 0) {
        if (finished_.size() <= static_cast<size_t>(t))
            finished_.resize(static_cast<size_t>(t) + 1024);
        finished_[static_cast<size_t>(t)] = true;
        const PoolTaskEntry& e = shared_->tasks()[t % PoolShared::kMaxTasks];
        self_.record(EventKind::PoolChunkDone, object_, e.chunk, t);
    }
    return t;
}

void Pool::awaitCompletions(uint64_t target) {
    // A safety net only: a worker that dies leaves the done queue short, as before.
    constexpr int64_t kSliceNs = 50'000'000;
    while (shared_->completed.load(std::memory_order_acquire) < target) {
        const uint32_t seen = shared_->completedSeq.load(std::memory_order_acquire);
        shared_->wakeAt.store(target, std::memory_order_seq_cst);
        if (shared_->completed.load(std::memory_order_seq_cst) >= target)
            break;
        futex::wait(shared_->completedSeq, seen, kSliceNs);
        if (workersAllGone())
            break;
    }
    shared_->wakeAt.store(UINT64_MAX, std::memory_order_relaxed);
}

bool Pool::workersAllGone() {
    for (Process& w : workers_)
        if (w.isAlive())
            return false;
    return true;
}

std::vector<int64_t> Pool::map(std::string_view function, const std::vector<int64_t>& data,
                               int64_t chunksize, int64_t funcArg) {
    const Dispatched d = dispatch(function, data, chunksize, funcArg);
    // One wake when every task so far is done; then the done queue is read without sleeping.
    awaitCompletions(shared_->nextTask.load(std::memory_order_relaxed));
    for (const int64_t t : d.tasks) {
        while (!isFinished(t))
            if (awaitOne() < 0)
                break;
    }
    const int64_t* results = self_.arena().at<int64_t>(d.resultOffset);
    return std::vector<int64_t>(results, results + data.size());
}

void Pool::imapUnordered(std::string_view function, const std::vector<int64_t>& data,
                         int64_t chunksize, int64_t funcArg,
                         const std::function<void(int64_t, int64_t)>& onResult) {
    const Dispatched d = dispatch(function, data, chunksize <= 0 ? 1 : chunksize, funcArg);
    const int64_t* results = self_.arena().at<int64_t>(d.resultOffset);
    std::set<int64_t> pending(d.tasks.begin(), d.tasks.end());
    while (!pending.empty()) {
        const int64_t t = awaitOne();
        if (t < 0)
            break;
        if (!pending.erase(t))
            continue;
        const PoolTaskEntry& e = shared_->tasks()[t % PoolShared::kMaxTasks];
        for (int64_t i = e.first; i < e.end; ++i)
            onResult(i, results[i]);
    }
}

AsyncResult Pool::applyAsync(std::string_view function, int64_t x, int64_t funcArg) {
    const Dispatched d = dispatch(function, {x}, 1, funcArg, asyncCalls_++);
    AsyncResult r;
    r.task = d.tasks.front();
    return r;
}

int64_t Pool::get(const AsyncResult& r) {
    while (!isFinished(r.task))
        if (awaitOne() < 0)
            return 0;
    const PoolTaskEntry& e = shared_->tasks()[r.task % PoolShared::kMaxTasks];
    return self_.arena().at<int64_t>(e.resultOffset)[e.first];
}

void Pool::close() {
    if (closed_)
        return;
    closed_ = true;
    for (int i = 0; i < workerCount_; ++i)
        tasks_->put(self_, -1);
}

void Pool::join() {
    for (Process& w : workers_)
        w.join();
}

void Pool::terminate() {
    closed_ = true;
    for (Process& w : workers_)
        w.kill();
    for (Process& w : workers_)
        w.join();
}

} // namespace proclab
