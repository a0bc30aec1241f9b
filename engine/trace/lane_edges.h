// Which waiting state an event opens or closes, shared by laneTimelines() and LiveLanes.
#pragma once

#include "analysis.h"
#include "event.h"

namespace proclab {

// A waiting state an event opens or closes, if it is one of the paired kinds.
struct StateEdge {
    bool opens = false;
    bool closes = false;
    LaneState state = LaneState::Running;
};

inline StateEdge stateEdge(EventKind kind) {
    switch (kind) {
    case EventKind::SleepBegin:
        return {true, false, LaneState::Sleeping};
    case EventKind::SleepEnd:
        return {false, true, LaneState::Sleeping};
    case EventKind::QueueBlocked:
        return {true, false, LaneState::BlockedOnQueue};
    case EventKind::QueueUnblocked:
        return {false, true, LaneState::BlockedOnQueue};
    case EventKind::LockWait:
        return {true, false, LaneState::WaitingForLock};
    case EventKind::LockAcquired:
        return {false, true, LaneState::WaitingForLock};
    case EventKind::JoinBegin:
        return {true, false, LaneState::WaitingInJoin};
    case EventKind::JoinEnd:
        return {false, true, LaneState::WaitingInJoin};
    case EventKind::BarrierWait:
        return {true, false, LaneState::AtBarrier};
    case EventKind::BarrierPass:
        return {false, true, LaneState::AtBarrier};
    case EventKind::StepHold:
        return {true, false, LaneState::HeldByStepper};
    case EventKind::StepRelease:
        return {false, true, LaneState::HeldByStepper};
    case EventKind::GilWait:
        return {true, false, LaneState::WaitingForGil};
    case EventKind::GilAcquired:
        return {false, true, LaneState::WaitingForGil};
    case EventKind::RecorderWaitBegin:
        return {true, false, LaneState::RecorderCatchingUp};
    case EventKind::RecorderWaitEnd:
        return {false, true, LaneState::RecorderCatchingUp};
    default:
        return {};
    }
}

// Events that other lanes (parent, reaper) record about a lane: they say nothing about
// whether the lane itself has begun running its code.
inline bool isRecordedByOthers(EventKind kind) {
    return kind == EventKind::ProcessCreated || kind == EventKind::ProcessExited;
}

} // namespace proclab
