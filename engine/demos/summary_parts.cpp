#include "summary_parts.h"

#include "trace/analysis.h"
#include "trace/wrapping_math.h"

#include <algorithm>

namespace proclab {
namespace {

int64_t firstResult(const std::map<ResultKey, std::vector<int64_t>>& r, ResultKey key,
                    int64_t fallback) {
    const auto it = r.find(key);
    return it == r.end() || it->second.empty() ? fallback : it->second.front();
}

} // namespace

nlohmann::json exitcodesSummary(const Trace& trace) {
    nlohmann::json codes = nlohmann::json::object();
    for (const LaneTimeline& l : laneTimelines(trace))
        if (l.life.lane != 0 && l.life.exited)
            codes[laneName(trace, l.life.lane)] = l.life.exitcode;
    return codes;
}

nlohmann::json counterSummary(const Trace& trace, const CounterLedger& ledger,
                              const std::string& endedEarlyBy) {
    const auto res = results(trace);
    const int64_t expected = firstResult(res, ResultKey::CounterExpected, ledger.expected);
    const int64_t final = firstResult(res, ResultKey::CounterFinal, ledger.final);
    if (!endedEarlyBy.empty()) {
        // Planned, done (stores made) and the last value written: all known exactly. Lost
        // is not: increments killed between their LOAD and STORE are neither done nor lost.
        return {{"expected", expected},
                {"done", ledger.increments},
                {"final", final},
                {"not_done", std::max<int64_t>(0, wrappingSub(expected, ledger.increments))},
                {"exact", false},
                {"ended_early_by", endedEarlyBy}};
    }
    // Increments a stopped run never ran are not lost: lost counts only what was done
    // and then overwritten.
    const int64_t notDone = ledger.finalReported ? 0 : ledger.notDone;
    nlohmann::json j = {{"expected", expected},
                        {"final", final},
                        {"lost", wrappingSub(wrappingSub(expected, notDone), final)},
                        {"not_done", notDone}};
    if (!ledger.finalReported || trace.dropped > 0)
        j["exact"] = false; // final is the last value recorded, not one the demo read
    return j;
}

nlohmann::json queueSummary(const Trace& trace) {
    const QueueAnalysis q = analyseQueue(trace, 0);
    return {{"put", q.put}, {"got", q.got}, {"missed", q.missed}, {"fifo", q.fifo}};
}

nlohmann::json poolSummary(const Trace& trace, bool returned) {
    const PoolAnalysis pool = analysePool(trace, 0);
    nlohmann::json tasks = nlohmann::json::array();
    for (const PoolTask& t : pool.tasks)
        tasks.push_back(
            {{"index", t.index}, {"worker", laneName(trace, t.worker)}, {"chunk", t.chunk}});
    const auto res = results(trace);
    const auto it = res.find(ResultKey::PoolResult);
    return {{"result", !returned || it == res.end() ? pool.results : it->second},
            {"tasks", tasks},
            {"chunks", pool.chunks.size()}};
}

} // namespace proclab
