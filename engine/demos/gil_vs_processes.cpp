// Why processes: the same CPU-bound job in N threads that must share one interpreter lock
// (as CPython's threads do) against N processes, each with a lock of its own. The threads
// take turns; the processes run at once on as many cores as there are. Both are measured.
#include "demo_spec.h"

#include "runtime/entries.h"
#include "runtime/entry_args.h"
#include "runtime/process.h"
#include "trace/analysis.h"

#include <nlohmann/json.hpp>

#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>
#include <unistd.h>

namespace proclab {
namespace {

// A fair interpreter lock: whoever asked first gets it next, like CPython's forced switch
// after the switch interval when another thread is waiting.
class InterpreterLock {
  public:
    void acquire(Context& ctx) {
        std::unique_lock<std::mutex> guard(mutex_);
        const uint64_t ticket = nextTicket_++;
        if (serving_ != ticket) {
            ctx.record(EventKind::GilWait);
            changed_.wait(guard, [&] { return serving_ == ticket; });
        }
        ctx.record(EventKind::GilAcquired);
    }
    void release(Context& ctx) {
        ctx.record(EventKind::GilReleased);
        std::lock_guard<std::mutex> guard(mutex_);
        ++serving_;
        changed_.notify_all();
    }

  private:
    std::mutex mutex_;
    std::condition_variable changed_;
    uint64_t nextTicket_ = 0;
    uint64_t serving_ = 0;
};

void countDown(int64_t n) {
    volatile int64_t v = n;
    while (v > 0)
        v = v - 1;
}

int64_t itersPerMs() {
    const uint64_t t0 = monotonicNs();
    constexpr int64_t probe = 4'000'000;
    countDown(probe);
    const uint64_t dt = std::max<uint64_t>(1, monotonicNs() - t0);
    return std::max<int64_t>(1, static_cast<int64_t>(probe * 1'000'000 / dt));
}

// One job: `total` iterations in slices of `slice`, each slice under the interpreter lock.
void runJob(Context& ctx, InterpreterLock& gil, int64_t total, int64_t slice) {
    for (int64_t left = total; left > 0;) {
        const int64_t n = std::min(left, slice);
        gil.acquire(ctx);
        countDown(n);
        gil.release(ctx);
        left -= n;
    }
}

// What each process of the second phase is given.
struct JobArgs {
    int64_t total; // iterations of the job
    int64_t slice; // iterations per turn of the lock
    int jobLine;   // the snippet's `n -= 1`
};

int processJob(Context& self, const LaneSlot& slot) {
    const auto in = entryArgs<JobArgs>(slot);
    InterpreterLock ownLock; // a process has an interpreter (and a lock) of its own
    self.at(in.jobLine);
    runJob(self, ownLock, in.total, in.slice);
    return 0;
}

std::string seconds(int64_t ns) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f s", static_cast<double>(ns) / 1e9);
    return buf;
}

// Phase 1, threads: one process, one interpreter lock. Its time in ns, or -1 when a thread
// could not get a lane.
int64_t threadsPhase(Context& self, const DemoRun& run, int workers, const JobArgs& job) {
    self.at(run.line("threads = "));
    self.phase(EventKind::PhaseBegin, "threads");
    const uint64_t threadsStart = monotonicNs();
    InterpreterLock gil;
    std::vector<std::thread> threads;
    // On every way out (a failed lane or thread start below), the threads already started
    // are joined: destroying a joinable std::thread ends the process with std::terminate.
    struct JoinAll {
        std::vector<std::thread>& threads;
        ~JoinAll() {
            for (std::thread& t : threads)
                if (t.joinable())
                    t.join();
        }
    } joinOnExit{threads};
    std::vector<int> lanes;
    for (int i = 0; i < workers; ++i) {
        const int lane =
            self.arena().addLane("thread-" + std::to_string(i + 1), "thread", self.lane(),
                                 static_cast<uint8_t>(StartMethod::Thread), true);
        if (lane < 0) {
            self.print("error: no room for another lane in this run");
            return -1;
        }
        lanes.push_back(lane);
        self.arena().lane(lane).pid.store(static_cast<int32_t>(getpid()));
        self.at(run.line("t.start()"));
        self.recordFor(lane, EventKind::ProcessCreated, 0, static_cast<uint32_t>(self.lane()),
                       getpid(), static_cast<int64_t>(StartMethod::Thread));
        threads.emplace_back([&, lane] {
            Context ctx(self.arena(), lane);
            ctx.at(job.jobLine);
            ctx.record(EventKind::ProcessStarted, 0, 0, getpid());
            runJob(ctx, gil, job.total, job.slice);
            ctx.record(EventKind::ProcessEnding);
        });
    }
    self.at(run.line("t.join()"));
    for (size_t i = 0; i < threads.size(); ++i) {
        self.record(EventKind::JoinBegin, 0, static_cast<uint32_t>(lanes[i]));
        threads[i].join();
        self.recordFor(lanes[i], EventKind::ProcessExited, 0, static_cast<uint32_t>(self.lane()),
                       0);
        self.record(EventKind::JoinEnd, 0, static_cast<uint32_t>(lanes[i]));
    }
    const auto threadsNs = static_cast<int64_t>(monotonicNs() - threadsStart);
    self.phase(EventKind::PhaseEnd, "threads");
    return threadsNs;
}

// Phase 2, processes: every one with its own interpreter. (The threads of phase 1 are all
// joined, so this process is single-threaded again and may fork.) Its time in ns, or -1.
int64_t processesPhase(Context& self, const DemoRun& run, int workers, const JobArgs& job) {
    self.at(run.line("procs = "));
    self.phase(EventKind::PhaseBegin, "processes");
    const uint64_t processesStart = monotonicNs();
    std::vector<Process> procs;
    for (int i = 0; i < workers; ++i)
        procs.emplace_back(self, ProcessSpec{"process-" + std::to_string(i + 1),
                                             "worker",
                                             "gil-vs-processes.job",
                                             packEntryArgs(job),
                                             {}});
    self.at(run.line("p.start()"));
    for (Process& p : procs)
        if (auto ec = p.start()) {
            self.print("error: could not start a process: " + ec.message());
            return -1;
        }
    self.at(run.line("p.join()"));
    for (Process& p : procs)
        p.join();
    const auto processesNs = static_cast<int64_t>(monotonicNs() - processesStart);
    self.phase(EventKind::PhaseEnd, "processes");
    return processesNs;
}

int mainProcess(Context& self, const DemoRun& run) {
    const int workers = static_cast<int>(run.param("workers"));
    const int64_t rate = itersPerMs();
    const JobArgs job{rate * run.param("work_ms"),
                      std::max<int64_t>(1, rate * run.param("switch_interval_us") / 1000),
                      run.line("n -= 1")};
    const int64_t threadsNs = threadsPhase(self, run, workers, job);
    if (threadsNs < 0)
        return 1;
    const int64_t processesNs = processesPhase(self, run, workers, job);
    if (processesNs < 0)
        return 1;

    self.result(ResultKey::ElapsedNs, threadsNs, 0);
    self.result(ResultKey::ElapsedNs, processesNs, 1);
    self.at(run.line("threads:  "));
    self.print("threads:   " + seconds(threadsNs));
    self.at(run.line("processes: "));
    self.print("processes: " + seconds(processesNs));
    char speedup[64];
    std::snprintf(speedup, sizeof speedup, "speedup:   %.1fx",
                  static_cast<double>(threadsNs) /
                      static_cast<double>(std::max<int64_t>(1, processesNs)));
    self.at(run.line("speedup: "));
    self.print(speedup);
    return 0;
}

void registerEntries() {
    registerEntry("gil-vs-processes.job", processJob);
}

nlohmann::json summary(const Trace& trace, const std::string&) {
    const GilAnalysis gil = analyseGil(trace);
    return {{"threads_s", static_cast<double>(gil.threadsNs) / 1e9},
            {"processes_s", static_cast<double>(gil.processesNs) / 1e9},
            {"speedup", gil.speedup}};
}

} // namespace

DemoSpec gilVsProcessesDemo() {
    DemoSpec spec{
        "gil-vs-processes",
        "GIL: threads vs processes",
        "The same CPU-bound job in N threads sharing one interpreter lock, then in N processes.",
        {{"default", "threads under one lock, then processes", "gil_vs_processes.default"}},
        {{"workers", 4, 1, 16, "threads, then processes"},
         {"work_ms", 250, 1, 10'000, "CPU time of each job (ms)"},
         {"switch_interval_us", 5000, 100, 100'000, "sys.setswitchinterval (µs)"}},
        mainProcess,
        registerEntries,
        nullptr};
    spec.needles = {
        {"n -= 1"},    {"threads = "}, {"t.start()"},  {"t.join()"},    {"procs = "},
        {"p.start()"}, {"p.join()"},   {"threads:  "}, {"processes: "}, {"speedup: "},
    };
    spec.children = {{}, "process-", "workers"};
    spec.runFacts = {"threads_ms", "processes_ms", "speedup"};
    spec.summarise = summary;
    return spec;
}

} // namespace proclab
