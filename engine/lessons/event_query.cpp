#include "event_query.h"

#include "fact_vocabulary.h"
#include "run_facts.h"
#include "trace/analysis.h"
#include "trace/counter_ledger.h"
#include "trace/wrapping_math.h"

#include <array>
#include <functional>

namespace proclab::lessons {
namespace {

constexpr std::array<std::string_view, 12> kNamed = {
    "first-lost-update", "largest-lost-update", "first-empty-true", "first-put",
    "first-get",         "first-blocked-put",   "join-timeout",     "first-crash",
    "first-output",      "last-output",         "first-task",       "run-end"};

int laneByName(const Trace& trace, std::string_view name) {
    for (const LaneInfo& l : trace.lanes)
        if (l.name == name)
            return l.lane;
    return -1;
}

std::optional<EventHit> firstEvent(const Trace& trace,
                                   const std::function<bool(const Event&)>& match) {
    for (size_t i = 0; i < trace.size(); ++i) {
        const Event e = trace.at(i);
        if (match(e))
            return EventHit{e.t, e.lane};
    }
    return std::nullopt;
}

// Lost updates on the counter (the ledger) or, for the shared array, stores whose overwritten
// value is not what their own load saw.
std::optional<EventHit> lostUpdate(const Trace& trace, bool largest) {
    const CounterLedger ledger = counterLedger(trace);
    const LedgerReader reader(trace, ledger);
    std::optional<EventHit> best;
    int64_t bestErased = 0;
    for (size_t k = 0; k < reader.entryCount(); ++k) {
        const LostUpdate u = reader.entry(k);
        if (u.erased() <= 0)
            continue;
        if (!largest)
            return EventHit{u.storeTime, u.lane};
        if (u.erased() > bestErased) {
            best = EventHit{u.storeTime, u.lane};
            bestErased = u.erased();
        }
    }
    if (best)
        return best;
    for (size_t i = 0; i < trace.size(); ++i)
        if (trace.kind(i) == EventKind::ArrayStore) {
            const Event e = trace.at(i);
            const double erased = arrayStoreErased(e);
            if (erased > 0.5 && !largest)
                return EventHit{e.t, e.lane};
            if (erased > static_cast<double>(bestErased) + 0.5) {
                best = EventHit{e.t, e.lane};
                bestErased = saturatingRound(erased); // any double on a damaged trace
            }
        }
    return best;
}

std::optional<EventHit> lifeEvent(const Trace& trace, std::string_view name, bool start) {
    const int lane = laneByName(trace, name);
    if (lane < 0)
        return std::nullopt;
    const Lifetime life = laneTimelines(trace)[static_cast<size_t>(lane)].life;
    const int64_t t = start ? (life.started >= 0 ? life.started : life.created)
                            : (life.ended >= 0 ? life.ended : life.reaped);
    if (t < 0)
        return std::nullopt;
    return EventHit{t, lane};
}

} // namespace

bool isKnownEventQuery(std::string_view query) {
    for (std::string_view n : kNamed)
        if (query == n)
            return true;
    for (std::string_view prefix : {std::string_view("exit:"), std::string_view("start:")})
        if (query.substr(0, prefix.size()) == prefix)
            return isProcessName(query.substr(prefix.size()));
    return false;
}

std::optional<EventHit> resolveEventQuery(const Trace& trace, std::string_view q) {
    using K = EventKind;
    if (q == "first-lost-update" || q == "largest-lost-update")
        return lostUpdate(trace, q == "largest-lost-update");
    if (q == "first-empty-true")
        return firstEvent(trace,
                          [](const Event& e) { return e.kind == K::QueueEmptyCheck && e.b == 1; });
    if (q == "first-put")
        return firstEvent(trace, [](const Event& e) { return e.kind == K::QueuePut; });
    if (q == "first-get")
        return firstEvent(trace, [](const Event& e) { return e.kind == K::QueueGet; });
    if (q == "first-blocked-put")
        return firstEvent(trace,
                          [](const Event& e) { return e.kind == K::QueueBlocked && e.a == 0; });
    if (q == "join-timeout")
        return firstEvent(trace, [](const Event& e) { return e.kind == K::JoinEnd && e.c == 1; });
    if (q == "first-crash")
        return firstEvent(trace,
                          [](const Event& e) { return e.kind == K::ProcessExited && e.b < 0; });
    if (q == "first-task")
        return firstEvent(trace, [](const Event& e) { return e.kind == K::PoolTaskStarted; });
    if (q == "first-output" || q == "last-output") {
        const std::vector<ConsoleLine> lines = consoleLines(trace);
        if (lines.empty())
            return std::nullopt;
        const ConsoleLine& l = q == "first-output" ? lines.front() : lines.back();
        return EventHit{l.t, l.lane};
    }
    if (q == "run-end") // when the demo ended, as the time axis ends (not the runner's last record)
        return trace.empty() ? std::nullopt
                             : std::optional(EventHit{demoEnd(trace, laneTimelines(trace)), -1});
    if (q.substr(0, 5) == "exit:")
        return lifeEvent(trace, q.substr(5), false);
    if (q.substr(0, 6) == "start:")
        return lifeEvent(trace, q.substr(6), true);
    return std::nullopt;
}

} // namespace proclab::lessons
