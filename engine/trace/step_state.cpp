#include "step_state.h"

#include <algorithm>
#include <deque>

namespace proclab {
namespace {

// What each lane is doing, folded event by event.
struct Fold {
    StepState state;
    std::map<int, int> lockHolder;                 // lock object -> lane
    std::deque<std::pair<int64_t, int64_t>> queue; // (id, value)
    std::vector<bool> started, exited, released;

    LaneStepState* lane(int n) {
        return n >= 1 && n <= static_cast<int>(state.lanes.size()) ? &state.lanes[n - 1] : nullptr;
    }

    void apply(const Event& e) {
        LaneStepState* l = lane(e.lane);
        switch (e.kind) {
        case EventKind::StepHold:
            if (l) {
                l->holding = true;
                l->point = static_cast<SyncPoint>(e.a);
                l->object = e.object;
                l->value = e.b;
                l->detail = e.c;
                l->line = e.line;
                if (l->point == SyncPoint::Store) {
                    l->hasRegister = true;
                    l->registerValue = e.b;
                }
            }
            break;
        case EventKind::StepRelease:
            if (l) {
                l->holding = false;
                ++l->steps;
                released[static_cast<size_t>(e.lane)] = true;
            }
            break;
        case EventKind::CounterStore:
            state.hasCounter = true;
            state.counter = e.b;
            if (l)
                l->hasRegister = false;
            break;
        case EventKind::CounterLoad:
            state.hasCounter = true;
            break;
        case EventKind::ArrayStore:
            state.cells[e.a] = e.b;
            if (l)
                l->hasRegister = false;
            break;
        case EventKind::LockAcquired:
            lockHolder[e.object] = e.lane;
            break;
        case EventKind::LockReleased:
            lockHolder.erase(e.object);
            break;
        case EventKind::QueuePut:
            state.hasQueue = true;
            queue.emplace_back(e.b, e.c);
            break;
        case EventKind::QueueGet:
            state.hasQueue = true;
            std::erase_if(queue, [&](const auto& item) { return item.first == e.b; });
            if (l) {
                l->hasItem = true;
                l->lastItem = e.c;
            }
            break;
        case EventKind::QueueEmptyCheck:
            state.hasQueue = true;
            break;
        case EventKind::ProcessStarted:
            if (l)
                started[static_cast<size_t>(e.lane)] = true;
            break;
        case EventKind::ProcessEnding: // its last act: it takes no more steps, even before
        case EventKind::ProcessExited: // its parent reaps it
            if (l)
                exited[static_cast<size_t>(e.lane)] = true;
            break;
        default:
            break;
        }
    }

    StepBlock blockOf(const LaneStepState& l, size_t n) {
        if (exited[n])
            return StepBlock::Finished;
        if (state.freeRunning)
            return StepBlock::FreeRunning;
        if (!l.holding)
            return released[n] ? StepBlock::Moving : StepBlock::NotStarted;
        switch (l.point) {
        case SyncPoint::Acquire: {
            const auto holder = lockHolder.find(l.object);
            return holder != lockHolder.end() && holder->second != l.lane ? StepBlock::LockHeld
                                                                          : StepBlock::None;
        }
        case SyncPoint::Get:
            return queue.empty() ? StepBlock::QueueEmpty : StepBlock::None;
        case SyncPoint::Put:
            return l.detail > 0 && static_cast<int64_t>(queue.size()) >= l.detail
                       ? StepBlock::QueueFull
                       : StepBlock::None;
        default:
            return StepBlock::None;
        }
    }
};

} // namespace

StepState stepState(const Trace& trace, int stepLanes, bool freeRunning) {
    Fold f;
    f.state.freeRunning = freeRunning;
    const auto n = static_cast<size_t>(std::max(stepLanes, 0));
    f.started.assign(n + 1, false);
    f.exited.assign(n + 1, false);
    f.released.assign(n + 1, false);
    for (int lane = 1; lane <= stepLanes; ++lane) {
        LaneStepState l;
        l.lane = lane;
        if (lane < trace.laneCount()) {
            l.name = trace.lanes[static_cast<size_t>(lane)].name;
            l.pid = trace.lanes[static_cast<size_t>(lane)].pid;
        }
        f.state.lanes.push_back(l);
    }
    for (size_t i = 0; i < trace.size(); ++i)
        f.apply(trace.at(i));
    for (auto& [id, value] : f.queue)
        f.state.queue.push_back(value);
    if (const auto it = trace.params.find("maxsize");
        it != trace.params.end() && (trace.variant == "bounded" || trace.variant == "deadlock"))
        f.state.maxsize = it->second;
    for (size_t i = 0; i < f.state.lanes.size(); ++i) {
        LaneStepState& l = f.state.lanes[i];
        l.block = f.blockOf(l, i + 1);
        if (l.block == StepBlock::LockHeld)
            l.lockHolder = f.lockHolder[l.object];
    }
    return f.state;
}

} // namespace proclab
