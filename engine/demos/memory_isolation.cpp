// Each process has its own memory: a global changed in the child is unchanged in the parent,
// while a Value in shared memory is one copy for all. The global here is a real C++ global of
// the real processes; the fork copies it (copy-on-write), the spawn starts from a fresh one.
#include "demos.h"

#include "runtime/entries.h"
#include "runtime/process.h"
#include "runtime/shared_value.h"

#include <new>
#include <string>

namespace proclab {
namespace {

int64_t gCounter = 0; // the "plain global"

int child(Context& self, const LaneSlot& slot) {
    auto* shared = self.arena().at<SharedCounter>(static_cast<uint64_t>(slot.args[0]));
    self.at(static_cast<int>(slot.args[1]));
    gCounter += 100;
    self.reach(static_cast<int>(slot.args[2]));
    shared->value.fetch_add(100);
    self.at(static_cast<int>(slot.args[3]));
    self.result(ResultKey::ChildGlobal, gCounter);
    self.print("child:  counter = " + std::to_string(gCounter) +
               ", shared = " + std::to_string(shared->read()));
    return 0;
}

int mainProcess(Context& self, const DemoRun& run) {
    const std::string& py = run.python;
    Arena& arena = self.arena();
    self.reach(lineOf(py, "shared = multiprocessing.Value"));
    const uint64_t sharedOffset = arena.allocate(sizeof(SharedCounter));
    auto* shared = new (arena.at<void>(sharedOffset)) SharedCounter{};
    const std::vector<int64_t> args = {static_cast<int64_t>(sharedOffset),
                                       lineOf(py, "counter += 100"),
                                       lineOf(py, "shared.value += 100"), lineOf(py, "child: ")};
    self.at(lineOf(py, "p = multiprocessing.Process"));
    Process p(self, {"child",
                     "child",
                     "memory-isolation.child",
                     args,
                     {},
                     run.variant == "spawn" ? StartMethod::Spawn : StartMethod::Fork});
    self.at(lineOf(py, "p.start()"));
    if (auto ec = p.start()) {
        self.print("error: could not start the child: " + ec.message());
        return 1;
    }
    self.at(lineOf(py, "p.join()"));
    p.join();
    self.at(lineOf(py, "parent: "));
    self.result(ResultKey::ParentGlobal, gCounter);
    self.result(ResultKey::SharedValue, shared->read());
    self.print("parent: counter = " + std::to_string(gCounter) +
               ", shared = " + std::to_string(shared->read()));
    return 0;
}

void registerEntries() {
    registerEntry("memory-isolation.child", child);
}

} // namespace

DemoSpec memoryIsolationDemo() {
    return DemoSpec{"memory-isolation",
                    "Separate memory",
                    "A global changed in the child stays unchanged in the parent; a shared Value "
                    "does not.",
                    {{"fork", "the child starts as a copy of the parent", "memory_isolation.fork"},
                     {"spawn", "the child starts as a fresh program", "memory_isolation.spawn"}},
                    {},
                    mainProcess,
                    registerEntries,
                    nullptr};
}

} // namespace proclab
