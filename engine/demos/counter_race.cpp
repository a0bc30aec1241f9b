// Seed demo 4: Value('i', 0) incremented by several processes at once. The racers wait at a
// start barrier so they really overlap (a fork takes far longer than a thousand increments).
#include "demos.h"

#include "runtime/barrier.h"
#include "runtime/entries.h"
#include "runtime/process.h"
#include "runtime/shared_value.h"

#include <new>
#include <string>

namespace proclab {
namespace {

constexpr int kCounterObject = 0;
constexpr int kBarrierObject = 0;
// Recording is lossless (a full ring makes its writer wait), so the bound is the
// parameters' own: 16 processes x 1,000,000 increments.
constexpr int64_t kMaxTotalIncrements = 16'000'000;

int increment(Context& self, const LaneSlot& slot) {
    Arena& arena = self.arena();
    auto* counter = arena.at<SharedCounter>(static_cast<uint64_t>(slot.args[0]));
    auto* barrier = arena.at<SharedBarrier>(static_cast<uint64_t>(slot.args[1]));
    const int64_t iterations = slot.args[2];
    const auto mode = static_cast<LockMode>(slot.args[3]);
    self.at(static_cast<int>(slot.args[4]));
    barrier->wait(self, kBarrierObject);
    self.at(static_cast<int>(slot.args[5]));
    for (int64_t i = 0; i < iterations; ++i)
        counter->increment(self, mode, kCounterObject, slot.args[6]);
    return 0;
}

int mainProcess(Context& self, const DemoRun& run) {
    const std::string& py = run.python;
    Arena& arena = self.arena();
    LockMode mode = LockMode::PythonDefault;
    lockModeFromName(run.variant, mode);
    const int workers = static_cast<int>(run.param("workers"));
    const int64_t iterations = run.param("iterations");

    self.reach(lineOf(py, "counter = "));
    const uint64_t counterOffset = arena.allocate(sizeof(SharedCounter));
    const uint64_t barrierOffset = arena.allocate(sizeof(SharedBarrier));
    auto* counter = new (arena.at<void>(counterOffset)) SharedCounter{};
    auto* barrier = new (arena.at<void>(barrierOffset)) SharedBarrier{};
    barrier->parties = static_cast<uint32_t>(workers);

    const int incrementLine =
        lineOf(py, mode == LockMode::Atomic ? "fetch_add" : "counter.value += 1");
    const std::vector<int64_t> args = {static_cast<int64_t>(counterOffset),
                                       static_cast<int64_t>(barrierOffset),
                                       iterations,
                                       static_cast<int64_t>(mode),
                                       lineOf(py, "def increment"),
                                       incrementLine,
                                       run.param("gap_ns")};
    self.at(lineOf(py, "processes = "));
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
    self.at(lineOf(py, "process.start()"));
    for (Process& p : processes) {
        if (auto ec = p.start()) {
            self.print("error: could not start a process: " + ec.message());
            return 1;
        }
    }
    self.at(lineOf(py, "process.join()"));
    for (Process& p : processes)
        p.join();

    self.at(lineOf(py, "Counter value"));
    const int64_t final = counter->read();
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

} // namespace

DemoSpec counterRaceDemo() {
    return DemoSpec{
        "counter-race",
        "Shared Value: the lost update",
        "Several processes add 1 to one shared counter; without a lock around the whole "
        "read-add-write, increments get lost.",
        {{"python-default", "Value('i', 0): each read and each write locked on its own",
          "counter_race.python_default"},
         {"raw", "Value('i', 0, lock=False): no lock at all", "counter_race.raw"},
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
}

} // namespace proclab
