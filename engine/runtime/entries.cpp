#include "entries.h"

#include <exception>
#include <map>
#include <string>
#include <unistd.h>

namespace proclab {
namespace {
std::map<std::string, EntryFn, std::less<>>& registry() {
    static std::map<std::string, EntryFn, std::less<>> entries;
    return entries;
}
} // namespace

void registerEntry(std::string_view name, EntryFn fn) {
    registry()[std::string(name)] = fn;
}

EntryFn findEntry(std::string_view name) {
    const auto it = registry().find(name);
    return it == registry().end() ? nullptr : it->second;
}

std::vector<std::string> entryNames() {
    std::vector<std::string> names;
    for (const auto& [name, fn] : registry())
        names.push_back(name);
    return names;
}

int callEntryCatching(Context& self, std::string_view what, const std::function<int()>& body) {
    try {
        return body();
    } catch (const std::exception& e) {
        try {
            self.print("error: uncaught exception in " + std::string(what) + ": " + e.what());
        } catch (...) {
        }
    } catch (...) {
        try {
            self.print("error: uncaught exception in " + std::string(what));
        } catch (...) {
        }
    }
    return 1;
}

void runChildAndExit(Arena& arena, int lane) {
    // The pid first: a process killed while it sets up (its ring is faulted in next) must
    // still be found by pid when the runner reaps it.
    LaneSlot& slot = arena.lane(lane);
    const int pid = static_cast<int>(getpid());
    slot.pid.store(pid, std::memory_order_release);
    Context self(arena, lane);
    // Our creation, if the parent has not recorded it yet: stepped and stopped runs can end
    // the parent between its fork() and its record, and every lane must say where it began.
    if (slot.createdClaimed.exchange(1, std::memory_order_acq_rel) == 0) {
        self.at(slot.createdLine);
        self.recordAt(slot.createdNs, lane, EventKind::ProcessCreated, 0,
                      static_cast<uint32_t>(slot.parent), pid, slot.startMethod);
        self.at(0);
    }
    self.record(EventKind::ProcessStarted, 0, 0, pid);
    const EntryFn fn = findEntry(slot.entry);
    int code = 1; // like an uncaught exception in Python
    if (fn)
        code = callEntryCatching(self, slot.entry, [&] { return fn(self, slot); });
    else
        self.print(std::string("error: no entry point named ") + slot.entry);
    self.record(EventKind::ProcessEnding, 0, 0, code);
    _exit(code & 0xff);
}

} // namespace proclab
