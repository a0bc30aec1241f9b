#include "run_report.h"

#include "trace/analysis.h"
#include "trace/lane_name.h"
#include "trace/wrapping_math.h"

#include <algorithm>
#include <cstdio>

namespace proclab {
namespace {

int64_t firstResult(const std::map<ResultKey, std::vector<int64_t>>& r, ResultKey key,
                    int64_t fallback) {
    const auto it = r.find(key);
    return it == r.end() || it->second.empty() ? fallback : it->second.front();
}

nlohmann::json exitcodes(const Trace& trace) {
    nlohmann::json codes = nlohmann::json::object();
    for (const LaneTimeline& l : laneTimelines(trace))
        if (l.life.lane != 0 && l.life.exited)
            codes[laneName(trace, l.life.lane)] = l.life.exitcode;
    return codes;
}

// A traced Python script may use any of the primitives: the summary has a part for each one
// it used (the first counter, queue and pool), and always the exit codes.
nlohmann::json pythonSummary(const Trace& trace) {
    nlohmann::json j = {{"exitcodes", exitcodes(trace)}};
    bool counter = false, queue = false, pool = false;
    for (size_t i = 0; i < trace.size(); ++i) {
        const EventKind k = trace.kind(i);
        counter = counter || k == EventKind::CounterStore;
        queue = queue || k == EventKind::QueuePut;
        pool = pool || k == EventKind::PoolTaskStarted;
    }
    if (counter) {
        const CounterLedger ledger = counterLedger(trace);
        j.update({{"expected", ledger.expected},
                  {"final", ledger.final},
                  {"lost", wrappingSub(ledger.expected, ledger.final)},
                  {"ledger_lost", ledger.lost},
                  {"erasing_stores", ledger.entries.size()}});
    }
    if (queue) {
        const QueueAnalysis q = analyseQueue(trace, 0);
        j.update({{"put", q.put}, {"got", q.got}, {"missed", q.missed}, {"fifo", q.fifo}});
    }
    if (pool) {
        const PoolAnalysis p = analysePool(trace, 0);
        nlohmann::json tasks = nlohmann::json::array();
        for (const PoolTask& t : p.tasks)
            tasks.push_back(
                {{"index", t.index}, {"worker", laneName(trace, t.worker)}, {"chunk", t.chunk}});
        j.update({{"result", p.results}, {"tasks", tasks}, {"chunks", p.chunks.size()}});
    }
    return j;
}

nlohmann::json demoSummary(const Trace& trace, const std::string& endedEarlyBy) {
    if (trace.demo == "python")
        return pythonSummary(trace);
    const auto res = results(trace);
    if (trace.demo == "counter-race" || trace.demo == "shared-array") {
        const CounterLedger ledger = counterLedger(trace);
        const int64_t expected = firstResult(res, ResultKey::CounterExpected, ledger.expected);
        const int64_t final = firstResult(res, ResultKey::CounterFinal, ledger.final);
        // Increments a stopped run never ran are not lost: lost counts only what was done
        // and then overwritten.
        const int64_t notDone = ledger.finalReported ? 0 : ledger.notDone;
        nlohmann::json j = {{"expected", expected},
                            {"final", final},
                            {"lost", wrappingSub(wrappingSub(expected, notDone), final)},
                            {"not_done", notDone}};
        if (!endedEarlyBy.empty()) {
            // Planned, done (stores made) and the last value written: all known exactly. Lost
            // is not: increments killed between their LOAD and STORE are neither done nor lost.
            j = {{"expected", expected},
                 {"done", ledger.increments},
                 {"final", final},
                 {"not_done", std::max<int64_t>(0, wrappingSub(expected, ledger.increments))},
                 {"exact", false},
                 {"ended_early_by", endedEarlyBy}};
            return j;
        }
        if (!ledger.finalReported || trace.dropped > 0)
            j["exact"] = false; // final is the last value recorded, not one the demo read
        if (trace.demo == "counter-race") {
            j["ledger_lost"] = ledger.lost; // Σ (overwritten - loaded): equals lost exactly
            j["erasing_stores"] = ledger.entries.size();
        }
        return j;
    }
    if (trace.demo == "producer-consumer") {
        const QueueAnalysis q = analyseQueue(trace, 0);
        return {{"put", q.put}, {"got", q.got}, {"missed", q.missed}, {"fifo", q.fifo}};
    }
    if (trace.demo == "pool-square") {
        const PoolAnalysis pool = analysePool(trace, 0);
        nlohmann::json tasks = nlohmann::json::array();
        for (const PoolTask& t : pool.tasks)
            tasks.push_back(
                {{"index", t.index}, {"worker", laneName(trace, t.worker)}, {"chunk", t.chunk}});
        const auto it = res.find(ResultKey::PoolResult);
        return {{"result", it == res.end() ? pool.results : it->second},
                {"tasks", tasks},
                {"chunks", pool.chunks.size()}};
    }
    if (trace.demo == "memory-isolation") {
        return {{"child_global", firstResult(res, ResultKey::ChildGlobal, 0)},
                {"parent_global", firstResult(res, ResultKey::ParentGlobal, 0)},
                {"shared", firstResult(res, ResultKey::SharedValue, 0)}};
    }
    if (trace.demo == "gil-vs-processes") {
        const GilAnalysis gil = analyseGil(trace);
        return {{"threads_s", static_cast<double>(gil.threadsNs) / 1e9},
                {"processes_s", static_cast<double>(gil.processesNs) / 1e9},
                {"speedup", gil.speedup}};
    }
    nlohmann::json codes = nlohmann::json::object();
    for (const LaneTimeline& l : laneTimelines(trace))
        if (l.life.lane != 0 && l.life.exited)
            codes[laneName(trace, l.life.lane)] = l.life.exitcode;
    return {{"exitcodes", codes}};
}

std::string formatNs(int64_t ns) {
    char buf[32];
    if (ns < 0)
        return "-";
    if (ns < 1'000'000)
        std::snprintf(buf, sizeof buf, "%.1f us", static_cast<double>(ns) / 1e3);
    else if (ns < 10'000'000'000)
        std::snprintf(buf, sizeof buf, "%.2f ms", static_cast<double>(ns) / 1e6);
    else
        std::snprintf(buf, sizeof buf, "%.2f s", static_cast<double>(ns) / 1e9);
    return buf;
}

std::string exitText(const Lifetime& life) {
    if (!life.exited)
        return "running";
    if (life.stopped)
        return std::to_string(life.exitcode) + " (stopped)";
    if (life.exitcode < 0)
        return std::to_string(life.exitcode) + (life.exitcode == -11  ? " (SIGSEGV)"
                                                : life.exitcode == -9 ? " (SIGKILL)"
                                                                      : " (signal)");
    return std::to_string(life.exitcode);
}

} // namespace

nlohmann::json runJson(const Trace& trace, const std::string& endedEarlyBy) {
    nlohmann::json output = nlohmann::json::array();
    for (const ConsoleLine& line : consoleLines(trace))
        output.push_back(
            {{"process", laneName(trace, line.lane)}, {"t_ns", line.t}, {"text", line.text}});
    nlohmann::json processes = nlohmann::json::array();
    for (const LaneTimeline& l : laneTimelines(trace)) {
        const LaneInfo& info = trace.lanes[static_cast<size_t>(l.life.lane)];
        processes.push_back(
            {{"name", info.name},
             {"pid", info.pid},
             {"start_ns", l.life.started >= 0 ? l.life.started : l.life.created},
             {"end_ns", l.life.ended},
             {"exitcode", l.life.exited ? nlohmann::json(l.life.exitcode) : nlohmann::json()},
             {"start_method", std::string(startMethodName(info.startMethod))}});
    }
    return {{"demo", trace.demo},
            {"variant", trace.variant},
            {"params", trace.params},
            {"output", output},
            {"processes", processes},
            {"summary", demoSummary(trace, endedEarlyBy)},
            {"events", {{"recorded", trace.size()}, {"dropped", trace.dropped}}},
            {"stopped", stoppedByRunner(trace)}};
}

std::string outputText(const Trace& trace) {
    std::string out;
    for (const ConsoleLine& line : consoleLines(trace))
        out += line.text + "\n";
    return out;
}

std::string summaryText(const Trace& trace, const std::string& endedEarlyBy) {
    std::string out = "--- " + trace.demo + " (" + trace.variant + ") ---\n";
    char row[256];
    std::snprintf(row, sizeof row, "%-14s %8s %7s %12s %12s  %s\n", "process", "pid", "method",
                  "start", "end", "exitcode");
    out += row;
    for (const LaneTimeline& l : laneTimelines(trace)) {
        const LaneInfo& info = trace.lanes[static_cast<size_t>(l.life.lane)];
        std::snprintf(row, sizeof row, "%-14s %8lld %7s %12s %12s  %s\n", info.name.c_str(),
                      static_cast<long long>(info.pid),
                      std::string(startMethodName(info.startMethod)).c_str(),
                      formatNs(l.life.started >= 0 ? l.life.started : l.life.created).c_str(),
                      formatNs(l.life.ended).c_str(), exitText(l.life).c_str());
        out += row;
    }
    const nlohmann::json s = demoSummary(trace, endedEarlyBy);
    if (s.contains("ended_early_by")) {
        out += "planned " + std::to_string(s["expected"].get<int64_t>()) + " increments, " +
               std::to_string(s["done"].get<int64_t>()) + " done, last value written " +
               std::to_string(s["final"].get<int64_t>()) + "\n(cut short by " + endedEarlyBy +
               ": every process was ended there, so this is no final result and no lost "
               "count)\n";
    } else if (s.contains("expected")) {
        out += "expected " + std::to_string(s["expected"].get<int64_t>()) + ", final " +
               std::to_string(s["final"].get<int64_t>()) + ", lost " +
               std::to_string(s["lost"].get<int64_t>());
        if (const int64_t notDone = s.value("not_done", int64_t{0}); notDone > 0)
            out += ", not done " + std::to_string(notDone);
        out += "\n";
        if (s.contains("exact"))
            out += "(the run was cut short: final is the last value recorded, so lost is "
                   "approximate)\n";
        if (s["lost"].get<int64_t>() == 0 &&
            (trace.demo == "python" || trace.variant == "raw" ||
             trace.variant == "python-default" || trace.variant == "no-lock"))
            out += "(no update was lost this time: a race is a matter of chance; run it again, or "
                   "with more iterations)\n";
    } else if (s.contains("put")) {
        out += "put " + std::to_string(s["put"].get<int>()) + ", got " +
               std::to_string(s["got"].get<int>()) + ", missed " +
               std::to_string(s["missed"].get<int>()) + ", FIFO " +
               (s["fifo"].get<bool>() ? "yes" : "no") + "\n";
    } else if (s.contains("result")) {
        out += "result " + s["result"].dump() + " in " + std::to_string(s["chunks"].get<size_t>()) +
               " chunk(s)\n";
    } else if (s.contains("speedup")) {
        std::snprintf(row, sizeof row, "threads %.2f s, processes %.2f s, speedup %.2fx\n",
                      s["threads_s"].get<double>(), s["processes_s"].get<double>(),
                      s["speedup"].get<double>());
        out += row;
    }
    out += "events: " + std::to_string(trace.size()) + " recorded, " +
           std::to_string(trace.dropped) + " dropped\n";
    if (stoppedByRunner(trace))
        out += "the run was stopped before the demo finished\n";
    return out;
}

} // namespace proclab
