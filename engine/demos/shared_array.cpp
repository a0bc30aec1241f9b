// Array('d', n) written by several processes, with and without a lock.
#include "demo_spec.h"

#include "runtime/barrier.h"
#include "runtime/entries.h"
#include "runtime/entry_args.h"
#include "runtime/process.h"
#include "runtime/shared_value.h"
#include "summary_parts.h"

#include <cstdio>
#include <string>

namespace proclab {
namespace {

// What each process is given.
struct AddOneArgs {
    uint64_t array; // arena offsets
    uint64_t barrier;
    int64_t iterations; // passes over the array
    bool withLock;
    int addLine; // the snippet's `arr[i] += 1`
    int64_t gapNs;
};

int addOne(Context& self, const LaneSlot& slot) {
    const auto in = entryArgs<AddOneArgs>(slot);
    auto* arr = self.arena().at<SharedDoubleArray>(in.array);
    auto* barrier = self.arena().at<SharedBarrier>(in.barrier);
    const bool withLock = in.withLock;
    barrier->wait(self, 0);
    self.at(in.addLine);
    for (int64_t k = 0; k < in.iterations; ++k) {
        if (withLock)
            arr->lock.acquire(self, 0);
        for (uint32_t i = 0; i < arr->length; ++i)
            arr->add(self, i, 1.0, LockMode::Raw, 0, in.gapNs); // under get_lock() or nothing
        if (withLock)
            arr->lock.release(self, 0);
    }
    return 0;
}

std::string pythonFloat(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

int mainProcess(Context& self, const DemoRun& run) {
    Arena& arena = self.arena();
    const auto length = static_cast<uint32_t>(run.param("length"));
    const int workers = static_cast<int>(run.param("workers"));
    self.reach(run.line("arr = "));
    auto* arr = &arena.makeSized<SharedDoubleArray>(SharedDoubleArray::bytesFor(length));
    arr->length = length;
    SharedBarrier& barrier = arena.make<SharedBarrier>();
    barrier.parties = static_cast<uint32_t>(workers);
    const std::vector<int64_t> args = packEntryArgs(
        AddOneArgs{arena.offsetOf(arr), arena.offsetOf(&barrier), run.param("iterations"),
                   run.variant == "get-lock", run.line("arr[i] += 1"), run.param("gap_ns")});
    std::vector<Process> processes;
    for (int i = 0; i < workers; ++i)
        processes.emplace_back(
            self,
            ProcessSpec{
                "worker-" + std::to_string(i + 1), "worker", "shared-array.add-one", args, {}});
    // Known before anything runs, so that a stopped run tells "not done" from "lost".
    self.result(ResultKey::CounterExpected,
                static_cast<int64_t>(workers) * run.param("iterations") * length);
    self.at(run.line("p.start()"));
    for (Process& p : processes)
        if (auto ec = p.start()) {
            self.print("error: could not start a process: " + ec.message());
            return 1;
        }
    self.at(run.line("p.join()"));
    for (Process& p : processes)
        p.join();
    self.at(run.line("print(list(arr))"));
    std::string text = "[";
    double sum = 0;
    for (uint32_t i = 0; i < length; ++i) {
        text += (i ? ", " : "") + pythonFloat(arr->get(i));
        sum += arr->get(i);
    }
    self.result(ResultKey::CounterFinal, static_cast<int64_t>(sum));
    self.print(text + "]");
    return 0;
}

std::string check(const DemoRun& run) {
    if (run.param("workers") * run.param("iterations") * run.param("length") > 2'000'000)
        return "workers x iterations x length is more than 2000000 element updates, whose "
               "recorded events would not fit in memory";
    return {};
}

void registerEntries() {
    registerEntry("shared-array.add-one", addOne);
}

int stepLanes(const DemoRun& run) {
    return static_cast<int>(run.param("workers")); // worker-1 .. worker-n are lanes 1 .. n
}

} // namespace

DemoSpec sharedArrayDemo() {
    DemoSpec spec{
        "shared-array",
        "Shared Array",
        "Several processes add 1 to every element of one shared array of doubles.",
        {{"get-lock", "with arr.get_lock(): exact", "shared_array.get_lock"},
         {"no-lock", "Array(..., lock=False): updates get lost", "shared_array.no_lock", true}},
        {{"workers", 4, 1, 16, "number of processes"},
         {"length", 5, 1, 1000, "array length"},
         {"iterations", 1000, 1, 1'000'000, "passes over the array per process"},
         {"gap_ns", 1000, 0, 100'000,
          "busy work between reading and writing an element (ns), standing for the bytecode "
          "CPython runs there; 0 = bare C++"}},
        mainProcess,
        registerEntries,
        check,
        stepLanes};
    spec.needles = {
        {"arr = "}, {"arr[i] += 1"}, {"p.start()"}, {"p.join()"}, {"print(list(arr))"},
    };
    spec.children = {{}, "worker-", "workers"};
    spec.runFacts = {"expected", "final", "lost", "elements_with_loss"};
    spec.summarise = [](const Trace& trace, const std::string& endedEarlyBy) {
        return counterSummary(trace, counterLedger(trace), endedEarlyBy);
    };
    return spec;
}

} // namespace proclab
