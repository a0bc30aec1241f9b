// GIL demo: who holds the interpreter lock when, and the threads-vs-processes speedup.
#include "analysis.h"

#include <algorithm>
#include <optional>

namespace proclab {

GilAnalysis analyseGil(const Trace& trace) {
    GilAnalysis g;
    std::vector<int64_t> heldSince(256, -1);
    std::optional<int64_t> threadsBegin, processesBegin;
    std::optional<int64_t> elapsedThreads, elapsedProcesses;

    for (size_t i = 0; i < trace.size(); ++i) {
        const EventKind kind = trace.kind(i);
        switch (kind) {
        case EventKind::GilAcquired: {
            heldSince[static_cast<size_t>(trace.laneOf(i))] = trace.time(i);
            break;
        }
        case EventKind::GilReleased: {
            int64_t& since = heldSince[static_cast<size_t>(trace.laneOf(i))];
            if (since >= 0)
                g.holding.push_back(
                    StateInterval{trace.laneOf(i), LaneState::Running, since, trace.time(i), 0});
            since = -1;
            break;
        }
        case EventKind::PhaseBegin:
        case EventKind::PhaseEnd: {
            const Event e = trace.at(i);
            const std::string& name = trace.text(e.b);
            const bool threads = name == "threads";
            if (!threads && name != "processes")
                break; // another named stretch; not part of the comparison
            std::optional<int64_t>& begin = threads ? threadsBegin : processesBegin;
            if (kind == EventKind::PhaseBegin)
                begin = e.t;
            else if (begin)
                (threads ? g.threadsNs : g.processesNs) = e.t - *begin;
            break;
        }
        case EventKind::Result: {
            const Event e = trace.at(i);
            if (e.a != static_cast<uint32_t>(ResultKey::ElapsedNs))
                break;
            (e.c == 0 ? elapsedThreads : elapsedProcesses) = e.b;
            break;
        }
        default:
            break;
        }
    }
    // A thread still holding the lock at the end holds it to the end.
    for (size_t lane = 0; lane < heldSince.size(); ++lane) {
        if (heldSince[lane] >= 0)
            g.holding.push_back(StateInterval{static_cast<int>(lane), LaneState::Running,
                                              heldSince[lane], trace.duration(), 0});
    }
    std::stable_sort(
        g.holding.begin(), g.holding.end(),
        [](const StateInterval& x, const StateInterval& y) { return x.begin < y.begin; });
    // The demo's own measurement, when it reported one, is more precise than the phase marks.
    if (elapsedThreads)
        g.threadsNs = *elapsedThreads;
    if (elapsedProcesses)
        g.processesNs = *elapsedProcesses;
    g.speedup = g.processesNs > 0
                    ? static_cast<double>(g.threadsNs) / static_cast<double>(g.processesNs)
                    : 0.0;
    return g;
}

} // namespace proclab
