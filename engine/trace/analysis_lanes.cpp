// Lanes: lifetimes, state intervals and join arrows, derived from the lifecycle and
// waiting events of each lane.
#include "analysis.h"
#include "lane_edges.h"

#include <algorithm>
#include <climits>
#include <map>

namespace proclab {

std::string_view laneStateName(LaneState s) {
    switch (s) {
    case LaneState::Starting:
        return "starting";
    case LaneState::Running:
        return "running";
    case LaneState::Sleeping:
        return "sleeping";
    case LaneState::BlockedOnQueue:
        return "blocked-on-queue";
    case LaneState::WaitingForLock:
        return "waiting-for-lock";
    case LaneState::WaitingInJoin:
        return "waiting-in-join";
    case LaneState::AtBarrier:
        return "at-barrier";
    case LaneState::HeldByStepper:
        return "held-by-stepper";
    case LaneState::WaitingForGil:
        return "waiting-for-gil";
    case LaneState::Idle:
        return "idle";
    case LaneState::RecorderCatchingUp:
        return "recorder-catching-up";
    case LaneState::Exited:
        return "exited";
    }
    return "unknown";
}

namespace {

struct OpenState {
    LaneState state;
    int object;
};

// Builds one lane's intervals: a stack of open waiting states (they can nest, e.g. held by
// the stepper while waiting at a barrier), an interval per change of the top of the stack.
class LaneStateBuilder {
  public:
    LaneStateBuilder(int lane, int64_t begin, int64_t end) : lane_(lane), end_(end) {
        openSince_ = begin;
    }

    void pushInitial(LaneState s) { stack_.push_back({s, 0}); }

    void open(int64_t t, LaneState s, int object) {
        const OpenState before = top();
        stack_.push_back({s, object});
        changed(t, before);
    }

    void close(int64_t t, LaneState s) {
        const OpenState before = top();
        // The most recent open of this state; a close without an open is ignored.
        for (size_t i = stack_.size(); i-- > 0;) {
            if (stack_[i].state == s) {
                stack_.erase(stack_.begin() + static_cast<ptrdiff_t>(i));
                break;
            }
        }
        changed(t, before);
    }

    std::vector<StateInterval> finish() {
        emit(end_, top());
        return std::move(out_);
    }

  private:
    OpenState top() const {
        return stack_.empty() ? OpenState{LaneState::Running, 0} : stack_.back();
    }

    void changed(int64_t t, OpenState before) {
        const OpenState now = top();
        if (now.state == before.state && now.object == before.object)
            return;
        emit(t, before);
        openSince_ = t;
    }

    // Zero-length intervals carry nothing a view could draw; they are left out.
    void emit(int64_t t, OpenState s) {
        const int64_t end = std::min(t, end_);
        if (end <= openSince_)
            return;
        if (!out_.empty() && out_.back().state == s.state && out_.back().object == s.object &&
            out_.back().end == openSince_) {
            out_.back().end = end;
            return;
        }
        out_.push_back(StateInterval{lane_, s.state, openSince_, end, s.object});
    }

    int lane_;
    int64_t end_;
    int64_t openSince_ = 0;
    std::vector<OpenState> stack_;
    std::vector<StateInterval> out_;
};

struct LaneScan {
    Lifetime life;
    int64_t firstOwnEvent = -1; // first event that shows the lane running its own code
    int64_t firstEvent = -1;
    int64_t endingTime = -1;
};

std::vector<LaneScan> scanLifetimes(const Trace& trace) {
    std::vector<LaneScan> scans(trace.lanes.size());
    for (size_t i = 0; i < scans.size(); ++i)
        scans[i].life.lane = static_cast<int>(i);
    for (size_t i = 0; i < trace.size(); ++i) {
        const size_t lane = static_cast<size_t>(trace.laneOf(i));
        if (lane >= scans.size())
            continue;
        LaneScan& s = scans[lane];
        const EventKind kind = trace.kind(i);
        const int64_t t = trace.time(i);
        if (s.firstEvent < 0)
            s.firstEvent = t;
        if (s.firstOwnEvent < 0 && !isRecordedByOthers(kind))
            s.firstOwnEvent = t;
        switch (kind) {
        case EventKind::ProcessCreated:
            if (s.life.created < 0)
                s.life.created = t;
            break;
        case EventKind::ProcessStarted:
            if (s.life.started < 0)
                s.life.started = t;
            break;
        case EventKind::ProcessEnding:
            if (s.endingTime < 0)
                s.endingTime = t;
            break;
        case EventKind::ProcessExited:
            if (!s.life.exited) {
                s.life.exited = true;
                s.life.reaped = t;
                const Event e = trace.at(i);
                s.life.exitcode = static_cast<int>(e.b);
                s.life.stopped = e.c != 0 && e.b < 0;
            }
            break;
        default:
            break;
        }
    }
    // A parent may reap a child the runner killed before the runner kills the parent: that
    // exit carries no mark of its own, but SIGKILL in a stopped run is the runner's doing too
    // (no demo kills its own children with it).
    const bool stopped =
        std::any_of(scans.begin(), scans.end(), [](const LaneScan& s) { return s.life.stopped; });
    for (LaneScan& s : scans) {
        s.life.ended = s.endingTime >= 0 ? s.endingTime : s.life.reaped;
        if (stopped && s.life.exited && s.life.exitcode == -9)
            s.life.stopped = true;
    }
    return scans;
}

} // namespace

std::vector<LaneTimeline> laneTimelines(const Trace& trace, int64_t now) {
    const std::vector<LaneScan> scans = scanLifetimes(trace);
    const int64_t openEnd = std::max(trace.duration(), now);
    std::vector<LaneTimeline> timelines(scans.size());
    std::vector<LaneStateBuilder> builders;
    std::vector<int64_t> begins(scans.size()), ends(scans.size());
    builders.reserve(scans.size());
    for (size_t lane = 0; lane < scans.size(); ++lane) {
        const LaneScan& s = scans[lane];
        timelines[lane].life = s.life;
        // From creation if the trace saw it, else from the first sign of the lane.
        begins[lane] = s.life.created >= 0   ? s.life.created
                       : s.life.started >= 0 ? s.life.started
                                             : s.firstEvent;
        ends[lane] = s.life.ended >= 0 ? s.life.ended : openEnd;
        builders.emplace_back(static_cast<int>(lane), begins[lane], ends[lane]);
        if (s.life.created >= 0 && (s.life.started < 0 || s.life.started > s.life.created))
            builders.back().pushInitial(LaneState::Starting);
    }

    for (size_t i = 0; i < trace.size(); ++i) {
        const size_t lane = static_cast<size_t>(trace.laneOf(i));
        if (lane >= scans.size() || begins[lane] < 0)
            continue;
        const int64_t t = trace.time(i);
        if (t < begins[lane] || t > ends[lane])
            continue;
        const EventKind kind = trace.kind(i);
        LaneStateBuilder& b = builders[lane];
        // Starting ends at ProcessStarted or, when that was not recorded, at the lane's first
        // event of its own.
        const bool startsRunning = kind == EventKind::ProcessStarted ||
                                   (scans[lane].life.started < 0 && t == scans[lane].firstOwnEvent);
        if (startsRunning)
            b.close(t, LaneState::Starting);
        const StateChange edge = stateEdge(kind);
        if (edge.opens) {
            const Event e = trace.at(i);
            b.open(t, edge.state, kind == EventKind::JoinBegin ? joinedLane(e) : e.object);
        } else if (edge.closes) {
            b.close(t, edge.state);
        }
    }

    for (size_t lane = 0; lane < scans.size(); ++lane) {
        if (begins[lane] >= 0)
            timelines[lane].states = builders[lane].finish();
    }
    return timelines;
}

std::vector<JoinArrow> joinArrows(const Trace& trace, int64_t now) {
    std::vector<JoinArrow> arrows;
    std::vector<size_t> open; // indexes into arrows still waiting
    for (size_t i = 0; i < trace.size(); ++i) {
        const EventKind kind = trace.kind(i);
        if (kind != EventKind::JoinBegin && kind != EventKind::JoinEnd)
            continue;
        const Event e = trace.at(i);
        const int child = static_cast<int>(e.a);
        if (kind == EventKind::JoinBegin) {
            open.push_back(arrows.size());
            arrows.push_back(JoinArrow{e.lane, child, e.t, -1, false});
            continue;
        }
        const auto match = std::find_if(open.begin(), open.end(), [&](size_t k) {
            return arrows[k].parent == e.lane && arrows[k].child == child;
        });
        if (match == open.end())
            continue;
        arrows[*match].end = e.t;
        arrows[*match].timedOut = e.c == 1;
        open.erase(match);
    }
    // A join still waiting when the run ended (the deadlock demo) lasts to the end.
    for (size_t k : open)
        arrows[k].end = std::max(trace.duration(), now);
    return arrows;
}

int64_t demoEnd(const Trace& trace, const std::vector<LaneTimeline>& lanes) {
    int64_t end = -1;
    for (const LaneTimeline& l : lanes) {
        if (l.states.empty() && l.life.ended < 0)
            continue; // a lane the trace only names
        if (l.life.ended < 0)
            return trace.duration(); // still running when the trace ends
        end = std::max(end, l.life.ended);
    }
    return end < 0 ? trace.duration() : end;
}

bool stoppedByRunner(const Trace& trace) {
    for (size_t i = trace.size(); i-- > 0;) {
        if (trace.kind(i) == EventKind::ProcessExited && trace.at(i).c != 0)
            return true;
    }
    return false;
}

void markIdleWorkers(std::vector<LaneTimeline>& lanes, const PoolAnalysis& pool,
                     const Trace& trace) {
    // Busy stretches per worker: each task from its start to its end.
    std::map<int, std::vector<std::pair<int64_t, int64_t>>> busy;
    for (const LaneInfo& l : trace.lanes)
        if (l.role == "worker")
            busy[l.lane];
    for (const PoolTask& t : pool.tasks)
        if (t.worker >= 0)
            busy[t.worker].emplace_back(t.start, t.end >= 0 ? t.end : INT64_MAX);
    for (auto& [worker, spans] : busy) {
        if (worker <= 0 || worker >= static_cast<int>(lanes.size()))
            continue;
        std::sort(spans.begin(), spans.end());
        std::vector<StateInterval> out;
        for (const StateInterval& s : lanes[static_cast<size_t>(worker)].states) {
            if (s.state != LaneState::Running) {
                out.push_back(s);
                continue;
            }
            // Split this Running stretch: busy inside a task, idle between tasks.
            int64_t t = s.begin;
            for (const auto& [b, e] : spans) {
                if (e <= t || b >= s.end)
                    continue;
                if (b > t)
                    out.push_back(StateInterval{worker, LaneState::Idle, t, b, 0});
                const int64_t busyBegin = std::max(b, t), busyEnd = std::min(e, s.end);
                if (busyEnd > busyBegin)
                    out.push_back(StateInterval{worker, LaneState::Running, busyBegin, busyEnd, 0});
                t = std::max(t, busyEnd);
            }
            if (t < s.end)
                out.push_back(StateInterval{worker, LaneState::Idle, t, s.end, 0});
        }
        lanes[static_cast<size_t>(worker)].states = std::move(out);
    }
}

} // namespace proclab
