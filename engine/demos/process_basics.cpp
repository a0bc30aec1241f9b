// Seed demo 1: two Process(target=worker) started, sleeping, joined.
#include "demo_spec.h"

#include "runtime/entries.h"
#include "runtime/entry_args.h"
#include "runtime/process.h"
#include "summary_parts.h"

#include <csignal>
#include <string>

namespace proclab {
namespace {

// The address of nothing, hidden from the optimiser so that the crash is a real SIGSEGV
// from a real read, not a trap instruction the compiler put there.
volatile uintptr_t gNowhere = 0;

// What both workers are given (each its name in the slot's text argument).
struct WorkerArgs {
    int64_t sleepMs;
    bool crashB; // worker B dies of SIGSEGV
    int startingLine, sleepLine, doneLine, crashLine;
};

int worker(Context& self, const LaneSlot& slot) {
    const auto in = entryArgs<WorkerArgs>(slot);
    const std::string name = slot.textArg;
    const int64_t sleepNs = in.sleepMs * 1'000'000;
    self.at(in.startingLine);
    self.print("Worker " + name + " is starting");
    self.at(in.sleepLine);
    self.sleepNs(sleepNs);
    if (in.crashB && name == "B") {
        self.at(in.crashLine);
        self.reach(in.crashLine);
        signal(SIGSEGV, SIG_DFL); // a sanitizer's handler would turn the signal into exit(1)
        return *reinterpret_cast<volatile int*>(gNowhere);
    }
    self.at(in.doneLine);
    self.print("Worker " + name + " is done");
    return 0;
}

int mainProcess(Context& self, const DemoRun& run) {
    const StartMethod method = run.variant == "spawn" ? StartMethod::Spawn : StartMethod::Fork;
    const bool crash = run.variant == "crash";
    const std::vector<int64_t> args = packEntryArgs(
        WorkerArgs{run.param("sleep_ms"), crash, run.line("is starting"), run.line("time.sleep"),
                   run.line("is done"), run.line("ctypes.string_at(0)")});
    self.reach(run.line("process1 = "));
    Process process1(self, {"worker-A", "worker", "process-basics.worker", args, "A", method});
    self.at(run.line("process2 = "));
    Process process2(self, {"worker-B", "worker", "process-basics.worker", args, "B", method});

    self.at(run.line("process1.start()"));
    if (auto ec = process1.start()) {
        self.print("error: could not start process1: " + ec.message());
        return 1;
    }
    self.at(run.line("process2.start()"));
    if (auto ec = process2.start()) {
        self.print("error: could not start process2: " + ec.message());
        return 1;
    }
    self.at(run.line("process1.join()"));
    process1.join();
    self.at(run.line("process2.join()"));
    process2.join();

    if (crash) {
        self.at(run.line("Exit codes"));
        self.print("Exit codes: A=" + std::to_string(process1.exitcode().value_or(0)) +
                   ", B=" + std::to_string(process2.exitcode().value_or(0)));
    } else {
        self.at(run.line("Both processes are done"));
        self.print("Both processes are done");
    }
    return 0;
}

void registerEntries() {
    registerEntry("process-basics.worker", worker);
}

nlohmann::json summary(const Trace& trace, const std::string&) {
    return {{"exitcodes", exitcodesSummary(trace)}};
}

} // namespace

DemoSpec processBasicsDemo() {
    DemoSpec spec{
        "process-basics",
        "Process: start and join",
        "Two worker processes start, sleep, and are joined by the main process.",
        {{"fork", "start method fork: the child is a copy of the parent", "process_basics.fork"},
         {"spawn", "start method spawn: a fresh program that maps the shared arena",
          "process_basics.spawn"},
         {"crash", "worker B dies of SIGSEGV; its exitcode is -11", "process_basics.crash"}},
        {{"sleep_ms", 2000, 0, 60000, "how long each worker sleeps (ms)"}},
        mainProcess,
        registerEntries,
        nullptr};
    spec.needles = {
        {"is starting"},
        {"time.sleep"},
        {"is done"},
        {"ctypes.string_at(0)", {"crash"}},
        {"process1 = "},
        {"process2 = "},
        {"process1.start()"},
        {"process2.start()"},
        {"process1.join()"},
        {"process2.join()"},
        {"Exit codes", {"crash"}},
        {"Both processes are done", {"fork", "spawn"}},
    };
    spec.children = {{"worker-A", "worker-B"}};
    spec.runFacts = {"start_latency_us"};
    spec.summarise = summary;
    return spec;
}

} // namespace proclab
