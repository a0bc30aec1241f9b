#include "run_report.h"

#include "demos/catalog.h"
#include "demos/summary_parts.h"
#include "trace/analysis.h"
#include "trace/wrapping_math.h"

#include <algorithm>
#include <cstdio>

namespace proclab {
namespace {

// A traced Python script may use any of the primitives: the summary has a part for each one
// it used (the first counter, queue and pool), and always the exit codes.
nlohmann::json pythonSummary(const Trace& trace) {
    nlohmann::json j = {{"exitcodes", exitcodesSummary(trace)}};
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
    if (queue)
        j.update(queueSummary(trace));
    if (pool)
        j.update(poolSummary(trace, false));
    return j;
}

// Each demo's spec says what its summary holds; a traced script has a part per primitive.
nlohmann::json demoSummary(const Trace& trace, const std::string& endedEarlyBy) {
    if (trace.demo == kPythonTraceDemo)
        return pythonSummary(trace);
    if (const DemoSpec* spec = findDemo(trace.demo); spec && spec->summarise)
        return spec->summarise(trace, endedEarlyBy);
    return {{"exitcodes", exitcodesSummary(trace)}};
}

// "lost 0" on a run that could have lost updates was luck, and the report says so.
bool racyRun(const Trace& trace) {
    if (trace.demo == kPythonTraceDemo)
        return true;
    const DemoSpec* spec = findDemo(trace.demo);
    const VariantSpec* variant = spec ? spec->variant(trace.variant) : nullptr;
    return variant && variant->racy;
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
        if (s["lost"].get<int64_t>() == 0 && racyRun(trace))
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
