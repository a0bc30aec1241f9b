// What ends a run from outside the drain loop, and keeps the runner from outliving its caller:
// the parent's death (PR_SET_PDEATHSIG), the time-out and a stop request (SIGTERM/SIGINT).
// The time-out is a timer signal, not a check in the loop, so that it ends the demo even while
// the runner is blocked writing to a reader that stopped reading.
#pragma once

#include "io/engine_client.h" // checkTimeout
#include "runtime/arena.h"

#include <string>
#include <sys/types.h>

namespace proclab::guard {

// The runner dies (SIGKILL) when the process that started it dies, and exits at once if that
// already happened. The starter is $PROCLAB_PARENT_PID when set (engine_client sets it, which
// closes the window between its spawn and this call), else the parent seen now.
// Returns false when the starter is already gone.
bool dieWithParent();

enum class Stop { None, TimedOut, Requested };

// Installs the SIGTERM/SIGINT handler; call before forking the demo.
void installStopHandlers();
// From now on a stop or the time-out kills the demo's processes at once (from the signal
// handler); `timeoutSeconds` 0 arms no timer. While the main process lives only it is killed:
// see killDemoOrderly() in runner.cpp for why.
void armStop(Arena& arena, pid_t mainPid, double timeoutSeconds);
// The main process has been reaped: from now on a stop kills the remaining lanes directly.
void mainReaped();
Stop stopRequested();
// "timed out after 2.5 s"
std::string timedOutMessage(double seconds);

} // namespace proclab::guard
