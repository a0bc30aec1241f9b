#include "run_facts.h"

#include "fact_vocabulary.h"
#include "trace/analysis.h"
#include "trace/wrapping_math.h"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>

namespace proclab::lessons {
namespace {

std::optional<int64_t> firstResult(const std::map<ResultKey, std::vector<int64_t>>& r,
                                   ResultKey key) {
    const auto it = r.find(key);
    if (it == r.end() || it->second.empty())
        return std::nullopt;
    return it->second.front();
}

// The steps a student (or `--steps`) gave a stepped run: one StepRelease per step carried out,
// on the lane stepped (main, lane 0, never holds). 0 steps for a run the OS scheduled.
void stepFacts(const Trace& trace, RunFacts& f) {
    int steps = 0;
    std::string order;
    for (size_t i = 0; i < trace.size(); ++i)
        if (trace.kind(i) == EventKind::StepRelease && trace.laneOf(i) >= 1) {
            ++steps;
            order += (order.empty() ? "" : " ") + std::to_string(trace.laneOf(i));
        }
    f["steps"] = FactValue::of(steps);
    if (steps > 0)
        f["step_order"] = FactValue::ofText(order);
}

void commonFacts(const Trace& trace, RunFacts& f) {
    f["duration_ms"] = FactValue::of(static_cast<double>(trace.duration()) / 1e6);
    f["cores"] = FactValue::of(static_cast<double>(std::max(1L, sysconf(_SC_NPROCESSORS_ONLN))));
    f["dropped"] = FactValue::of(static_cast<double>(trace.dropped));
    int processes = 0, crashed = 0;
    bool allExited = true;
    int64_t lastEnd = -1;
    int lastLane = -1;
    for (const LaneTimeline& l : laneTimelines(trace)) {
        const LaneInfo& info = trace.lanes[static_cast<size_t>(l.life.lane)];
        if (info.startMethod == StartMethod::Thread)
            continue; // the GIL demo's threads are lanes, not processes
        ++processes;
        if (!l.life.exited) {
            allExited = false;
            continue;
        }
        crashed += l.life.crashed() ? 1 : 0;
        f["exitcode[" + info.name + "]"] = FactValue::of(l.life.exitcode);
        const int64_t end = l.life.ended >= 0 ? l.life.ended : l.life.reaped;
        if (end >= lastEnd) {
            lastEnd = end;
            lastLane = l.life.lane;
        }
    }
    f["processes"] = FactValue::of(processes);
    f["crashed"] = FactValue::of(crashed);
    // A run that ends with every process reaped ran to its end; one stopped or timed out
    // leaves at least one without an exit record.
    f["stopped"] = FactValue::of(allExited && processes > 0 ? 0 : 1);
    if (lastLane >= 0)
        f["last_exit"] = FactValue::ofText(laneName(trace, lastLane));
    stepFacts(trace, f);
    const std::vector<ConsoleLine> lines = consoleLines(trace);
    f["output_lines"] = FactValue::of(static_cast<double>(lines.size()));
    if (!lines.empty())
        f["first_output"] = FactValue::ofText(laneName(trace, lines.front().lane));
}

void counterFacts(const Trace& trace, RunFacts& f) {
    const auto res = results(trace);
    std::optional<int64_t> expected = firstResult(res, ResultKey::CounterExpected);
    std::optional<int64_t> final = firstResult(res, ResultKey::CounterFinal);
    if (!expected || !final) { // no result reported (a run cut short): the ledger counts
        const CounterLedger ledger = counterLedger(trace);
        expected = expected.value_or(ledger.expected);
        final = final.value_or(ledger.final);
    }
    f["expected"] = FactValue::of(static_cast<double>(*expected));
    f["final"] = FactValue::of(static_cast<double>(*final));
    f["lost"] = FactValue::of(static_cast<double>(wrappingSub(*expected, *final)));
}

// One shared counter: the ledger of the stores that erased others' increments.
void ledgerFacts(const Trace& trace, RunFacts& f) {
    const CounterLedger ledger = counterLedger(trace);
    f["ledger_lost"] = FactValue::of(static_cast<double>(ledger.lost));
    f["erasing_stores"] = FactValue::of(static_cast<double>(ledger.entries.size()));
}

// A shared array: an element lost updates when its stores erased some (overwritten is not what
// that store's own load saw: written - 1).
void arrayLossFacts(const Trace& trace, RunFacts& f) {
    std::map<uint32_t, double> erasedPerElement;
    for (size_t i = 0; i < trace.size(); ++i)
        if (trace.kind(i) == EventKind::ArrayStore) {
            const Event e = trace.at(i);
            erasedPerElement[e.a] += arrayStoreErased(e);
        }
    int withLoss = 0;
    for (const auto& [index, erased] : erasedPerElement)
        withLoss += erased > 0.5 ? 1 : 0;
    f["elements_with_loss"] = FactValue::of(withLoss);
}

void queueFacts(const Trace& trace, RunFacts& f) {
    const QueueAnalysis q = analyseQueue(trace, 0);
    f["put"] = FactValue::of(q.put);
    f["got"] = FactValue::of(q.got);
    f["missed"] = FactValue::of(q.missed);
    f["fifo"] = FactValue::of(q.fifo ? 1 : 0);
    int maxDepth = 0;
    for (const DepthPoint& d : q.depth)
        maxDepth = std::max(maxDepth, d.depth);
    f["max_depth"] = FactValue::of(maxDepth);
    int blockedPuts = 0, emptyTrue = 0, joinTimedOut = 0;
    for (size_t i = 0; i < trace.size(); ++i) {
        const Event e = trace.at(i);
        if (e.kind == EventKind::QueueBlocked && !blockedInGet(e))
            ++blockedPuts;
        else if (e.kind == EventKind::QueueEmptyCheck && answeredTrue(e))
            ++emptyTrue;
        else if (e.kind == EventKind::JoinEnd && proclab::joinTimedOut(e))
            joinTimedOut = 1;
    }
    f["blocked_puts"] = FactValue::of(blockedPuts);
    f["empty_true"] = FactValue::of(emptyTrue);
    f["join_timed_out"] = FactValue::of(joinTimedOut);
}

std::string pythonList(const std::vector<int64_t>& values) {
    std::string s = "[";
    for (size_t i = 0; i < values.size(); ++i)
        s += (i ? ", " : "") + std::to_string(values[i]);
    return s + "]";
}

void poolFacts(const Trace& trace, RunFacts& f) {
    const PoolAnalysis pool = analysePool(trace, 0);
    const auto res = results(trace);
    const auto it = res.find(ResultKey::PoolResult);
    const std::vector<int64_t> returned = it == res.end() ? pool.results : it->second;
    f["result"] = FactValue::ofText(pythonList(returned));
    f["tasks"] = FactValue::of(static_cast<double>(pool.tasks.size()));
    f["chunks"] = FactValue::of(static_cast<double>(pool.chunks.size()));
    std::map<int, int> perWorker;
    bool inOrder = returned.size() == pool.tasks.size();
    for (size_t i = 0; i < pool.tasks.size(); ++i) {
        const PoolTask& t = pool.tasks[i];
        if (t.worker >= 0) {
            ++perWorker[t.worker];
            f["worker_of[" + std::to_string(t.index) + "]"] =
                FactValue::ofText(laneName(trace, t.worker));
        }
        if (inOrder && returned[i] != t.result)
            inOrder = false;
    }
    f["workers_used"] = FactValue::of(static_cast<double>(perWorker.size()));
    f["in_order"] = FactValue::of(inOrder ? 1 : 0);
}

void memoryFacts(const Trace& trace, RunFacts& f) {
    const auto res = results(trace);
    if (auto v = firstResult(res, ResultKey::ChildGlobal))
        f["child_counter"] = FactValue::of(static_cast<double>(*v));
    if (auto v = firstResult(res, ResultKey::ParentGlobal))
        f["parent_counter"] = FactValue::of(static_cast<double>(*v));
    if (auto v = firstResult(res, ResultKey::SharedValue))
        f["shared_value"] = FactValue::of(static_cast<double>(*v));
}

void gilFacts(const Trace& trace, RunFacts& f) {
    const GilAnalysis gil = analyseGil(trace);
    if (gil.threadsNs <= 0 || gil.processesNs <= 0)
        return; // a phase that did not finish has no time
    f["threads_ms"] = FactValue::of(static_cast<double>(gil.threadsNs) / 1e6);
    f["processes_ms"] = FactValue::of(static_cast<double>(gil.processesNs) / 1e6);
    f["speedup"] = FactValue::of(gil.speedup);
}

void basicsFacts(const Trace& trace, RunFacts& f) {
    double sum = 0;
    int n = 0;
    for (const LaneTimeline& l : laneTimelines(trace))
        if (l.life.lane != 0 && l.life.created >= 0 && l.life.started >= 0) {
            sum += static_cast<double>(l.life.started - l.life.created);
            ++n;
        }
    if (n > 0)
        f["start_latency_us"] = FactValue::of(sum / n / 1e3);
}

// The facts that are computed together, each run when the demo lists `fact` (its spec's
// runFacts); fact_vocabulary.cpp has their names and types.
struct FactGroup {
    std::string_view fact;
    void (*compute)(const Trace&, RunFacts&);
};
constexpr std::array kGroups = {
    FactGroup{"final", counterFacts},
    FactGroup{"ledger_lost", ledgerFacts},
    FactGroup{"elements_with_loss", arrayLossFacts},
    FactGroup{"put", queueFacts},
    FactGroup{"tasks", poolFacts},
    FactGroup{"child_counter", memoryFacts},
    FactGroup{"speedup", gilFacts},
    FactGroup{"start_latency_us", basicsFacts},
};

} // namespace

RunFacts runFacts(const Trace& trace) {
    RunFacts f;
    commonFacts(trace, f);
    for (const FactGroup& group : kGroups)
        if (factInfo(group.fact, trace.demo).forDemo)
            group.compute(trace, f);
    // The demo's spec lists its facts: one it does not list is not its fact, even if a group
    // computed it.
    std::erase_if(f, [&](const auto& fact) {
        const FactInfo info = factInfo(fact.first, trace.demo);
        return info.known && !info.forDemo;
    });
    return f;
}

double arrayStoreErased(const Event& store) {
    const auto written = std::bit_cast<double>(static_cast<uint64_t>(store.b));
    const auto overwritten = std::bit_cast<double>(static_cast<uint64_t>(store.c));
    return overwritten - (written - 1.0);
}

std::optional<FactValue> findFact(const RunFacts& facts, const std::string& name) {
    const auto it = facts.find(name);
    if (it == facts.end())
        return std::nullopt;
    return it->second;
}

} // namespace proclab::lessons
