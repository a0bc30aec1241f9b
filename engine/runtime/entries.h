// The functions a child process can run, by name. A forked child calls the function directly;
// a spawned one (a fresh proclab-engine) finds it by the name written in its lane slot, the
// way Python's spawn method re-imports the target by its qualified name.
#pragma once

#include "context.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace proclab {

// The child's body: reads its arguments from its lane slot, returns its exit code.
using EntryFn = int (*)(Context& self, const LaneSlot& slot);

void registerEntry(std::string_view name, EntryFn fn);
EntryFn findEntry(std::string_view name);
std::vector<std::string> entryNames();

// Runs a child's body and returns its exit code. An exception that escapes the body must not
// unwind into the code that forked the child (in a forked child that is the parent's demo
// code): it is reported on the child's console, like Python's traceback, and gives exit code
// 1, as an uncaught exception does in Python.
int callEntryCatching(Context& self, std::string_view what, const std::function<int()>& body);

// Runs the entry named in the lane's slot and ends the process with its exit code: the last
// thing a child does. Never returns.
[[noreturn]] void runChildAndExit(Arena& arena, int lane);

} // namespace proclab
