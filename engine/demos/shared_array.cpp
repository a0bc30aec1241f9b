// Array('d', n) written by several processes, with and without a lock.
#include "demos.h"

#include "runtime/barrier.h"
#include "runtime/entries.h"
#include "runtime/process.h"
#include "runtime/shared_value.h"

#include <cstdio>
#include <new>
#include <string>

namespace proclab {
namespace {

int addOne(Context& self, const LaneSlot& slot) {
    auto* arr = self.arena().at<SharedDoubleArray>(static_cast<uint64_t>(slot.args[0]));
    auto* barrier = self.arena().at<SharedBarrier>(static_cast<uint64_t>(slot.args[1]));
    const bool withLock = slot.args[3] != 0;
    barrier->wait(self, 0);
    self.at(static_cast<int>(slot.args[4]));
    for (int64_t k = 0; k < slot.args[2]; ++k) {
        if (withLock)
            arr->lock.acquire(self, 0);
        for (uint32_t i = 0; i < arr->length; ++i)
            arr->add(self, i, 1.0, LockMode::Raw, 0,
                     slot.args[5]); // under get_lock() or under nothing
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
    const std::string& py = run.python;
    Arena& arena = self.arena();
    const auto length = static_cast<uint32_t>(run.param("length"));
    const int workers = static_cast<int>(run.param("workers"));
    self.reach(lineOf(py, "arr = "));
    const uint64_t arrOffset = arena.allocate(SharedDoubleArray::bytesFor(length));
    auto* arr = new (arena.at<void>(arrOffset)) SharedDoubleArray{};
    arr->length = length;
    const uint64_t barrierOffset = arena.allocate(sizeof(SharedBarrier));
    new (arena.at<void>(barrierOffset)) SharedBarrier{};
    arena.at<SharedBarrier>(barrierOffset)->parties = static_cast<uint32_t>(workers);
    const std::vector<int64_t> args = {
        static_cast<int64_t>(arrOffset), static_cast<int64_t>(barrierOffset),
        run.param("iterations"),         run.variant == "get-lock" ? 1 : 0,
        lineOf(py, "arr[i] += 1"),       run.param("gap_ns")};
    std::vector<Process> processes;
    for (int i = 0; i < workers; ++i)
        processes.emplace_back(
            self,
            ProcessSpec{
                "worker-" + std::to_string(i + 1), "worker", "shared-array.add-one", args, {}});
    // Known before anything runs, so that a stopped run tells "not done" from "lost".
    self.result(ResultKey::CounterExpected,
                static_cast<int64_t>(workers) * run.param("iterations") * length);
    self.at(lineOf(py, "p.start()"));
    for (Process& p : processes)
        if (auto ec = p.start()) {
            self.print("error: could not start a process: " + ec.message());
            return 1;
        }
    self.at(lineOf(py, "p.join()"));
    for (Process& p : processes)
        p.join();
    self.at(lineOf(py, "print(list(arr))"));
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
    return DemoSpec{
        "shared-array",
        "Shared Array",
        "Several processes add 1 to every element of one shared array of doubles.",
        {{"get-lock", "with arr.get_lock(): exact", "shared_array.get_lock"},
         {"no-lock", "Array(..., lock=False): updates get lost", "shared_array.no_lock"}},
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
}

} // namespace proclab
