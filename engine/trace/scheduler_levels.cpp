#include "scheduler_levels.h"

#include "analysis.h"

namespace proclab {
namespace {

bool hasResult(const Trace& trace, ResultKey key, int64_t& value) {
    for (size_t i = trace.size(); i-- > 0;) {
        if (trace.kind(i) != EventKind::Result)
            continue;
        const Event e = trace.at(i);
        if (e.a == static_cast<uint32_t>(key)) {
            value = e.b;
            return true;
        }
    }
    return false;
}

int laneNamed(const Trace& trace, const std::string& name) {
    for (const LaneInfo& l : trace.lanes)
        if (l.name == name)
            return l.lane;
    return -1;
}

// The consumer ended before the producer put its last item.
bool consumerQuitEarly(const Trace& trace) {
    const int consumer = laneNamed(trace, "consumer");
    const int producer = laneNamed(trace, "producer");
    if (consumer < 0 || producer < 0)
        return false;
    int64_t consumerEnd = -1;
    int puts = 0, putsAfter = 0;
    for (size_t i = 0; i < trace.size(); ++i) {
        const Event e = trace.at(i);
        // Its own last act, not its reaping: main reaps it only after joining the producer.
        if ((e.kind == EventKind::ProcessEnding || e.kind == EventKind::ProcessExited) &&
            e.lane == consumer && consumerEnd < 0)
            consumerEnd = e.t;
        if (e.kind == EventKind::QueuePut && e.lane == producer) {
            ++puts;
            if (consumerEnd >= 0)
                ++putsAfter;
        }
    }
    const auto items = trace.params.find("items");
    const bool producerHasMore =
        items != trace.params.end() && puts < items->second; // still to put
    return consumerEnd >= 0 && (putsAfter > 0 || producerHasMore);
}

// main's join(timeout) gave up while the queue was full: the producer was stuck in put(), not
// merely held by the scheduler before it.
bool joinGaveUpOnFullQueue(const Trace& trace) {
    const auto maxsize = trace.params.find("maxsize");
    if (maxsize == trace.params.end())
        return false;
    int64_t depth = 0;
    for (size_t i = 0; i < trace.size(); ++i) {
        const Event e = trace.at(i);
        if (e.kind == EventKind::QueuePut)
            ++depth;
        else if (e.kind == EventKind::QueueGet)
            --depth;
        else if (e.kind == EventKind::JoinEnd && e.c == 1)
            return depth >= maxsize->second;
    }
    return false;
}

// Updates were lost on exactly one element of the Array, `target` of them.
bool lostOnOneElement(const Trace& trace, int64_t target) {
    int hit = 0;
    for (const ArrayElement& e : analyseArray(trace).elements) {
        if (e.lost == target)
            ++hit;
        else if (e.lost != 0)
            return false;
    }
    return hit == 1;
}

} // namespace

const std::vector<SchedulerLevel>& schedulerLevels() {
    static const std::vector<SchedulerLevel> levels = {
        {"one-lost",
         "counter-race",
         "raw",
         {{"workers", "2"}, {"iterations", "1"}, {"gap_ns", "0"}},
         LevelGoal::FinalCounter,
         1},
        {"lowest",
         "counter-race",
         "raw",
         {{"workers", "2"}, {"iterations", "10"}, {"gap_ns", "0"}},
         LevelGoal::FinalCounter,
         2},
        {"lose-three",
         "counter-race",
         "python-default",
         {{"workers", "2"}, {"iterations", "5"}, {"gap_ns", "0"}},
         LevelGoal::LoseExactly,
         3},
        {"get-lock",
         "counter-race",
         "get-lock",
         {{"workers", "2"}, {"iterations", "3"}, {"gap_ns", "0"}},
         LevelGoal::LoseAnyLocked,
         1},
        {"empty-pitfall",
         "producer-consumer",
         "empty-pitfall",
         {{"items", "5"}, {"produce_us", "0"}},
         LevelGoal::ConsumerQuitsEarly,
         0},
        {"deadlock",
         "producer-consumer",
         "deadlock",
         {{"items", "4"}, {"maxsize", "2"}, {"join_timeout_ms", "1500"}},
         LevelGoal::ProducerDeadlock,
         0},
        {"array-one-lost",
         "shared-array",
         "no-lock",
         {{"workers", "2"}, {"length", "2"}, {"iterations", "1"}, {"gap_ns", "0"}},
         LevelGoal::ArrayOneElement,
         1},
        {"shared-array",
         "shared-array",
         "no-lock",
         {{"workers", "2"}, {"length", "2"}, {"iterations", "1"}, {"gap_ns", "0"}},
         LevelGoal::None,
         0},
        {"sentinel",
         "producer-consumer",
         "sentinel",
         {{"items", "3"}, {"produce_us", "0"}},
         LevelGoal::None,
         0},
    };
    return levels;
}

const SchedulerLevel* findSchedulerLevel(const std::string& id) {
    for (const SchedulerLevel& l : schedulerLevels())
        if (l.id == id)
            return &l;
    return nullptr;
}

LevelOutcome levelOutcome(const SchedulerLevel& level, const Trace& trace, bool runEnded) {
    int64_t final = 0;
    switch (level.goal) {
    case LevelGoal::None:
        return LevelOutcome::Playing;
    case LevelGoal::FinalCounter:
        if (!hasResult(trace, ResultKey::CounterFinal, final))
            return runEnded ? LevelOutcome::Missed : LevelOutcome::Playing;
        return final == level.target ? LevelOutcome::Won : LevelOutcome::Missed;
    case LevelGoal::LoseExactly: {
        if (!hasResult(trace, ResultKey::CounterFinal, final))
            return runEnded ? LevelOutcome::Missed : LevelOutcome::Playing;
        const CounterLedger ledger = counterLedger(trace);
        return ledger.lost == level.target ? LevelOutcome::Won : LevelOutcome::Missed;
    }
    case LevelGoal::LoseAnyLocked: {
        if (!hasResult(trace, ResultKey::CounterFinal, final))
            return runEnded ? LevelOutcome::Missed : LevelOutcome::Playing;
        const CounterLedger ledger = counterLedger(trace);
        return ledger.lost > 0 ? LevelOutcome::Won : LevelOutcome::Explained;
    }
    case LevelGoal::ConsumerQuitsEarly:
        if (consumerQuitEarly(trace))
            return LevelOutcome::Won;
        return runEnded ? LevelOutcome::Missed : LevelOutcome::Playing;
    case LevelGoal::ProducerDeadlock:
        if (joinGaveUpOnFullQueue(trace))
            return LevelOutcome::Won;
        return runEnded ? LevelOutcome::Missed : LevelOutcome::Playing;
    case LevelGoal::ArrayOneElement:
        // Decided on the demo's own final print: until then another store may still lose more.
        if (!hasResult(trace, ResultKey::CounterFinal, final))
            return runEnded ? LevelOutcome::Missed : LevelOutcome::Playing;
        return lostOnOneElement(trace, level.target) ? LevelOutcome::Won : LevelOutcome::Missed;
    }
    return LevelOutcome::Playing;
}

} // namespace proclab
