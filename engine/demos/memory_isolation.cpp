// Each process has its own memory: a global changed in the child is unchanged in the parent,
// while a Value in shared memory is one copy for all. The global here is a real C++ global of
// the real processes; the fork copies it (copy-on-write), the spawn starts from a fresh one.
#include "demo_spec.h"

#include "runtime/entries.h"
#include "runtime/entry_args.h"
#include "runtime/process.h"
#include "runtime/shared_value.h"
#include "trace/analysis.h"

#include <nlohmann/json.hpp>

#include <string>

namespace proclab {
namespace {

int64_t gCounter = 0; // the "plain global"

// What the child is given: the shared Value and the snippet lines it runs.
struct ChildArgs {
    uint64_t shared; // arena offset
    int globalLine;  // counter += 100
    int sharedLine;  // shared.value += 100
    int printLine;
};

int child(Context& self, const LaneSlot& slot) {
    const auto in = entryArgs<ChildArgs>(slot);
    auto* shared = self.arena().at<SharedCounter>(in.shared);
    self.at(in.globalLine);
    gCounter += 100;
    self.reach(in.sharedLine);
    shared->value.fetch_add(100);
    self.at(in.printLine);
    self.result(ResultKey::ChildGlobal, gCounter);
    self.print("child:  counter = " + std::to_string(gCounter) +
               ", shared = " + std::to_string(shared->read()));
    return 0;
}

int mainProcess(Context& self, const DemoRun& run) {
    Arena& arena = self.arena();
    self.reach(run.line("shared = multiprocessing.Value"));
    SharedCounter* shared = &arena.make<SharedCounter>();
    const std::vector<int64_t> args =
        packEntryArgs(ChildArgs{arena.offsetOf(shared), run.line("counter += 100"),
                                run.line("shared.value += 100"), run.line("child: ")});
    self.at(run.line("p = multiprocessing.Process"));
    Process p(self, {"child",
                     "child",
                     "memory-isolation.child",
                     args,
                     {},
                     run.variant == "spawn" ? StartMethod::Spawn : StartMethod::Fork});
    self.at(run.line("p.start()"));
    if (auto ec = p.start()) {
        self.print("error: could not start the child: " + ec.message());
        return 1;
    }
    self.at(run.line("p.join()"));
    p.join();
    self.at(run.line("parent: "));
    self.result(ResultKey::ParentGlobal, gCounter);
    self.result(ResultKey::SharedValue, shared->read());
    self.print("parent: counter = " + std::to_string(gCounter) +
               ", shared = " + std::to_string(shared->read()));
    return 0;
}

void registerEntries() {
    registerEntry("memory-isolation.child", child);
}

int64_t firstResult(const Trace& trace, ResultKey key) {
    const auto res = results(trace);
    const auto it = res.find(key);
    return it == res.end() || it->second.empty() ? 0 : it->second.front();
}

nlohmann::json summary(const Trace& trace, const std::string&) {
    return {{"child_global", firstResult(trace, ResultKey::ChildGlobal)},
            {"parent_global", firstResult(trace, ResultKey::ParentGlobal)},
            {"shared", firstResult(trace, ResultKey::SharedValue)}};
}

} // namespace

DemoSpec memoryIsolationDemo() {
    DemoSpec spec{"memory-isolation",
                  "Separate memory",
                  "A global changed in the child stays unchanged in the parent; a shared Value "
                  "does not.",
                  {{"fork", "the child starts as a copy of the parent", "memory_isolation.fork"},
                   {"spawn", "the child starts as a fresh program", "memory_isolation.spawn"}},
                  {},
                  mainProcess,
                  registerEntries,
                  nullptr};
    spec.needles = {
        {"shared = multiprocessing.Value"},
        {"counter += 100"},
        {"shared.value += 100"},
        {"child: "},
        {"p = multiprocessing.Process"},
        {"p.start()"},
        {"p.join()"},
        {"parent: "},
    };
    spec.children = {{"child"}};
    spec.runFacts = {"child_counter", "parent_counter", "shared_value"};
    spec.summarise = summary;
    return spec;
}

} // namespace proclab
