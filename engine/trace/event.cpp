#include "event.h"

#include <array>

namespace proclab {
namespace {
constexpr std::array<std::string_view, static_cast<size_t>(EventKind::Count_)> kKindNames = {
    "process-created",
    "process-started",
    "process-ending",
    "process-exited",
    "join-begin",
    "join-end",
    "sleep-begin",
    "sleep-end",
    "queue-put",
    "queue-get",
    "queue-blocked",
    "queue-unblocked",
    "queue-empty-check",
    "lock-wait",
    "lock-acquired",
    "lock-released",
    "counter-load",
    "counter-store",
    "barrier-wait",
    "barrier-pass",
    "step-hold",
    "step-release",
    "pool-task-dispatched",
    "pool-task-started",
    "pool-task-finished",
    "pool-chunk-done",
    "array-store",
    "gil-wait",
    "gil-acquired",
    "gil-released",
    "phase-begin",
    "phase-end",
    "source-line",
    "console-output",
    "result",
    "queue-full-check",
    "recorder-wait-begin",
    "recorder-wait-end",
};
} // namespace

std::string_view eventKindName(EventKind kind) {
    const auto i = static_cast<size_t>(kind);
    return i < kKindNames.size() ? kKindNames[i] : std::string_view("unknown");
}

bool eventKindFromName(std::string_view name, EventKind& out) {
    for (size_t i = 0; i < kKindNames.size(); ++i) {
        if (kKindNames[i] == name) {
            out = static_cast<EventKind>(i);
            return true;
        }
    }
    return false;
}

std::string_view startMethodName(StartMethod m) {
    switch (m) {
    case StartMethod::Fork:
        return "fork";
    case StartMethod::Spawn:
        return "spawn";
    case StartMethod::Thread:
        return "thread";
    case StartMethod::Forkserver:
        return "forkserver";
    }
    return "unknown";
}

} // namespace proclab
