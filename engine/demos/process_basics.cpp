// Seed demo 1: two Process(target=worker) started, sleeping, joined.
#include "demos.h"

#include "runtime/entries.h"
#include "runtime/process.h"

#include <csignal>
#include <string>

namespace proclab {
namespace {

// The address of nothing, hidden from the optimiser so that the crash is a real SIGSEGV
// from a real read, not a trap instruction the compiler put there.
volatile uintptr_t gNowhere = 0;

int worker(Context& self, const LaneSlot& slot) {
    const std::string name = slot.textArg;
    const int64_t sleepNs = slot.args[0] * 1'000'000;
    const bool crashB = slot.args[1] != 0;
    self.at(static_cast<int>(slot.args[2]));
    self.print("Worker " + name + " is starting");
    self.at(static_cast<int>(slot.args[3]));
    self.sleepNs(sleepNs);
    if (crashB && name == "B") {
        self.at(static_cast<int>(slot.args[5]));
        self.reach(static_cast<int>(slot.args[5]));
        signal(SIGSEGV, SIG_DFL); // a sanitizer's handler would turn the signal into exit(1)
        return *reinterpret_cast<volatile int*>(gNowhere);
    }
    self.at(static_cast<int>(slot.args[4]));
    self.print("Worker " + name + " is done");
    return 0;
}

int mainProcess(Context& self, const DemoRun& run) {
    const std::string& py = run.python;
    const StartMethod method = run.variant == "spawn" ? StartMethod::Spawn : StartMethod::Fork;
    const bool crash = run.variant == "crash";
    const std::vector<int64_t> args = {
        run.param("sleep_ms"),    crash ? 1 : 0,         lineOf(py, "is starting"),
        lineOf(py, "time.sleep"), lineOf(py, "is done"), lineOf(py, "ctypes.string_at(0)")};
    self.reach(lineOf(py, "process1 = "));
    Process process1(self, {"worker-A", "worker", "process-basics.worker", args, "A", method});
    self.at(lineOf(py, "process2 = "));
    Process process2(self, {"worker-B", "worker", "process-basics.worker", args, "B", method});

    self.at(lineOf(py, "process1.start()"));
    if (auto ec = process1.start()) {
        self.print("error: could not start process1: " + ec.message());
        return 1;
    }
    self.at(lineOf(py, "process2.start()"));
    if (auto ec = process2.start()) {
        self.print("error: could not start process2: " + ec.message());
        return 1;
    }
    self.at(lineOf(py, "process1.join()"));
    process1.join();
    self.at(lineOf(py, "process2.join()"));
    process2.join();

    if (crash) {
        self.at(lineOf(py, "Exit codes"));
        self.print("Exit codes: A=" + std::to_string(process1.exitcode().value_or(0)) +
                   ", B=" + std::to_string(process2.exitcode().value_or(0)));
    } else {
        self.at(lineOf(py, "Both processes are done"));
        self.print("Both processes are done");
    }
    return 0;
}

void registerEntries() {
    registerEntry("process-basics.worker", worker);
}

} // namespace

DemoSpec processBasicsDemo() {
    return DemoSpec{
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
}

} // namespace proclab
