// Console lines, the code panel's current line per lane, and the demo's reported results.
#include "analysis.h"

#include <algorithm>

namespace proclab {

std::vector<ConsoleLine> consoleLines(const Trace& trace) {
    std::vector<ConsoleLine> lines;
    for (size_t i = 0; i < trace.size(); ++i) {
        if (trace.kind(i) != EventKind::ConsoleOutput)
            continue;
        const Event e = trace.at(i);
        lines.push_back(ConsoleLine{e.lane, e.t, trace.text(e.b)});
    }
    return lines;
}

int currentLine(const Trace& trace, int lane, int64_t t) {
    // Walk back from t over this lane's events: the first one met that carries a line wins,
    // unless the lane's end (or its creation, i.e. it had not started) is met first. The walk
    // is short in practice: demos mark lines often.
    for (size_t i = trace.indexAfter(t); i-- > 0;) {
        if (trace.laneOf(i) != lane)
            continue;
        const EventKind kind = trace.kind(i);
        if (kind == EventKind::ProcessEnding || kind == EventKind::ProcessExited)
            return 0;
        const Event e = trace.at(i);
        if (e.line != 0)
            return e.line;
        if (kind == EventKind::ProcessCreated || kind == EventKind::ProcessStarted)
            return 0;
    }
    return 0;
}

namespace {
// The line an event sets for its lane, or -1 when it leaves the current line unchanged.
// Mirrors the walk in currentLine(trace, ...): a line wins over the start, the end wins over
// a line.
int lineSetBy(EventKind kind, int line) {
    if (kind == EventKind::ProcessEnding || kind == EventKind::ProcessExited)
        return 0;
    if (line != 0)
        return line;
    if (kind == EventKind::ProcessCreated || kind == EventKind::ProcessStarted)
        return 0;
    return -1;
}
} // namespace

LineIndex buildLineIndex(const Trace& trace) {
    LineIndex index;
    index.lanes.resize(trace.lanes.size());
    for (size_t i = 0; i < trace.size(); ++i) {
        const auto lane = static_cast<size_t>(trace.laneOf(i));
        if (lane >= index.lanes.size())
            continue;
        const int line = lineSetBy(trace.kind(i), trace.at(i).line);
        if (line < 0)
            continue;
        auto& marks = index.lanes[lane];
        const int64_t t = trace.time(i);
        if (!marks.empty() && marks.back().t == t)
            marks.back().line = line; // the later event at the same instant wins
        else if (marks.empty() || marks.back().line != line)
            marks.push_back(LineIndex::Mark{t, line});
    }
    return index;
}

int currentLine(const LineIndex& index, int lane, int64_t t) {
    if (lane < 0 || static_cast<size_t>(lane) >= index.lanes.size())
        return 0;
    const auto& marks = index.lanes[static_cast<size_t>(lane)];
    const auto after =
        std::upper_bound(marks.begin(), marks.end(), t,
                         [](int64_t time, const LineIndex::Mark& mark) { return time < mark.t; });
    return after == marks.begin() ? 0 : std::prev(after)->line;
}

std::map<ResultKey, std::vector<int64_t>> results(const Trace& trace) {
    // Collected with their list positions (c), then put in list order.
    std::map<ResultKey, std::vector<std::pair<int64_t, int64_t>>> byKey;
    for (size_t i = 0; i < trace.size(); ++i) {
        if (trace.kind(i) != EventKind::Result)
            continue;
        const Event e = trace.at(i);
        byKey[static_cast<ResultKey>(e.a)].emplace_back(e.c, e.b);
    }
    std::map<ResultKey, std::vector<int64_t>> out;
    for (auto& [key, values] : byKey) {
        std::stable_sort(values.begin(), values.end(),
                         [](const auto& x, const auto& y) { return x.first < y.first; });
        std::vector<int64_t>& list = out[key];
        list.reserve(values.size());
        for (const auto& [position, value] : values)
            list.push_back(value);
    }
    return out;
}

} // namespace proclab
