// Seed demo 4: Value('i', 0) incremented by several processes at once. The racers wait at a
// start barrier so they really overlap (a fork takes far longer than a thousand increments).
#include "demo_spec.h"

#include "runtime/barrier.h"
#include "runtime/entries.h"
#include "runtime/entry_args.h"
#include "runtime/process.h"
#include "runtime/shared_value.h"
#include "summary_parts.h"
#include "trace/analysis.h"

#include <string>

namespace proclab {
namespace {

constexpr int kCounterObject = 0;
constexpr int kBarrierObject = 0;
// Recording is lossless (a full ring makes its writer wait), so the bound is the
// parameters' own: 16 processes x 1,000,000 increments.
constexpr int64_t kMaxTotalIncrements = 16'000'000;

// What each racing process is given.
struct IncrementArgs {
    uint64_t counter; // arena offsets
    uint64_t barrier;
    int64_t iterations;
    LockMode mode;
    int defLine; // snippet lines: `def increment`, and the increment itself
    int incrementLine;
    int64_t gapNs; // busy work between the read and the write
};

int increment(Context& self, const LaneSlot& slot) {
    const auto in = entryArgs<IncrementArgs>(slot);
    Arena& arena = self.arena();
    auto* counter = arena.at<SharedCounter>(in.counter);
    auto* barrier = arena.at<SharedBarrier>(in.barrier);
    self.at(in.defLine);
    barrier->wait(self, kBarrierObject);
    self.at(in.incrementLine);
    for (int64_t i = 0; i < in.iterations; ++i)
        counter->increment(self, in.mode, kCounterObject, in.gapNs);
    return 0;
}

int mainProcess(Context& self, const DemoRun& run) {
    Arena& arena = self.arena();
    LockMode mode = LockMode::PythonDefault;
    lockModeFromName(run.variant, mode);
    const int workers = static_cast<int>(run.param("workers"));
    const int64_t iterations = run.param("iterations");

    self.reach(run.line("counter = "));
    SharedCounter& counter = arena.make<SharedCounter>();
    SharedBarrier& barrier = arena.make<SharedBarrier>();
    barrier.parties = static_cast<uint32_t>(workers);

    const std::vector<int64_t> args = packEntryArgs(
        IncrementArgs{arena.offsetOf(&counter), arena.offsetOf(&barrier), iterations, mode,
                      run.line("def increment"),
                      run.line(mode == LockMode::Atomic ? "fetch_add" : "counter.value += 1"),
                      run.param("gap_ns")});
    self.at(run.line("processes = "));
    std::vector<Process> processes;
    for (int i = 0; i < workers; ++i)
        processes.emplace_back(self, ProcessSpec{"worker-" + std::to_string(i + 1),
                                                 "worker",
                                                 "counter-race.increment",
                                                 args,
                                                 {},
                                                 StartMethod::Fork});
    // Known before anything runs: a run stopped half-way still says how many were planned,
    // so that increments never done are "not done", not "lost".
    self.result(ResultKey::CounterExpected, static_cast<int64_t>(workers) * iterations);
    self.at(run.line("process.start()"));
    for (Process& p : processes) {
        if (auto ec = p.start()) {
            self.print("error: could not start a process: " + ec.message());
            return 1;
        }
    }
    self.at(run.line("process.join()"));
    for (Process& p : processes)
        p.join();

    self.at(run.line("Counter value"));
    const int64_t final = counter.read();
    self.result(ResultKey::CounterFinal, final);
    self.print("Counter value: " + std::to_string(final));
    return 0;
}

std::string check(const DemoRun& run) {
    const int64_t total = run.param("workers") * run.param("iterations");
    if (total > kMaxTotalIncrements)
        return "workers x iterations = " + std::to_string(total) + " is more than " +
               std::to_string(kMaxTotalIncrements) +
               " increments, whose recorded events would not fit in memory";
    return {};
}

void registerEntries() {
    registerEntry("counter-race.increment", increment);
}

int stepLanes(const DemoRun& run) {
    return static_cast<int>(run.param("workers")); // worker-1 .. worker-n are lanes 1 .. n
}

// An increment records at most 6 events (lock wait, acquired, load, store, released, ...).
uint64_t eventsPerLane(const DemoRun& run) {
    return static_cast<uint64_t>(run.param("iterations")) * 6 + 64;
}

nlohmann::json summary(const Trace& trace, const std::string& endedEarlyBy) {
    const CounterLedger ledger = counterLedger(trace);
    nlohmann::json j = counterSummary(trace, ledger, endedEarlyBy);
    if (endedEarlyBy.empty()) {
        j["ledger_lost"] = ledger.lost; // Σ (overwritten - loaded): equals lost exactly
        j["erasing_stores"] = ledger.entries.size();
    }
    return j;
}

} // namespace

DemoSpec counterRaceDemo() {
    DemoSpec spec{
        "counter-race",
        "Shared Value: the lost update",
        "Several processes add 1 to one shared counter; without a lock around the whole "
        "read-add-write, increments get lost.",
        {{"python-default", "Value('i', 0): each read and each write locked on its own",
          "counter_race.python_default", true},
         {"raw", "Value('i', 0, lock=False): no lock at all", "counter_race.raw", true},
         {"get-lock", "with counter.get_lock(): the whole += under one lock (exact)",
          "counter_race.get_lock"},
         {"atomic", "an atomic fetch-and-add (exact)", "counter_race.atomic"}},
        {{"workers", 4, 1, 16, "number of processes"},
         {"iterations", 1000, 1, 1'000'000, "increments per process"},
         {"gap_ns", 1000, 0, 100'000,
          "busy work between the read and the write (ns), standing for the ~1 us of bytecode "
          "CPython runs between counter.value's get and set; 0 = bare C++"}},
        mainProcess,
        registerEntries,
        check,
        stepLanes,
        eventsPerLane};
    spec.needles = {
        {"counter = "},
        {"fetch_add", {"atomic"}},
        {"counter.value += 1", {"python-default", "raw", "get-lock"}},
        {"def increment"},
        {"processes = "},
        {"process.start()"},
        {"process.join()"},
        {"Counter value"},
    };
    spec.children = {{}, "worker-", "workers"};
    spec.runFacts = {"expected", "final", "lost", "ledger_lost", "erasing_stores"};
    spec.summarise = summary;
    return spec;
}

} // namespace proclab
