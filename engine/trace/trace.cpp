#include "trace.h"

#include <algorithm>
#include <numeric>

namespace proclab {

Event Trace::at(size_t i) const {
    return Event{t_[i], lane_[i], static_cast<EventKind>(kind_[i]), object_[i], line_[i], a_[i],
                 b_[i], c_[i]};
}

void Trace::pushBack(const Event& e) {
    t_.push_back(e.t);
    lane_.push_back(static_cast<uint8_t>(e.lane));
    kind_.push_back(static_cast<uint8_t>(e.kind));
    object_.push_back(static_cast<uint8_t>(e.object));
    line_.push_back(static_cast<uint8_t>(e.line));
    a_.push_back(e.a);
    b_.push_back(e.b);
    c_.push_back(e.c);
}

void Trace::append(std::span<const Event> events) {
    if (events.empty())
        return;
    const size_t oldSize = size();
    bool sorted = true;
    int64_t last = oldSize ? t_.back() : INT64_MIN;
    for (const Event& e : events) {
        sorted = sorted && e.t >= last;
        last = std::max(last, e.t);
        pushBack(e);
    }
    if (!sorted) {
        // Only the events newer than the smallest new time can be out of place.
        int64_t minNew = INT64_MAX;
        for (const Event& e : events)
            minNew = std::min(minNew, e.t);
        const size_t from = static_cast<size_t>(
            std::upper_bound(t_.begin(), t_.begin() + static_cast<ptrdiff_t>(oldSize), minNew) -
            t_.begin());
        sortTailFrom(from);
    }
}

void Trace::appendRecords(std::span<const EventRecord> records) {
    std::vector<Event> events;
    events.reserve(records.size());
    for (const EventRecord& r : records) {
        events.push_back(Event{static_cast<int64_t>(r.t_ns - t0), r.lane,
                               static_cast<EventKind>(r.kind), r.object, r.line, r.a, r.b, r.c});
    }
    append(events);
}

void Trace::sortTailFrom(size_t from) {
    const size_t n = size() - from;
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), from);
    std::stable_sort(order.begin(), order.end(),
                     [this](size_t x, size_t y) { return t_[x] < t_[y]; });
    auto permute = [&](auto& column) {
        using Column = std::remove_reference_t<decltype(column)>;
        Column tail(n);
        for (size_t i = 0; i < n; ++i)
            tail[i] = column[order[i]];
        std::copy(tail.begin(), tail.end(), column.begin() + static_cast<ptrdiff_t>(from));
    };
    permute(t_);
    permute(lane_);
    permute(kind_);
    permute(object_);
    permute(line_);
    permute(a_);
    permute(b_);
    permute(c_);
}

size_t Trace::firstIndex(int64_t t) const {
    return static_cast<size_t>(std::lower_bound(t_.begin(), t_.end(), t) - t_.begin());
}

size_t Trace::indexAfter(int64_t t) const {
    return static_cast<size_t>(std::upper_bound(t_.begin(), t_.end(), t) - t_.begin());
}

const std::string& Trace::text(int64_t id) const {
    static const std::string kNone;
    return id >= 0 && static_cast<size_t>(id) < texts.size() ? texts[static_cast<size_t>(id)]
                                                             : kNone;
}

int Trace::addText(std::string s) {
    texts.push_back(std::move(s));
    return static_cast<int>(texts.size() - 1);
}

LaneInfo& Trace::lane(int n) {
    while (static_cast<int>(lanes.size()) <= n) {
        LaneInfo info;
        info.lane = static_cast<int>(lanes.size());
        lanes.push_back(info);
    }
    return lanes[static_cast<size_t>(n)];
}

void Trace::reserve(size_t n) {
    t_.reserve(n);
    lane_.reserve(n);
    kind_.reserve(n);
    object_.reserve(n);
    line_.reserve(n);
    a_.reserve(n);
    b_.reserve(n);
    c_.reserve(n);
}

bool Trace::assignColumns(TraceColumns&& c) {
    const size_t n = c.t.size();
    if (c.lane.size() != n || c.kind.size() != n || c.object.size() != n || c.line.size() != n ||
        c.a.size() != n || c.b.size() != n || c.c.size() != n)
        return false;
    if (!std::is_sorted(c.t.begin(), c.t.end()))
        return false;
    t_ = std::move(c.t);
    lane_ = std::move(c.lane);
    kind_ = std::move(c.kind);
    object_ = std::move(c.object);
    line_ = std::move(c.line);
    a_ = std::move(c.a);
    b_ = std::move(c.b);
    c_ = std::move(c.c);
    return true;
}

void Trace::clear() {
    *this = Trace();
}

std::string laneName(const Trace& trace, int lane) {
    if (lane >= 0 && lane < trace.laneCount() &&
        !trace.lanes[static_cast<size_t>(lane)].name.empty())
        return trace.lanes[static_cast<size_t>(lane)].name;
    return "lane-" + std::to_string(lane);
}

} // namespace proclab
