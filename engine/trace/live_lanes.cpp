// LiveLanes: laneTimelines() one event at a time. The state builder below is the one of
// analysis_lanes.cpp (a stack of open waiting states, an interval per change of its top), with
// its output written straight into the lanes the views read.
#include "live_lanes.h"

#include "lane_edges.h"

#include <algorithm>

namespace proclab {

bool LiveLanes::learn(const Trace& trace, size_t i, Lane& lane) {
    Facts& f = lane.facts;
    const EventKind kind = trace.kind(i);
    const int64_t t = trace.time(i);
    const bool ownSeenBefore = f.firstOwnEvent >= 0;
    if (f.firstEvent < 0)
        f.firstEvent = t;
    if (f.firstOwnEvent < 0 && !isRecordedByOthers(kind))
        f.firstOwnEvent = t;
    switch (kind) {
    case EventKind::ProcessCreated:
        if (f.life.created < 0) {
            // The lane began at an earlier event: laneTimelines() would begin it here.
            if (lane.building)
                return false;
            f.life.created = t;
        }
        break;
    case EventKind::ProcessStarted:
        if (f.life.started < 0) {
            // Fine only for the usual order: created (Starting pushed), then started, before
            // any other event of the lane's own.
            if (lane.building && !(lane.beganAtCreation && t > f.life.created && !ownSeenBefore))
                return false;
            f.life.started = t;
        }
        break;
    case EventKind::ProcessEnding:
        if (f.endingTime < 0) {
            // The lane's end was taken from its reaping; events after that were skipped.
            if (f.life.exited && lane.building)
                return false;
            f.endingTime = t;
        }
        break;
    case EventKind::ProcessExited:
        if (!f.life.exited) {
            f.life.exited = true;
            f.life.reaped = t;
            f.life.exitcode = static_cast<int>(trace.bColumn()[i]);
            f.life.stopped = trace.cColumn()[i] != 0 && trace.bColumn()[i] < 0;
        }
        break;
    default:
        break;
    }
    return true;
}

std::pair<LaneState, int> LiveLanes::top(const Lane& lane) const {
    return lane.stack.empty() ? std::pair(LaneState::Running, 0) : lane.stack.back();
}

void LiveLanes::startBuilding(Lane& lane) {
    const Facts& f = lane.facts;
    lane.building = true;
    lane.beganAtCreation = f.life.created >= 0;
    lane.begin = f.life.created >= 0   ? f.life.created
                 : f.life.started >= 0 ? f.life.started
                                       : f.firstEvent;
    lane.openSince = lane.begin;
    if (f.life.created >= 0 && (f.life.started < 0 || f.life.started > f.life.created))
        lane.stack.emplace_back(LaneState::Starting, 0);
}

void LiveLanes::emit(size_t laneIndex, int64_t t, std::pair<LaneState, int> s) {
    Lane& lane = lanes_[laneIndex];
    const int64_t ended = lane.facts.ended();
    const int64_t end = ended >= 0 ? std::min(t, ended) : t;
    if (end <= lane.openSince)
        return;
    auto& out = out_[laneIndex].states;
    if (!out.empty() && out.back().state == s.first && out.back().object == s.second &&
        out.back().end == lane.openSince) {
        out.back().end = end;
        return;
    }
    out.push_back(
        StateInterval{static_cast<int>(laneIndex), s.first, lane.openSince, end, s.second});
}

void LiveLanes::changed(size_t laneIndex, int64_t t, std::pair<LaneState, int> before) {
    Lane& lane = lanes_[laneIndex];
    if (top(lane) == before)
        return;
    emit(laneIndex, t, before);
    lane.openSince = t;
}

void LiveLanes::process(const Trace& trace, size_t i, size_t laneIndex) {
    Lane& lane = lanes_[laneIndex];
    if (!lane.building)
        startBuilding(lane);
    const int64_t t = trace.time(i);
    const int64_t ended = lane.facts.ended();
    if (t < lane.begin || (ended >= 0 && t > ended))
        return;
    const EventKind kind = trace.kind(i);
    const bool startsRunning = kind == EventKind::ProcessStarted ||
                               (lane.facts.life.started < 0 && t == lane.facts.firstOwnEvent);
    const auto close = [&](LaneState s) {
        const auto before = top(lane);
        for (size_t k = lane.stack.size(); k-- > 0;) {
            if (lane.stack[k].first == s) {
                lane.stack.erase(lane.stack.begin() + static_cast<ptrdiff_t>(k));
                break;
            }
        }
        changed(laneIndex, t, before);
    };
    if (startsRunning)
        close(LaneState::Starting);
    const StateChange edge = stateEdge(kind);
    if (edge.opens) {
        const auto before = top(lane);
        const int object = kind == EventKind::JoinBegin ? static_cast<int>(trace.aColumn()[i])
                                                        : trace.objectColumn()[i];
        lane.stack.emplace_back(edge.state, object);
        changed(laneIndex, t, before);
    } else if (edge.closes) {
        close(edge.state);
    }
}

bool LiveLanes::consume(const Trace& trace, size_t end) {
    unpresent();
    const size_t named = trace.lanes.size();
    if (ignoredLane_ >= 0 && static_cast<size_t>(ignoredLane_) < named)
        return false; // events were skipped for a lane the trace names now
    if (lanes_.size() < named) {
        const size_t before = out_.size();
        lanes_.resize(named);
        out_.resize(named);
        for (size_t l = before; l < named; ++l)
            out_[l].life.lane = static_cast<int>(l);
    }
    end = std::min(end, trace.size());
    for (size_t i = consumed_; i < end; ++i) {
        const auto l = static_cast<size_t>(trace.laneOf(i));
        if (l >= named) {
            ignoredLane_ = std::max(ignoredLane_, static_cast<int>(l));
            continue;
        }
        if (!learn(trace, i, lanes_[l]))
            return false;
        process(trace, i, l);
        consumed_ = i + 1;
    }
    consumed_ = std::max(consumed_, end);
    return true;
}

void LiveLanes::rebuild(const Trace& trace, size_t end) {
    presented_ = false;
    const size_t named = trace.lanes.size();
    lanes_.assign(named, Lane{});
    out_.assign(named, LaneTimeline{});
    for (size_t l = 0; l < named; ++l)
        out_[l].life.lane = static_cast<int>(l);
    ignoredLane_ = -1;
    end = std::min(end, trace.size());
    // Every fact of the events first, as laneTimelines() scans them, then the states.
    for (size_t i = 0; i < end; ++i) {
        const auto l = static_cast<size_t>(trace.laneOf(i));
        if (l >= named)
            ignoredLane_ = std::max(ignoredLane_, static_cast<int>(l));
        else
            learn(trace, i, lanes_[l]); // nothing is built yet: never refuses
    }
    for (size_t i = 0; i < end; ++i) {
        const auto l = static_cast<size_t>(trace.laneOf(i));
        if (l < named)
            process(trace, i, l);
    }
    consumed_ = end;
}

void LiveLanes::unpresent() {
    if (!presented_)
        return;
    for (size_t l = 0; l < lanes_.size(); ++l) {
        Lane& lane = lanes_[l];
        auto& out = out_[l].states;
        if (lane.presentedExtra)
            out.pop_back();
        else if (lane.presentedOldEnd >= 0)
            out.back().end = lane.presentedOldEnd;
        lane.presentedExtra = false;
        lane.presentedOldEnd = -1;
    }
    presented_ = false;
}

const std::vector<LaneTimeline>& LiveLanes::present(const Trace& trace, int64_t now) {
    unpresent();
    const int64_t openEnd = std::max(trace.duration(), now);
    bool anyStopped = false;
    for (const Lane& lane : lanes_)
        anyStopped = anyStopped || lane.facts.life.stopped;
    for (size_t l = 0; l < lanes_.size(); ++l) {
        Lane& lane = lanes_[l];
        Lifetime life = lane.facts.life;
        life.lane = static_cast<int>(l);
        life.ended = lane.facts.ended();
        // A parent may reap a child the runner killed before the runner kills the parent.
        if (anyStopped && life.exited && life.exitcode == -9)
            life.stopped = true;
        out_[l].life = life;
        if (!lane.building)
            continue;
        // The open state, to the lane's end or (still running) to now, as finish() does.
        auto& out = out_[l].states;
        const size_t sizeBefore = out.size();
        const int64_t oldEnd = out.empty() ? -1 : out.back().end;
        emit(l, life.ended >= 0 ? life.ended : openEnd, top(lane));
        lane.presentedExtra = out.size() > sizeBefore;
        lane.presentedOldEnd =
            !lane.presentedExtra && !out.empty() && out.back().end != oldEnd ? oldEnd : -1;
    }
    presented_ = true;
    return out_;
}

std::vector<LaneTimeline> LiveLanes::take() {
    for (LaneTimeline& l : out_)
        l.states.shrink_to_fit();
    lanes_.clear();
    presented_ = false;
    return std::move(out_);
}

} // namespace proclab
